import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { keysetPage } from '../../db/keyset-page';
import { ObservationEntity } from './observation.entity';
import { Observation, type ObservationConnection, type ObservationFilter } from './observation.type';

export const MAX_OBSERVATION_PAGE = 500;

export type ObservationRow = ObservationEntity & { indicatorCode: string; regionCode: string };

export class ObservationService {
  constructor(private readonly ds: DataSource) {}

  /** Region observations matching the filter, joined to their codes, in a stable order. */
  query(given?: ObservationFilter | null): SelectQueryBuilder<ObservationEntity> {
    const filter = given ?? {}; // `filter: null` is the same as no filter
    const qb = this.ds
      .getRepository(ObservationEntity)
      .createQueryBuilder('o')
      .innerJoin('o.indicator', 'i')
      .innerJoin('o.region', 'r')
      .addSelect(['i.code', 'r.code']);
    if (filter.indicators?.length) qb.andWhere('i.code IN (:...indicators)', { indicators: filter.indicators });
    if (filter.regions?.length) qb.andWhere('r.code IN (:...regions)', { regions: filter.regions });
    if (filter.countries?.length) qb.andWhere('r.country IN (:...countries)', { countries: filter.countries });
    if (filter.yearFrom !== undefined && filter.yearFrom !== null) qb.andWhere('o.year >= :yf', { yf: filter.yearFrom });
    if (filter.yearTo !== undefined && filter.yearTo !== null) qb.andWhere('o.year <= :yt', { yt: filter.yearTo });
    return qb;
  }

  async list(filter: ObservationFilter | null | undefined, first: number, after?: string): Promise<ObservationConnection> {
    return keysetPage(
      { first, after },
      {
        query: () => this.query(filter),
        keys: [
          { expr: 'i.code', cast: 'text' },
          { expr: 'r.code', cast: 'text' },
          { expr: 'o.year', cast: 'smallint' },
        ],
        id: 'o.id',
        direction: 'ASC',
        maxFirst: MAX_OBSERVATION_PAGE,
        node: (e, raw) => Observation.from(withCodes(e, raw)),
      },
    );
  }

  /** Runs a query built by `query()` and returns entities with their indicator and region codes. */
  async rows(qb: SelectQueryBuilder<ObservationEntity>): Promise<ObservationRow[]> {
    const { entities, raw } = await qb.getRawAndEntities();
    // Raw rows and entities come in the same order (one row per observation, no to-many joins).
    return entities.map((e, k) => withCodes(e, raw[k] as Record<string, unknown>));
  }

  async availableYears(): Promise<number[]> {
    const rows: { year: number }[] = await this.ds.query('SELECT DISTINCT year::int AS year FROM observation WHERE value IS NOT NULL ORDER BY year');
    return rows.map((r) => r.year);
  }
}

/** The entity with its indicator and region codes from the joined columns of its raw row. */
const withCodes = (e: ObservationEntity, raw: Record<string, unknown>): ObservationRow =>
  Object.assign(e, { indicatorCode: String(raw.i_code), regionCode: String(raw.r_code) });
