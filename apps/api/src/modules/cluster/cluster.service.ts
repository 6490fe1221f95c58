import { clusterStars } from '@polisee/domain';
import type { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error';
import { SECTORS } from './sectors';
import { RegionEntity } from '../region/region.entity';
import { Region } from '../region/region.type';
import { ClusterEntity, SectorEmploymentEntity } from './cluster.entity';
import { type ClusterStar, Sector } from './cluster.type';

/** Rows with this sector code hold a region's total employment (the LQ denominator). */
export const TOTAL_SECTOR = 'TOTAL';

export const sectorOf = (code: string): Sector => Object.assign(new Sector(), SECTORS.find((s) => s.code === code) ?? { code, name: code });

export class ClusterService {
  constructor(private readonly ds: DataSource) {}

  sectors(): Sector[] {
    return SECTORS.map((s) => Object.assign(new Sector(), s));
  }

  list(filter: { region?: string; sector?: string }): Promise<ClusterEntity[]> {
    const qb = this.ds.getRepository(ClusterEntity).createQueryBuilder('c').innerJoin('c.region', 'r').orderBy('c.name');
    if (filter.region) qb.andWhere('r.code = :region', { region: filter.region });
    if (filter.sector) qb.andWhere('c.sector = :sector', { sector: filter.sector });
    return qb.getMany();
  }

  /**
   * Stars of every (region, sector) for a year (default: the latest with employment data),
   * computed over all regions, since size and focus stars are relative to the sector's regions.
   */
  async stars(filter: { region?: string; sector?: string; year?: number; minStars?: number }): Promise<ClusterStar[]> {
    if (filter.minStars !== undefined && (filter.minStars < 0 || filter.minStars > 3)) {
      throw badInput('minStars', 'MIN_STARS_OUT_OF_RANGE', 'minStars must be between 0 and 3');
    }
    const years: { year: number }[] = await this.ds.query('SELECT DISTINCT year::int AS year FROM sector_employment ORDER BY year DESC');
    const year = filter.year ?? years[0]?.year;
    if (year === undefined) return [];
    const rows = await this.ds.getRepository(SectorEmploymentEntity).find({ where: { year } });
    if (rows.length === 0) return [];
    const regions = new Map((await this.ds.getRepository(RegionEntity).find()).map((r) => [r.id, r]));
    const totals: Record<string, number> = {};
    const demo = new Set<string>();
    const employment = [];
    for (const r of rows) {
      const code = regions.get(r.regionId)!.code;
      if (r.isDemo) demo.add(`${code}|${r.sector}`);
      if (r.sector === TOTAL_SECTOR) totals[code] = r.employees;
      else employment.push({ region: code, sector: r.sector, employees: r.employees });
    }
    const byCode = new Map([...regions.values()].map((r) => [r.code, r]));
    return clusterStars(employment, { regionTotals: totals })
      .filter((s) => (!filter.region || s.region === filter.region) && (!filter.sector || s.sector === filter.sector) && s.stars >= (filter.minStars ?? 0))
      .sort((a, b) => b.stars - a.stars || b.locationQuotient - a.locationQuotient)
      .map((s) => ({
        region: Region.from(byCode.get(s.region)!),
        sector: sectorOf(s.sector),
        year,
        employees: s.employees,
        locationQuotient: s.locationQuotient,
        focus: s.focus,
        size: s.size,
        specialisation: s.specialisation,
        focused: s.focused,
        stars: s.stars,
        isDemo: demo.has(`${s.region}|${s.sector}`),
      }));
  }
}
