import DataLoader from 'dataloader';
import { createByIdLoader } from '../../graphql/by-id-loader';
import { In, type DataSource } from 'typeorm';
import { PartnerEntity } from './partner.entity';

export const createPartnerByIdLoader = (ds: DataSource) => createByIdLoader(ds, PartnerEntity);

/** Partners located in each region, batched per request. */
export const createPartnersByRegionLoader = (ds: DataSource) =>
  new DataLoader<string, PartnerEntity[]>(async (regionIds) => {
    const rows = await ds.getRepository(PartnerEntity).find({ where: { regionId: In([...regionIds]) }, order: { name: 'ASC' } });
    const byRegion = new Map<string, PartnerEntity[]>();
    for (const r of rows) {
      const list = byRegion.get(r.regionId!) ?? [];
      list.push(r);
      byRegion.set(r.regionId!, list);
    }
    return regionIds.map((id) => byRegion.get(id) ?? []);
  });
