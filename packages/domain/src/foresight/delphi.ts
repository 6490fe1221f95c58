import { DomainError, assertFinite } from '../errors';
import { quantileOfSorted } from '../statistics';

export interface DelphiScale {
  min: number;
  max: number;
  /** How many highest categories count as "top" (default 2: e.g. 4 and 5 on a 1..5 scale). */
  top?: number;
}

export interface RoundStatistics {
  n: number;
  median: number;
  q1: number;
  q3: number;
  iqr: number;
  mean: number;
  /** Sample standard deviation (n - 1); defined as 0 for a single response. */
  sd: number;
  /** Share of responses in the top categories: value >= max - top + 1. */
  topShare: number;
}

function checkScale(scale: DelphiScale): number {
  assertFinite(scale.min, 'scale.min');
  assertFinite(scale.max, 'scale.max');
  if (!(scale.min < scale.max)) throw new DomainError('OUT_OF_RANGE', `scale needs min < max, got ${scale.min}..${scale.max}`);
  const top = scale.top ?? 2;
  if (!Number.isInteger(top) || top < 1 || top > scale.max - scale.min + 1) {
    throw new DomainError('OUT_OF_RANGE', `top must be an integer in 1..${scale.max - scale.min + 1}, got ${top}`);
  }
  return top;
}

/**
 * Statistics of one Delphi round for one item (DOMAIN.md 8; RAND/UCLA appropriateness method and
 * common Delphi practice): n, median, Q1, Q3 (type-7 quantiles, spreadsheet QUARTILE.INC),
 * IQR = Q3 - Q1, mean, sample SD, and the share of responses in the `top` highest categories.
 * A response outside [min, max]: OUT_OF_RANGE; no responses: EMPTY_SET.
 */
