import type { DataSource } from 'typeorm';
import { RegionEntity } from './region.entity';

export class RegionService {
  constructor(private readonly ds: DataSource) {}

  list(country?: string): Promise<RegionEntity[]> {
    return this.ds.getRepository(RegionEntity).find({ where: country ? { country } : {}, order: { code: 'ASC' } });
  }

  byCode(code: string): Promise<RegionEntity | null> {
    return this.ds.getRepository(RegionEntity).findOneBy({ code });
  }
}
