import {
  evaluateConsensus,
  roundStability,
  roundStatistics,
  valueDistribution,
  type ConsensusRule as DomainRule,
  type DelphiScale,
  type ForesightItemKind,
} from '@polisee/domain';
import type { StoredConsensusRule } from './foresight.entity';

export interface ItemLike {
  kind: ForesightItemKind;
  scaleMin: number;
  scaleMax: number;
  topCategories: number;
  consensusRule: StoredConsensusRule | null;
}

/** The statistics of one item in one round, as stored when frozen and as sent when live. */
export interface ComputedStatistics {
  n: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  iqr: number | null;
  mean: number | null;
  sd: number | null;
  topShare: number | null;
  distribution: [number, number][];
  consensus: boolean;
  criteria: { criterion: string; value: number; threshold: number; met: boolean }[];
  rule: StoredConsensusRule;
  medianChange: number | null;
  cvChange: number | null;
  shareChanged: number | null;
  stable: boolean | null;
}

export const scaleOf = (item: ItemLike): DelphiScale => ({ min: item.scaleMin, max: item.scaleMax, top: Math.min(item.topCategories, item.scaleMax - item.scaleMin + 1) });

/** The rule that applies to an item: its own, else the exercise's. */
export const effectiveRule = (item: Pick<ItemLike, 'consensusRule'>, exerciseRule: StoredConsensusRule): StoredConsensusRule => item.consensusRule ?? exerciseRule;

export const toDomainRule = (r: StoredConsensusRule): DomainRule => ({
  ...(r.maxIqr !== undefined && r.maxIqr !== null ? { maxIqr: r.maxIqr } : {}),
  ...(r.minTopShare !== undefined && r.minTopShare !== null ? { minTopShare: r.minTopShare } : {}),
  ...(r.maxSd !== undefined && r.maxSd !== null ? { maxSd: r.maxSd } : {}),
  minResponses: r.minResponses ?? 1,
  combine: r.combine ?? 'ALL',
});

/**
 * The domain's round statistics, consensus verdict and (with the previous round's answers keyed
 * by panellist) stability for one item. The keys never leave the server: only the aggregates do.
 */
export function computeStatistics(
  item: ItemLike,
  exerciseRule: StoredConsensusRule,
  current: Readonly<Record<string, number>>,
  previous: Readonly<Record<string, number>> | null,
  stabilityMaxChange: number,
): ComputedStatistics {
  const rule = effectiveRule(item, exerciseRule);
  const values = Object.values(current);
  const empty: ComputedStatistics = {
    n: 0,
    median: null,
    q1: null,
    q3: null,
    iqr: null,
    mean: null,
    sd: null,
    topShare: null,
    distribution: [],
    consensus: false,
    criteria: [],
    rule,
    medianChange: null,
    cvChange: null,
    shareChanged: null,
    stable: null,
  };
  if (values.length === 0) return empty;
  const scale = scaleOf(item);
  const stats = roundStatistics(values, scale);
  const verdict = evaluateConsensus(stats, toDomainRule(rule));
  let change: Pick<ComputedStatistics, 'medianChange' | 'cvChange' | 'shareChanged' | 'stable'> = { medianChange: null, cvChange: null, shareChanged: null, stable: null };
  if (previous && Object.keys(previous).length > 0) {
    const s = roundStability(previous, current, scale, { maxCvChange: stabilityMaxChange, maxShareChanged: stabilityMaxChange });
    change = { medianChange: s.medianChange, cvChange: s.cvChange, shareChanged: s.shareChanged, stable: s.stable };
  }
  return {
    ...stats,
    distribution: valueDistribution(values),
    consensus: verdict.consensus,
    criteria: verdict.criteria,
    rule,
    ...change,
  };
}
