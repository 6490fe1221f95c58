import type { Aggregation, BenchmarkOptions, Normalisation } from '@polisee/graphql';

/**
 * The explorer's whole state, kept in the URL query string (the region is in the path) so a
 * reload or a shared link shows the same view. Only values that differ from the defaults are
 * written: `year`, `compare`, `n`, `excludeOwn`, `official`, `norm`, `agg`, `dw.<dimension>` and
 * `w.<INDICATOR_CODE>`.
 */
export interface BenchmarkParams {
  year: number | null;
  compareYear: number | null;
  groupSize: number;
  excludeSameCountry: boolean;
  /** Leave demo values out (`official=1`). */
  officialOnly: boolean;
  normalisation: Normalisation;
  aggregation: Aggregation;
  dimensionWeights: Record<string, number>;
  indicatorWeights: Record<string, number>;
}

export const defaultGroupSize = 10;
export const minGroupSize = 3;
export const maxGroupSize = 30;
export const defaultWeight = 1;
export const maxWeight = 5;

const normalisations: Normalisation[] = ['MIN_MAX', 'Z_SCORE', 'RANK', 'DISTANCE_TO_MEAN'];
const aggregations: Aggregation[] = ['ARITHMETIC', 'GEOMETRIC'];
const dimensionPrefix = 'dw.';
const indicatorPrefix = 'w.';

function integer(text: string | null): number | null {
  if (text == null || !/^-?\d+$/.test(text)) return null;
  return Number(text);
}

function weight(text: string): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) ? value : null;
}

export function readBenchmarkParams(search: URLSearchParams): BenchmarkParams {
  const n = integer(search.get('n'));
  const norm = search.get('norm') as Normalisation | null;
  const agg = search.get('agg') as Aggregation | null;
  const dimensionWeights: Record<string, number> = {};
  const indicatorWeights: Record<string, number> = {};
  for (const [key, value] of search) {
    // Out-of-range weights are passed on as written: the API's BAD_USER_INPUT says why.
    const parsed = weight(value);
    if (parsed == null) continue;
    if (key.startsWith(dimensionPrefix)) dimensionWeights[key.slice(dimensionPrefix.length)] = parsed;
    else if (key.startsWith(indicatorPrefix)) indicatorWeights[key.slice(indicatorPrefix.length)] = parsed;
  }
  return {
    year: integer(search.get('year')),
    compareYear: integer(search.get('compare')),
    groupSize: n ?? defaultGroupSize,
    excludeSameCountry: search.get('excludeOwn') === '1',
    officialOnly: search.get('official') === '1',
    normalisation: norm && normalisations.includes(norm) ? norm : 'MIN_MAX',
    aggregation: agg && aggregations.includes(agg) ? agg : 'ARITHMETIC',
    dimensionWeights,
    indicatorWeights,
  };
}

export function writeBenchmarkParams(params: BenchmarkParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.year != null) search.set('year', String(params.year));
  if (params.compareYear != null) search.set('compare', String(params.compareYear));
  if (params.groupSize !== defaultGroupSize) search.set('n', String(params.groupSize));
  if (params.excludeSameCountry) search.set('excludeOwn', '1');
  if (params.officialOnly) search.set('official', '1');
  if (params.normalisation !== 'MIN_MAX') search.set('norm', params.normalisation);
  if (params.aggregation !== 'ARITHMETIC') search.set('agg', params.aggregation);
  for (const name of Object.keys(params.dimensionWeights).sort()) {
    const value = params.dimensionWeights[name];
    if (value != null && value !== defaultWeight) search.set(`${dimensionPrefix}${name}`, String(value));
  }
  for (const code of Object.keys(params.indicatorWeights).sort()) {
    const value = params.indicatorWeights[code];
    if (value != null && value !== defaultWeight) search.set(`${indicatorPrefix}${code}`, String(value));
  }
  return search;
}

/** The API's options for these params; defaults are left out so the API applies its own. */
export function benchmarkOptions(params: BenchmarkParams): BenchmarkOptions {
  const dimensionWeights = Object.entries(params.dimensionWeights)
    .filter(([, value]) => value !== defaultWeight)
    .map(([dimension, value]) => ({ dimension, weight: value }));
  const indicatorWeights = Object.entries(params.indicatorWeights)
    .filter(([, value]) => value !== defaultWeight)
    .map(([indicator, value]) => ({ indicator, weight: value }));
  return {
    ...(params.year != null ? { year: params.year } : {}),
    ...(params.compareYear != null ? { compareYear: params.compareYear } : {}),
    groupSize: params.groupSize,
    excludeSameCountry: params.excludeSameCountry,
    ...(params.officialOnly ? { officialDataOnly: true } : {}),
    normalisation: params.normalisation,
    aggregation: params.aggregation,
    ...(dimensionWeights.length ? { dimensionWeights } : {}),
    ...(indicatorWeights.length ? { indicatorWeights } : {}),
  };
}
