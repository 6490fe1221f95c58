import { DomainError, assertFinite } from '../errors';
import { presentValues, type Series } from '../statistics';
import type { Polarity } from '../indicator';

export interface MinMaxOptions {
  /** Target interval [a, b] (default [0, 1]). */
  range?: [number, number];
  polarity?: Polarity;
  /**
   * Reference minimum and maximum (e.g. over all regions and all years of the reference period,
   * or after the EIS rule dropped values beyond mean +/- 3 SD). Default: the series' own min/max.
   * Values outside the bounds are clamped to the range.
   */
  bounds?: { min: number; max: number };
}

function checkRange(range: [number, number]): void {
  assertFinite(range[0], 'range[0]');
  assertFinite(range[1], 'range[1]');
  if (!(range[0] < range[1])) throw new DomainError('OUT_OF_RANGE', `range must be increasing, got [${range[0]}, ${range[1]}]`);
}

/**
 * Min-max normalisation (JRC/OECD Handbook 2008, s.5; RIS 2021 methodology; DOMAIN.md 4.2):
 *   y = a + (b - a) (x - min) / (max - min), and for LOWER_IS_BETTER y' = a + b - y
 * (on [0, 1] that is 1 - y). A constant series (max = min) has no spread to rank on and is
 * defined as the midpoint (a + b) / 2, not NaN. Missing stays missing.
 */
