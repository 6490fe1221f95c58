/**
 * The SQL a benchmark runs, in one place so the benchmark script's raw `pg` baseline runs exactly
 * the same statements.
 */

/** Latest non-missing value at or before $1 of every active indicator of kind $2, per region. */
export const LATEST_VALUES_SQL = `
SELECT DISTINCT ON (o.indicator_id, o.region_id)
       i.code AS indicator, r.code AS region, o.year::int AS year, o.value, o.flag
  FROM observation o
  JOIN indicator i ON i.id = o.indicator_id
  JOIN region r ON r.id = o.region_id
 WHERE o.region_id IS NOT NULL AND o.value IS NOT NULL AND o.year <= $1
   AND i.kind = $2 AND i.retired_at IS NULL
 ORDER BY o.indicator_id, o.region_id, o.year DESC`;

export const REGIONS_SQL = `SELECT id, code, name, country, level, latitude, longitude, coordinate_source FROM region ORDER BY code`;

export const INDICATORS_SQL = `
SELECT id, code, name, description, unit, kind, polarity, transform, area, dimension, source, retired_at, created_at, updated_at
  FROM indicator WHERE retired_at IS NULL ORDER BY code`;

export const LATEST_YEAR_SQL = `
SELECT max(o.year)::int AS year FROM observation o JOIN indicator i ON i.id = o.indicator_id
 WHERE i.kind = 'PERFORMANCE' AND i.retired_at IS NULL AND o.value IS NOT NULL AND o.region_id IS NOT NULL`;

export interface LatestValueRow {
  indicator: string;
  region: string;
  year: number;
  value: number;
  flag: string | null;
}
