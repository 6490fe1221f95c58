import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { PartnerEntity } from './partner.entity';

/** Partners by id, batched per request. */
export const createPartnerByIdLoader = (ds: DataSource) =>
  new DataLoader<string, PartnerEntity | null>(async (ids) => {
    const rows = await ds.getRepository(PartnerEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

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
