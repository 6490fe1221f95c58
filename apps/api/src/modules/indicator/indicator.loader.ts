import DataLoader from 'dataloader';
import { createByIdLoader } from '../../graphql/by-id-loader';
import type { DataSource } from 'typeorm';
import { IndicatorEntity } from './indicator.entity';
import type { IndicatorStats } from './indicator.type';

/** Count, year span and DEMO share of each indicator's observations: one grouped query. */
export const createIndicatorStatsLoader = (ds: DataSource) =>
  new DataLoader<string, IndicatorStats>(async (ids) => {
    const rows: { indicator_id: string; n: number; first: number | null; last: number | null; demo: number }[] = await ds.query(
      `SELECT indicator_id, count(*)::int AS n, min(year)::int AS first, max(year)::int AS last,
              count(*) FILTER (WHERE flag = 'DEMO')::int AS demo
         FROM observation WHERE indicator_id = ANY($1::uuid[]) GROUP BY indicator_id`,
      [[...ids]],
    );
    const by = new Map(rows.map((r) => [r.indicator_id, r]));
    return ids.map((id) => {
      const r = by.get(id);
      return r ? { observationCount: r.n, firstYear: r.first, lastYear: r.last, demoShare: r.n ? r.demo / r.n : 0 } : { observationCount: 0, firstYear: null, lastYear: null, demoShare: 0 };
    });
  });

export const createIndicatorByIdLoader = (ds: DataSource) => createByIdLoader(ds, IndicatorEntity);
