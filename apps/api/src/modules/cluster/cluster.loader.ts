import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { ClusterEntity } from './cluster.entity';

/** Clusters of each region, batched per request. */
export const createClustersByRegionLoader = (ds: DataSource) =>
  new DataLoader<string, ClusterEntity[]>(async (regionIds) => {
    const rows = await ds.getRepository(ClusterEntity).find({ where: { regionId: In([...regionIds]) }, order: { name: 'ASC' } });
    const by = new Map<string, ClusterEntity[]>();
    for (const r of rows) by.set(r.regionId, [...(by.get(r.regionId) ?? []), r]);
    return regionIds.map((id) => by.get(id) ?? []);
  });