export function roundStatistics(responses: readonly number[], scale: DelphiScale): RoundStatistics {
  const top = checkScale(scale);
  if (responses.length === 0) throw new DomainError('EMPTY_SET', 'no responses in the round');
  for (const r of responses) {
    assertFinite(r, 'response');
    if (r < scale.min || r > scale.max) throw new DomainError('OUT_OF_RANGE', `response ${r} outside the scale ${scale.min}..${scale.max}`, { response: r });
  }
  const n = responses.length;
  const sorted = [...responses].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(sorted.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  const q1 = quantileOfSorted(sorted, 0.25);
  const q3 = quantileOfSorted(sorted, 0.75);
  const threshold = scale.max - top + 1;
  return {
    n,
    median: quantileOfSorted(sorted, 0.5),
    q1,
    q3,
    iqr: q3 - q1,
    mean,
    sd,
    topShare: sorted.filter((r) => r >= threshold).length / n,
  };
}

/** A consensus rule as configured for an exercise, not hard-coded (DOMAIN.md 8). */
export interface ConsensusRule {
  /** Consensus needs IQR <= maxIqr (e.g. 1 on a 5-point scale). */
  maxIqr?: number;
  /** ... and/or topShare >= minTopShare (e.g. 0.51). */
  minTopShare?: number;
  /** ... and/or sd <= maxSd. */
  maxSd?: number;
  /** Least number of responses for any verdict (default 1). */
  minResponses?: number;
  /** ALL criteria must hold, or ANY of them (default ALL). */
  combine?: 'ALL' | 'ANY';
}

export interface ConsensusCriterion {
  criterion: 'MAX_IQR' | 'MIN_TOP_SHARE' | 'MAX_SD';
  value: number;
  threshold: number;
  met: boolean;
}

export interface ConsensusVerdict {
  consensus: boolean;
  enoughResponses: boolean;
  criteria: ConsensusCriterion[];
}

/**
 * Applies a consensus rule to round statistics: each configured criterion is checked and
 * combined with ALL or ANY. A rule with no criterion is INVALID_ARGUMENT (it would make every
 * item consensual, or none). Fewer than minResponses responses: no consensus.
 */
export function evaluateConsensus(stats: RoundStatistics, rule: ConsensusRule): ConsensusVerdict {
  const criteria: ConsensusCriterion[] = [];
  if (rule.maxIqr !== undefined) criteria.push({ criterion: 'MAX_IQR', value: stats.iqr, threshold: rule.maxIqr, met: stats.iqr <= rule.maxIqr });
  if (rule.minTopShare !== undefined) {
    criteria.push({ criterion: 'MIN_TOP_SHARE', value: stats.topShare, threshold: rule.minTopShare, met: stats.topShare >= rule.minTopShare });
  }
  if (rule.maxSd !== undefined) criteria.push({ criterion: 'MAX_SD', value: stats.sd, threshold: rule.maxSd, met: stats.sd <= rule.maxSd });
  for (const c of criteria) assertFinite(c.threshold, c.criterion);
  if (criteria.length === 0) throw new DomainError('INVALID_ARGUMENT', 'a consensus rule needs at least one criterion');
  const enoughResponses = stats.n >= (rule.minResponses ?? 1);
  const met = (rule.combine ?? 'ALL') === 'ALL' ? criteria.every((c) => c.met) : criteria.some((c) => c.met);
  return { consensus: enoughResponses && met, enoughResponses, criteria };
}

export interface RoundStability {
  medianChange: number;
  iqrChange: number;
  meanChange: number;
  /** Coefficient of variation sd / mean of each round (null when the mean is 0). */
  cvPrevious: number | null;
  cvCurrent: number | null;
  /** |cvCurrent - cvPrevious|. */
  cvChange: number | null;
  /** Share of panellists in both rounds who changed their answer (keyed responses only). */
  shareChanged: number | null;
  /** Stable when cvChange <= maxCvChange and, if known, shareChanged <= maxShareChanged. */
  stable: boolean;
}

/**
 * Stability between two rounds (Dajani, Sincoff & Talley 1979: a Delphi can stop when answers no
 * longer move, whether or not they agree): change in median, IQR and mean, the change in the
 * coefficient of variation, and, when responses are keyed by panellist, the share of panellists
 * who changed their answer. Defaults: stable when |delta CV| <= 0.15 and <= 15% changed answers.
 */
export function roundStability(
  previous: readonly number[] | Readonly<Record<string, number>>,
  current: readonly number[] | Readonly<Record<string, number>>,
  scale: DelphiScale,
  opts: { maxCvChange?: number; maxShareChanged?: number } = {},
): RoundStability {
  const values = (r: readonly number[] | Readonly<Record<string, number>>) => (Array.isArray(r) ? (r as readonly number[]) : Object.values(r));
  const a = roundStatistics(values(previous), scale);
  const b = roundStatistics(values(current), scale);
  const cv = (s: RoundStatistics) => (s.mean === 0 ? null : s.sd / Math.abs(s.mean));
  const cvPrevious = cv(a);
  const cvCurrent = cv(b);
  const cvChange = cvPrevious !== null && cvCurrent !== null ? Math.abs(cvCurrent - cvPrevious) : null;
  let shareChanged: number | null = null;
  if (!Array.isArray(previous) && !Array.isArray(current)) {
    const p = previous as Readonly<Record<string, number>>;
    const c = current as Readonly<Record<string, number>>;
    const both = Object.keys(p).filter((k) => k in c);
    if (both.length > 0) shareChanged = both.filter((k) => p[k] !== c[k]).length / both.length;
  }
  const maxCv = opts.maxCvChange ?? 0.15;
  const maxShare = opts.maxShareChanged ?? 0.15;
  const stable = (cvChange === null || cvChange <= maxCv) && (shareChanged === null || shareChanged <= maxShare);
  return {
    medianChange: b.median - a.median,
    iqrChange: b.iqr - a.iqr,
    meanChange: b.mean - a.mean,
    cvPrevious,
    cvCurrent,
    cvChange,
    shareChanged,
    stable,
  };
}
