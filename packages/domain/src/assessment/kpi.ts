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

export interface KpiReadingPoint {
  /** ISO date (YYYY-MM-DD); readings are ordered by it. */
  readonly date: string;
  readonly value: number;
}

export interface KpiProgress {
  /** The latest reading, or null when there is none. */
  readonly latest: KpiReadingPoint | null;
  /** Achievement of the latest reading (kpiAchievement), null without a reading. */
  readonly achievement: number | null;
  readonly status: KpiStatus | null;
  /** Every reading in date order with its achievement. */
  readonly series: readonly (KpiReadingPoint & { readonly achievement: number })[];
}

/**
 * A pilot KPI's progress over its readings (DOMAIN.md 4.10): the achievement of each reading and
 * the status of the latest one (the latest date; the later-listed reading wins a tie).
 */
export function kpiProgress(
  k: { baseline: number; target: number; readings: readonly KpiReadingPoint[] },
  thresholds: KpiThresholds = DEFAULT_KPI_THRESHOLDS,
): KpiProgress {
  const ordered = k.readings.map((r, i) => ({ r, i })).sort((a, b) => (a.r.date < b.r.date ? -1 : a.r.date > b.r.date ? 1 : a.i - b.i));
  const series = ordered.map(({ r }) => ({ date: r.date, value: r.value, achievement: kpiAchievement({ baseline: k.baseline, target: k.target, actual: r.value }) }));
  const last = series.at(-1);
  if (!last) return { latest: null, achievement: null, status: null, series };
  return { latest: { date: last.date, value: last.value }, achievement: last.achievement, status: kpiStatus(last.achievement, thresholds), series };
}
