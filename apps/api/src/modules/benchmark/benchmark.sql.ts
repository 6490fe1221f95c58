/**
 * The SQL a benchmark runs, in one place so the benchmark script's raw `pg` baseline runs exactly
 * the same statements.
 */

/**
 * Latest non-missing value at or before $1 of every active indicator of kind $2, per region: one
 * index probe (observation_region_key, newest year first) per indicator x region, instead of
 * sorting every observation up to the year (about 4x cheaper on the seeded data). With $3 true,
 * DEMO values are passed over (the latest official value is taken instead).
 */
export const LATEST_VALUES_SQL = `
SELECT i.code AS indicator, r.code AS region, l.year::int AS year, l.value, l.flag
  FROM indicator i
 CROSS JOIN region r
 CROSS JOIN LATERAL (
       SELECT o.year, o.value, o.flag FROM observation o
        WHERE o.indicator_id = i.id AND o.region_id = r.id AND o.year <= $1 AND o.value IS NOT NULL
          AND ($3::boolean IS NOT TRUE OR o.flag IS DISTINCT FROM 'DEMO')
        ORDER BY o.year DESC LIMIT 1) l
 WHERE i.kind = $2 AND i.retired_at IS NULL`;

/** The data version (bumped by triggers on every write to the benchmarking tables). */
export const DATA_VERSION_SQL = `SELECT version::text AS version FROM data_version WHERE id = 1`;

export const REGIONS_SQL = `SELECT id, code, name, country, level, latitude, longitude, coordinate_source FROM region ORDER BY code`;

export const INDICATORS_SQL = `
SELECT id, code, name, description, unit, kind, polarity, transform, area, dimension, source, translations, retired_at, created_at, updated_at
  FROM indicator WHERE retired_at IS NULL ORDER BY code`;

/**
 * The benchmark's default year: the most recent year in which official (non-DEMO) values cover
 * the most active performance indicators; with no official value at all, the latest year with
 * any performance value. Real figures first: generated demo values reach later years than the
 * published statistics, and a default on them would show a benchmark of demo data.
 */
export const DEFAULT_YEAR_SQL = `
SELECT year FROM (
  SELECT o.year::int AS year,
         count(DISTINCT o.indicator_id) FILTER (WHERE o.flag IS DISTINCT FROM 'DEMO') AS real_indicators
    FROM observation o JOIN indicator i ON i.id = o.indicator_id
   WHERE i.kind = 'PERFORMANCE' AND i.retired_at IS NULL AND o.value IS NOT NULL AND o.region_id IS NOT NULL
   GROUP BY o.year) y
 ORDER BY real_indicators DESC, year DESC
 LIMIT 1`;