export function minMax(values: Series, opts: MinMaxOptions = {}): (number | null)[] {
  const range = opts.range ?? [0, 1];
  checkRange(range);
  const [a, b] = range;
  const v = presentValues(values);
  let min: number;
  let max: number;
  if (opts.bounds) {
    assertFinite(opts.bounds.min, 'bounds.min');
    assertFinite(opts.bounds.max, 'bounds.max');
    if (opts.bounds.max < opts.bounds.min) throw new DomainError('OUT_OF_RANGE', 'bounds.max is below bounds.min');
    ({ min, max } = opts.bounds);
  } else {
    if (v.length === 0) return values.map(() => null);
    min = Infinity;
    max = -Infinity;
    for (const x of v) {
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  const reversed = opts.polarity === 'LOWER_IS_BETTER';
  const span = max - min;
  return values.map((x) => {
    if (x === null || x === undefined) return null;
    if (span === 0) return (a + b) / 2;
    const t = Math.min(1, Math.max(0, (x - min) / span));
    const y = a + (b - a) * t;
    return reversed ? a + b - y : y;
  });
}

/**
 * Standardisation (z-scores; JRC/OECD Handbook 2008, s.5): z = (x - mean) / s with s the sample
 * standard deviation; LOWER_IS_BETTER negates. Fewer than 2 values or s = 0: every present value
 * is defined as 0 (the mean), not NaN.
 */
export function zScores(values: Series, opts: { polarity?: Polarity } = {}): (number | null)[] {
  const v = presentValues(values);
  const n = v.length;
  let m = 0;
  let s = 0;
  if (n >= 2) {
    m = v.reduce((acc, x) => acc + x, 0) / n;
    s = Math.sqrt(v.reduce((acc, x) => acc + (x - m) ** 2, 0) / (n - 1));
  }
  const sign = opts.polarity === 'LOWER_IS_BETTER' ? -1 : 1;
  return values.map((x) => {
    if (x === null || x === undefined) return null;
    if (s === 0) return 0;
    return (sign * (x - m)) / s || 0; // `|| 0` folds -0 into 0
  });
}

/**
 * Goalposts (JRC/OECD Handbook 2008; DOMAIN.md 4.2): y = (x - lo) / (hi - lo) clamped to [0, 1];
 * LOWER_IS_BETTER gives 1 - y. Worked checks: lo 0, hi 10: 1 -> 0.1, 11 -> 1, -1 -> 0, and
 * 1 -> 0.9 reversed. hi <= lo: OUT_OF_RANGE.
 */
export function goalposts(values: Series, opts: { lo: number; hi: number; polarity?: Polarity }): (number | null)[] {
  assertFinite(opts.lo, 'lo');
  assertFinite(opts.hi, 'hi');
  if (!(opts.lo < opts.hi)) throw new DomainError('OUT_OF_RANGE', `goalposts need lo < hi, got ${opts.lo}, ${opts.hi}`);
  presentValues(values);
  const reversed = opts.polarity === 'LOWER_IS_BETTER';
  return values.map((x) => {
    if (x === null || x === undefined) return null;
    const y = Math.min(1, Math.max(0, (x - opts.lo) / (opts.hi - opts.lo)));
    return reversed ? 1 - y : y;
  });
}

/**
 * Distance to a reference (JRC/OECD Handbook 2008, s.5, "distance to a reference"): y = x / ref,
 * so 1 is "at the reference" (x 100 gives the EU = 100 index). LOWER_IS_BETTER mirrors around
 * the reference, y' = 2 - x / ref, which keeps the scale linear and reverses the order.
 * ref = 0: ZERO_DENOMINATOR.
 */
export function distanceToReference(
  values: Series,
  opts: { reference: number; polarity?: Polarity },
): (number | null)[] {
  assertFinite(opts.reference, 'reference');
  if (opts.reference === 0) throw new DomainError('ZERO_DENOMINATOR', 'distance to a reference of 0 is undefined');
  presentValues(values);
  const reversed = opts.polarity === 'LOWER_IS_BETTER';
  return values.map((x) => {
    if (x === null || x === undefined) return null;
    const y = x / opts.reference;
    return reversed ? 2 - y : y;
  });
}

export type TieMethod = 'AVERAGE' | 'MIN' | 'ORDINAL';

/**
 * Rank, 1 = best (the highest value for HIGHER_IS_BETTER, the lowest for LOWER_IS_BETTER), as
 * scoreboards publish it. Ties: AVERAGE (default; fractional ranks, as spreadsheet RANK.AVG),
 * MIN (competition ranking 1-2-2-4, as RANK.EQ) or ORDINAL (ties broken by position, so the ranks
 * are a permutation of 1..n). Missing values get no rank (null).
 */
export function rank(values: Series, opts: { polarity?: Polarity; ties?: TieMethod } = {}): (number | null)[] {
  presentValues(values);
  const sign = opts.polarity === 'LOWER_IS_BETTER' ? 1 : -1;
  const idx: number[] = [];
  values.forEach((v, i) => {
    if (v !== null && v !== undefined) idx.push(i);
  });
  idx.sort((i, j) => sign * ((values[i] as number) - (values[j] as number)) || i - j);
  const out: (number | null)[] = values.map(() => null);
  const ties = opts.ties ?? 'AVERAGE';
  let k = 0;
  while (k < idx.length) {
    let end = k;
    if (ties !== 'ORDINAL') {
      while (end + 1 < idx.length && values[idx[end + 1] as number] === values[idx[k] as number]) end++;
    }
    const r = ties === 'MIN' ? k + 1 : (k + 1 + end + 1) / 2;
    for (let t = k; t <= end; t++) out[idx[t] as number] = r;
    k = end + 1;
  }
  return out;
}

/**
 * Rank as a normalised score in [0, 1] (1 = best): y = (n - r) / (n - 1), r the AVERAGE-ties rank
 * among the n present values. A single value is defined as 0.5 (the midpoint), not NaN.
 */
export function rankScores(values: Series, opts: { polarity?: Polarity } = {}): (number | null)[] {
  const r = rank(values, { polarity: opts.polarity ?? 'HIGHER_IS_BETTER', ties: 'AVERAGE' });
  const n = r.filter((x) => x !== null).length;
  return r.map((x) => (x === null ? null : n === 1 ? 0.5 : (n - x) / (n - 1)));
}

/** The normalisation methods a benchmark or an uncertainty analysis can choose by name. */
export type NormalisationMethod = 'MIN_MAX' | 'Z_SCORE' | 'RANK' | 'DISTANCE_TO_MEAN';

export const NORMALISATION_METHODS: readonly NormalisationMethod[] = ['MIN_MAX', 'Z_SCORE', 'RANK', 'DISTANCE_TO_MEAN'];

/**
 * Normalises a series over itself (the reference set) by a named method, oriented so that a
 * higher score is always better: MIN_MAX onto [0, 1]; Z_SCORE; RANK as `rankScores`;
 * DISTANCE_TO_MEAN = distance to a reference where the reference is the series' mean
 * (1 = average; a mean of 0 is ZERO_DENOMINATOR).
 */
export function normalise(values: Series, method: NormalisationMethod, polarity: Polarity = 'HIGHER_IS_BETTER'): (number | null)[] {
  switch (method) {
    case 'MIN_MAX':
      return minMax(values, { polarity });
    case 'Z_SCORE':
      return zScores(values, { polarity });
    case 'RANK':
      return rankScores(values, { polarity });
    case 'DISTANCE_TO_MEAN': {
      const v = presentValues(values);
      if (v.length === 0) return values.map(() => null);
      const m = v.reduce((a, x) => a + x, 0) / v.length;
      return distanceToReference(values, { reference: m, polarity });
    }
    default:
      throw new DomainError('INVALID_ARGUMENT', `unknown normalisation method ${String(method)}`);
  }
}
