import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../../common/app-error';
import { decodeCursor, encodeCursor, forwardPage } from '../../graphql/relay';

/** indicator code | region code | year (smallint), as list() encodes it. */
const OBSERVATION_CURSOR = /^[^|]{1,100}\|[^|]{1,100}\|\d{4}$/;
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
    if (!Number.isInteger(first) || first < 1 || first > MAX_OBSERVATION_PAGE) {
      throw new AppError('BAD_USER_INPUT', 'PAGE_SIZE_OUT_OF_RANGE', `first must be between 1 and ${MAX_OBSERVATION_PAGE}`, {
        fieldErrors: [{ field: 'first', reason: 'PAGE_SIZE_OUT_OF_RANGE', message: `Must be between 1 and ${MAX_OBSERVATION_PAGE}` }],
      });
    }
    const page = this.query(filter).orderBy('i.code').addOrderBy('r.code').addOrderBy('o.year').addOrderBy('o.id').limit(first + 1);
    if (after) {
      const c = decodeCursor(after, OBSERVATION_CURSOR);
      const [code, region, year] = c.v.split('|');
      page.andWhere('(i.code, r.code, o.year, o.id) > (:c1, :c2, CAST(:c3 AS smallint), CAST(:c4 AS uuid))', { c1: code, c2: region, c3: year, c4: c.id });
    }
    const [rows, totalCount] = await Promise.all([this.rows(page), this.query(filter).getCount()]);
    return forwardPage(rows, { first, after }, totalCount, (row) => ({
      cursor: encodeCursor({ v: `${row.indicatorCode}|${row.regionCode}|${row.year}`, id: row.id }),
      node: Observation.from(row),
    }));
  }

  /** Runs a query built by `query()` and returns entities with their indicator and region codes. */
  async rows(qb: SelectQueryBuilder<ObservationEntity>): Promise<ObservationRow[]> {
    const { entities, raw } = await qb.getRawAndEntities();
    // Raw rows and entities come in the same order (one row per observation, no to-many joins).
    return entities.map((e, k) => Object.assign(e, { indicatorCode: (raw[k] as { i_code: string }).i_code, regionCode: (raw[k] as { r_code: string }).r_code }));
  }

  async availableYears(): Promise<number[]> {
    const rows: { year: number }[] = await this.ds.query('SELECT DISTINCT year::int AS year FROM observation WHERE value IS NOT NULL ORDER BY year');
    return rows.map((r) => r.year);
  }
}
