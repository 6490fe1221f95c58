import { DomainError, assertFinite } from '../errors';

export type AggregationMethod = 'ARITHMETIC' | 'GEOMETRIC';

export interface CompositeOptions {
  /** One non-negative weight per score; equal weights by default. */
  weights?: readonly number[];
  method?: AggregationMethod;
  /** Least share of the total weight that must be present (default 0.75). */
  minCoverage?: number;
}

/**
 * Validates weights: finite, non-negative, not all zero, one per indicator. Returns a copy (or
 * equal weights of 1 when none are given).
 */
export function checkWeights(weights: readonly number[] | undefined, count: number): number[] {
  if (weights === undefined) return new Array<number>(count).fill(1);
  if (weights.length !== count) {
    throw new DomainError('LENGTH_MISMATCH', `expected ${count} weights, got ${weights.length}`, { expected: count, actual: weights.length });
  }
  let total = 0;
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) throw new DomainError('INVALID_WEIGHTS', `weights must be finite and non-negative, got ${w}`);
    total += w;
  }
  if (total <= 0) throw new DomainError('INVALID_WEIGHTS', 'weights must not all be zero');
  return [...weights];
}

/**
 * Composite index of one subject's normalised scores (JRC/OECD Handbook 2008, s.6; DOMAIN.md 4.3).
 * With P the indicators present and W their weights:
 *   coverage = sum_P w / sum_all w; below minCoverage the composite is null (not comparable);
 *   ARITHMETIC (compensatory): sum_P w s / sum_P w;
 *   GEOMETRIC (less compensatory): prod_P s^(w / sum_P w), which is 0 if any present score is 0
 *   and needs non-negative scores (a negative score is OUT_OF_RANGE: use min-max or rank scores).
 * The Regional Innovation Scoreboard index is the unweighted ARITHMETIC mean of min-max scores.
 * Missing scores are re-weighted away, never read as zero. No scores at all: EMPTY_SET.
 */
export function compositeIndex(scores: readonly (number | null)[], opts: CompositeOptions = {}): number | null {
  if (scores.length === 0) throw new DomainError('EMPTY_SET', 'a composite needs at least one indicator');
  const weights = checkWeights(opts.weights, scores.length);
  const minCoverage = opts.minCoverage ?? 0.75;
  assertFinite(minCoverage, 'minCoverage');
  if (minCoverage < 0 || minCoverage > 1) throw new DomainError('OUT_OF_RANGE', `minCoverage must be in [0, 1], got ${minCoverage}`);
  const method = opts.method ?? 'ARITHMETIC';
  let total = 0;
  let present = 0;
  let acc = 0;
  let zero = false;
  for (let j = 0; j < scores.length; j++) {
    const w = weights[j] as number;
    total += w;
    const s = scores[j];
    if (s === null || s === undefined) continue;
    assertFinite(s, `score at index ${j}`);
    if (w === 0) continue;
    present += w;
    if (method === 'ARITHMETIC') acc += w * s;
    else {
      if (s < 0) throw new DomainError('OUT_OF_RANGE', `geometric aggregation needs non-negative scores, got ${s} at index ${j}`);
      if (s === 0) zero = true;
      else acc += w * Math.log(s);
    }
  }
  if (present === 0 || present / total < minCoverage - 1e-12) return null;
  if (method === 'ARITHMETIC') return acc / present;
  return zero ? 0 : Math.exp(acc / present);
}

/** Share of the total weight carried by the present (non-null) scores. */
export function coverage(scores: readonly (number | null)[], weights?: readonly number[]): number {
  if (scores.length === 0) throw new DomainError('EMPTY_SET', 'coverage of no indicators');
  const w = checkWeights(weights, scores.length);
  let total = 0;
  let present = 0;
  scores.forEach((s, j) => {
    total += w[j] as number;
    if (s !== null && s !== undefined) present += w[j] as number;
  });
  return present / total;
}
