import type { ConsensusRule, RoundStatistics } from './delphi';

/** How an exercise runs: rounds with feedback, or roundless real time (Gordon and Pease). */
export const FORESIGHT_METHODS = ['ROUNDS', 'REAL_TIME'] as const;
export type ForesightMethod = (typeof FORESIGHT_METHODS)[number];

export const FORESIGHT_EXERCISE_STATUSES = ['DRAFT', 'RUNNING', 'FINISHED'] as const;
export type ForesightExerciseStatus = (typeof FORESIGHT_EXERCISE_STATUSES)[number];

/** What an item asks: a 1..k scale for probability, desirability, impact, or a year of occurrence. */
export const FORESIGHT_ITEM_KINDS = ['PROBABILITY', 'DESIRABILITY', 'IMPACT', 'YEAR'] as const;
export type ForesightItemKind = (typeof FORESIGHT_ITEM_KINDS)[number];

export const STAKEHOLDER_TYPES = ['PUBLIC_AUTHORITY', 'CLUSTER_ORGANISATION', 'BUSINESS', 'RESEARCH', 'CIVIL_SOCIETY', 'OTHER'] as const;
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];

export const FORESIGHT_COMMENT_STATUSES = ['VISIBLE', 'HIDDEN'] as const;
export type ForesightCommentStatus = (typeof FORESIGHT_COMMENT_STATUSES)[number];

/**
 * The default consensus rule (issue 13): IQR <= 1 on a 5-point scale and at least 75% of the
 * answers in the top two categories. For a year of occurrence only the IQR counts (5 years).
 */
export function defaultConsensusRule(kind: ForesightItemKind): ConsensusRule {
  return kind === 'YEAR' ? { maxIqr: 5, combine: 'ALL' } : { maxIqr: 1, minTopShare: 0.75, combine: 'ALL' };
}

/** Default stability threshold: less than 15% change of the coefficient of variation. */
export const DEFAULT_STABILITY_MAX_CHANGE = 0.15;

/** Count per answered value, sorted by value: the distribution a results chart draws. */
export function valueDistribution(values: readonly number[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]);
}

/** Whether an answer lies outside the group's interquartile range (the panellist is asked why). */
export function outsideInterquartileRange(value: number, stats: Pick<RoundStatistics, 'q1' | 'q3'>): boolean {
  return value < stats.q1 || value > stats.q3;
}
