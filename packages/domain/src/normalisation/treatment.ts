import { DomainError } from '../errors';
import { kurtosis, presentValues, skewness, type Series } from '../statistics';
import type { IndicatorTransform } from '../indicator';

export interface WinsoriseOptions {
  /** Most points replaced (JRC: 5). */
  maxPoints?: number;
  /** |skewness| above which a series counts as skewed (JRC: 2). */
  skewLimit?: number;
  /** Excess kurtosis above which a series counts as heavy-tailed (JRC: 3.5). */
  kurtosisLimit?: number;
}

export interface WinsoriseResult {
  values: (number | null)[];
  /** Indices whose value was replaced, in the order they were treated. */
  changed: number[];
}

/**
 * Outlier treatment by winsorisation, the JRC rule (JRC/OECD Handbook on constructing composite
 * indicators, 2008; JRC COIN audits; DOMAIN.md 4.1): while |skewness| > skewLimit AND excess
 * kurtosis > kurtosisLimit and fewer than maxPoints values have been replaced, the most extreme
 * untreated value on the side of the skew (the maximum if skewness > 0, else the minimum) is
 * replaced by the next value in order. Replaced points keep following the tail: after k steps on
 * the upper side the k largest values all equal the (k+1)-th largest, so ties never stall the
 * loop. Missing values stay missing and are not counted. With fewer than 4 non-missing values
 * kurtosis is undefined, so the series is returned unchanged.
 */
export function winsorise(values: Series, opts: WinsoriseOptions = {}): WinsoriseResult {
  const { maxPoints = 5, skewLimit = 2, kurtosisLimit = 3.5 } = opts;
  if (!Number.isInteger(maxPoints) || maxPoints < 0) {
    throw new DomainError('OUT_OF_RANGE', `maxPoints must be a non-negative integer, got ${maxPoints}`);
  }
  presentValues(values); // validates
  const out = values.map((v) => (v === undefined ? null : v));
  const changed: number[] = [];
  // Present indices in ascending order of value (ties by index, so the result is deterministic).
  const order: number[] = [];
  out.forEach((v, i) => {
    if (v !== null) order.push(i);
  });
  order.sort((i, j) => (out[i] as number) - (out[j] as number) || i - j);
  const m = order.length;
  if (m < 4) return { values: out, changed };
  const original = order.map((i) => out[i] as number);
  let hi = 0;
  let lo = 0;
  while (changed.length < maxPoints && hi + lo < m - 2) {
    const g1 = skewness(out);
    if (!(Math.abs(g1) > skewLimit && kurtosis(out) > kurtosisLimit)) break;
    if (g1 > 0) {
      hi++;
      const next = original[m - 1 - hi] as number;
      for (let k = 0; k < hi; k++) out[order[m - 1 - k] as number] = next;
      changed.push(order[m - hi] as number);
    } else {
      lo++;
      const next = original[lo] as number;
      for (let k = 0; k < lo; k++) out[order[k] as number] = next;
      changed.push(order[lo - 1] as number);
    }
  }
  return { values: out, changed };
}

/** Square-root transform for skewed, non-negative counts (DOMAIN.md 4.1). Negative: OUT_OF_RANGE. */
export function sqrtTransform(values: Series): (number | null)[] {
  presentValues(values);
  return values.map((v, i) => {
    if (v === null || v === undefined) return null;
    if (v < 0) throw new DomainError('OUT_OF_RANGE', `sqrt transform of a negative value at index ${i}`, { index: i });
    return Math.sqrt(v);
  });
}

/** Natural-log transform for strictly positive, log-normal-like values. x <= 0: OUT_OF_RANGE. */
export function logTransform(values: Series): (number | null)[] {
  presentValues(values);
  return values.map((v, i) => {
    if (v === null || v === undefined) return null;
    if (v <= 0) throw new DomainError('OUT_OF_RANGE', `log transform of a non-positive value at index ${i}`, { index: i });
    return Math.log(v);
  });
}

/** Applies an indicator's declared transform. */
export function applyTransform(values: Series, transform: IndicatorTransform): (number | null)[] {
  switch (transform) {
    case 'NONE':
      presentValues(values);
      return values.map((v) => (v === undefined ? null : v));
    case 'SQRT':
      return sqrtTransform(values);
    case 'LOG':
      return logTransform(values);
  }
}
