import { DomainError, assertFinite } from '../errors';

/**
 * KPI achievement of a pilot action (DOMAIN.md 4.10):
 *   achievement = (actual - baseline) / (target - baseline),
 * 0 at the baseline, 1 on target, above 1 beyond it, negative when moving away; works for
 * decreasing targets too. target == baseline leaves nothing to achieve: ZERO_DENOMINATOR.
 */
export function kpiAchievement(k: { baseline: number; target: number; actual: number }): number {
  assertFinite(k.baseline, 'baseline');
  assertFinite(k.target, 'target');
  assertFinite(k.actual, 'actual');
  if (k.target === k.baseline) {
    throw new DomainError('ZERO_DENOMINATOR', 'a KPI whose target equals its baseline has no achievement', { baseline: k.baseline });
  }
  const a = (k.actual - k.baseline) / (k.target - k.baseline);
  return a === 0 ? 0 : a; // no -0 in results
}

export type KpiStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

export interface KpiThresholds {
  /** Achievement at or above which a KPI is on track (default 0.9). */
  onTrack: number;
  /** Achievement at or above which (and below onTrack) it is at risk (default 0.5). */
  atRisk: number;
}

export const DEFAULT_KPI_THRESHOLDS: KpiThresholds = { onTrack: 0.9, atRisk: 0.5 };

/**
 * Status of an achievement (DOMAIN.md 4.10): ON_TRACK >= 0.9, AT_RISK in [0.5, 0.9),
 * OFF_TRACK < 0.5; thresholds configurable per unit (atRisk must not exceed onTrack).
 */
export function kpiStatus(achievement: number, thresholds: KpiThresholds = DEFAULT_KPI_THRESHOLDS): KpiStatus {
  assertFinite(achievement, 'achievement');
  assertFinite(thresholds.onTrack, 'onTrack');
  assertFinite(thresholds.atRisk, 'atRisk');
  if (thresholds.atRisk > thresholds.onTrack) throw new DomainError('OUT_OF_RANGE', 'atRisk threshold above onTrack threshold');
  if (achievement >= thresholds.onTrack) return 'ON_TRACK';
  if (achievement >= thresholds.atRisk) return 'AT_RISK';
  return 'OFF_TRACK';
}

/** Achievement and status together, for the API. */
export function assessKpi(
  k: { baseline: number; target: number; actual: number },
  thresholds: KpiThresholds = DEFAULT_KPI_THRESHOLDS,
): { achievement: number; status: KpiStatus } {
  const achievement = kpiAchievement(k);
  return { achievement, status: kpiStatus(achievement, thresholds) };
}
