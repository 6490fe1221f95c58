/*
 * The benchmark's option rules, pure: what the caller asked for, checked against the catalogue
 * of active indicators, resolved into explicit choices (defaults applied). No I/O, so the rules
 * are tested without a database and the service only orchestrates.
 */
import type { AggregationMethod, NormalisationMethod, SimilarityDimension } from '@polisee/domain';
import { AppError, badInput } from '../../common/app-error';
import type { IndicatorRow } from './benchmark.data';
import { Aggregation, Normalisation, type BenchmarkOptions, type DimensionWeightInput } from './benchmark.type';

export const DEFAULT_GROUP_SIZE = 10;
export const DEFAULT_MIN_COVERAGE = 0.75;
export const DEFAULT_DRAWS = 1000;
export const DEFAULT_SEED = 1;
export const MAX_REFERENCE_REGIONS = 80;

/** The options of one benchmark with every default applied. */
export interface ResolvedBenchmarkOptions {
  year: number;
  compareYear: number | null;
  groupSize: number;
  excludeSameCountry: boolean;
  dimensions: SimilarityDimension[];
  /** The PERFORMANCE indicators asked for (all active by default), by code. */
  indicators: IndicatorRow[];
  /** Whether the caller named the indicators (then one without data is an error, not skipped). */
  indicatorsNamed: boolean;
  /** indicator code -> weight (1 unless given). */
  weights: Record<string, number>;
  normalisation: Normalisation;
  aggregation: Aggregation;
  minCoverage: number;
  treatOutliers: boolean;
  draws: number;
  seed: number;
  /** Leave DEMO performance values out: each region's latest official value is used instead. */
  officialOnly: boolean;
  /** Whether the year is the default one (the caller named none). */
  yearIsDefault: boolean;
}

/**
 * Similarity dimensions from the STRUCTURAL indicators' `dimension`, weighted 1 unless the caller
 * weights them; an unknown dimension, no dimension at all, or every weight 0 is refused.
 */
export function resolveDimensions(indicators: readonly IndicatorRow[], weights: readonly DimensionWeightInput[] | undefined): SimilarityDimension[] {
  const by = new Map<string, string[]>();
  for (const i of indicators) {
    if (i.kind !== 'STRUCTURAL' || !i.dimension) continue;
    const list = by.get(i.dimension);
    if (list) list.push(i.code);
    else by.set(i.dimension, [i.code]);
  }
  const w = new Map<string, number>();
  for (const dw of weights ?? []) {
    if (!by.has(dw.dimension)) throw badInput('dimensionWeights', 'UNKNOWN_DIMENSION', `Unknown similarity dimension "${dw.dimension}"`);
    w.set(dw.dimension, dw.weight);
  }
  const specs = [...by].map(([name, codes]) => ({ name, indicators: codes, weight: w.get(name) ?? 1 }));
  if (specs.length === 0) throw new AppError('BAD_USER_INPUT', 'NO_STRUCTURAL_INDICATORS', 'No structural indicators to compare regions with');
  if (specs.every((s) => s.weight === 0)) throw badInput('dimensionWeights', 'ALL_WEIGHTS_ZERO', 'At least one dimension needs a weight above 0');
  return specs;
}

export function checkReferenceCount(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_REFERENCE_REGIONS) {
    throw badInput('n', 'REFERENCE_COUNT_OUT_OF_RANGE', `n must be between 1 and ${MAX_REFERENCE_REGIONS}`);
  }
}

/**
 * Checks `options` against the active indicators and applies the defaults. `defaultYear` is the
 * most recent year with official values for the most indicators (used when no year is given). The decorators on
 * BenchmarkOptions already bound each number; these are the rules across fields and data.
 */
export function resolveBenchmarkOptions(options: BenchmarkOptions, indicators: readonly IndicatorRow[], defaultYear: number): ResolvedBenchmarkOptions {
  const year = options.year ?? defaultYear;
  const compareYear = options.compareYear ?? null;
  if (compareYear !== null && compareYear >= year) throw badInput('compareYear', 'COMPARE_YEAR_NOT_BEFORE_YEAR', 'The comparison year must be before the year');
  const normalisation = options.normalisation ?? Normalisation.MIN_MAX;
  const aggregation = options.aggregation ?? Aggregation.ARITHMETIC;
  if (aggregation === Aggregation.GEOMETRIC && normalisation === Normalisation.Z_SCORE) {
    throw badInput('aggregation', 'GEOMETRIC_MEAN_NEEDS_NON_NEGATIVE', 'The geometric mean needs non-negative scores: choose min-max or rank normalisation');
  }

  let performance = indicators.filter((i) => i.kind === 'PERFORMANCE');
  const indicatorsNamed = Boolean(options.indicators?.length);
  if (indicatorsNamed) {
    const wanted = new Set(options.indicators);
    for (const code of wanted) {
      if (!performance.some((i) => i.code === code)) throw badInput('indicators', 'NOT_A_PERFORMANCE_INDICATOR', `${code} is not an active performance indicator`);
    }
    performance = performance.filter((i) => wanted.has(i.code));
  }
  const weights: Record<string, number> = {};
  for (const w of options.indicatorWeights ?? []) {
    if (!performance.some((i) => i.code === w.indicator)) throw badInput('indicatorWeights', 'INDICATOR_NOT_IN_BENCHMARK', `${w.indicator} is not an indicator of this benchmark`);
    weights[w.indicator] = w.weight;
  }
  if (performance.length === 0) throw new AppError('BAD_USER_INPUT', 'NO_PERFORMANCE_INDICATORS', 'No performance indicators to benchmark with');
  if (performance.every((i) => (weights[i.code] ?? 1) === 0)) throw badInput('indicatorWeights', 'ALL_WEIGHTS_ZERO', 'At least one indicator needs a weight above 0');

  return {
    year,
    compareYear,
    groupSize: options.groupSize ?? DEFAULT_GROUP_SIZE,
    excludeSameCountry: options.excludeSameCountry ?? false,
    dimensions: resolveDimensions(indicators, options.dimensionWeights),
    indicators: performance,
    indicatorsNamed,
    weights,
    normalisation,
    aggregation,
    minCoverage: options.minCoverage ?? DEFAULT_MIN_COVERAGE,
    treatOutliers: options.treatOutliers ?? false,
    draws: options.uncertaintyDraws ?? DEFAULT_DRAWS,
    seed: options.seed ?? DEFAULT_SEED,
    officialOnly: options.officialDataOnly ?? false,
    yearIsDefault: options.year == null,
  };
}

/**
 * Keeps the indicators that have a value up to the year. A named indicator without data is an
 * error; otherwise such indicators (e.g. just defined) are left out, and none left is an error.
 */
export function indicatorsWithData(resolved: ResolvedBenchmarkOptions, hasData: (code: string) => boolean): IndicatorRow[] {
  const empty = resolved.indicators.filter((i) => !hasData(i.code));
  if (resolved.indicatorsNamed && empty.length > 0) throw badInput('indicators', 'INDICATOR_HAS_NO_DATA', `${empty[0]!.code} has no data up to ${resolved.year}`);
  const kept = empty.length === 0 ? resolved.indicators : resolved.indicators.filter((i) => hasData(i.code));
  if (kept.length === 0) throw new AppError('BAD_USER_INPUT', 'NO_PERFORMANCE_DATA', `No performance indicator has data up to ${resolved.year}`);
  return kept;
}

/** The domain's names for the GraphQL enums (same strings). */
export const normalisationMethod = (n: Normalisation): NormalisationMethod => n;
export const aggregationMethod = (a: Aggregation): AggregationMethod => a;
