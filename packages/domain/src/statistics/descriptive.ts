import { DomainError, assertFinite } from '../errors';

/** A series in which `null` means "missing": it is skipped, never read as zero. */
export type Series = readonly (number | null)[];

/**
 * The non-missing values of a series, validated: NaN or +/-Infinity is an INVALID_NUMBER error,
 * because a silent NaN would poison every statistic downstream.
 */
export function presentValues(xs: Series): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x === null || x === undefined) continue;
    assertFinite(x, `value at index ${i}`);
    out.push(x);
  }
  return out;
}

function requireAtLeast(n: number, min: number, what: string): void {
  if (n === 0) throw new DomainError('EMPTY_SET', `${what} needs at least ${min} non-missing values, got none`);
  if (n < min) {
    throw new DomainError('TOO_FEW_VALUES', `${what} needs at least ${min} non-missing values, got ${n}`, { n, min });
  }
}

function sum(xs: readonly number[]): number {
  // Neumaier compensated sum: keeps moments exact enough for the spreadsheet checks.
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

/** Arithmetic mean of the non-missing values. Empty: EMPTY_SET. */
export function mean(xs: Series): number {
  const v = presentValues(xs);
  requireAtLeast(v.length, 1, 'mean');
  return sum(v) / v.length;
}

/**
 * Sample variance s^2 = sum (x - mean)^2 / (n - 1) (spreadsheet VAR.S).
 * Fewer than 2 values: TOO_FEW_VALUES (EMPTY_SET for none).
 */
export function variance(xs: Series): number {
  const v = presentValues(xs);
  requireAtLeast(v.length, 2, 'variance');
  const m = sum(v) / v.length;
  return sum(v.map((x) => (x - m) ** 2)) / (v.length - 1);
}

/**
 * Sample standard deviation s = sqrt(sum (x - mean)^2 / (n - 1)) (spreadsheet STDEV.S).
 * Fewer than 2 values: TOO_FEW_VALUES (EMPTY_SET for none).
 */
export function standardDeviation(xs: Series): number {
  return Math.sqrt(variance(xs));
}

/**
 * Adjusted Fisher-Pearson skewness, as spreadsheet SKEW and as the JRC/OECD Handbook on
 * constructing composite indicators (2008) uses it for the outlier rule (DOMAIN.md 4.1):
 *   G1 = n / ((n - 1)(n - 2)) * sum ((x - mean) / s)^3, s the sample standard deviation.
 * Fewer than 3 values: TOO_FEW_VALUES. A constant series (s = 0) is defined as 0 (symmetric),
 * where a spreadsheet would show #DIV/0!.
 */
export function skewness(xs: Series): number {
  const v = presentValues(xs);
  requireAtLeast(v.length, 3, 'skewness');
  const n = v.length;
  const m = sum(v) / n;
  const s = Math.sqrt(sum(v.map((x) => (x - m) ** 2)) / (n - 1));
  if (s === 0) return 0;
  return (n / ((n - 1) * (n - 2))) * sum(v.map((x) => ((x - m) / s) ** 3));
}

/**
 * Sample excess kurtosis, as spreadsheet KURT (JRC/OECD Handbook outlier rule, DOMAIN.md 4.1):
 *   G2 = n(n + 1) / ((n - 1)(n - 2)(n - 3)) * sum ((x - mean) / s)^4
 *        - 3 (n - 1)^2 / ((n - 2)(n - 3)),
 * s the sample standard deviation. Fewer than 4 values: TOO_FEW_VALUES. A constant series is
 * defined as 0 (where a spreadsheet shows #DIV/0!).
 */
export function kurtosis(xs: Series): number {
  const v = presentValues(xs);
  requireAtLeast(v.length, 4, 'kurtosis');
  const n = v.length;
  const m = sum(v) / n;
  const s = Math.sqrt(sum(v.map((x) => (x - m) ** 2)) / (n - 1));
  if (s === 0) return 0;
  const s4 = sum(v.map((x) => ((x - m) / s) ** 4));
  return ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * s4 - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3));
}

/**
 * Quantile by linear interpolation between order statistics: Hyndman & Fan type 7, the default
 * of R and NumPy and spreadsheet QUARTILE.INC / PERCENTILE.INC:
 *   h = (n - 1) p, Q(p) = x_(floor h) + (h - floor h)(x_(floor h + 1) - x_(floor h)),
 * on the sorted non-missing values (0-based). p outside [0, 1]: OUT_OF_RANGE; empty: EMPTY_SET.
 */
export function quantile(xs: Series, p: number): number {
  assertFinite(p, 'p');
  if (p < 0 || p > 1) throw new DomainError('OUT_OF_RANGE', `p must be in [0, 1], got ${p}`, { p });
  const v = presentValues(xs);
  requireAtLeast(v.length, 1, 'quantile');
  v.sort((a, b) => a - b);
  return quantileOfSorted(v, p);
}

/** Type-7 quantile of an already sorted, validated, non-empty array (no checks: hot loops). */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

/** Median = type-7 quantile at p = 0.5. */
export function median(xs: Series): number {
  return quantile(xs, 0.5);
}
