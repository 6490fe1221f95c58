import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { RegionEntity } from './region.entity';

/** Regions by id, batched per request. */
export const createRegionByIdLoader = (ds: DataSource) =>
  new DataLoader<string, RegionEntity | null>(async (ids) => {
    const rows = await ds.getRepository(RegionEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
