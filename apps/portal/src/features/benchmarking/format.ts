import { performanceGroupLabels, performanceSubgroupLabels } from '@polisee/ui';
import type { PerformanceGroupName, PerformanceSubgroup } from '@polisee/graphql';
import { i18n } from '@lingui/core';

const score = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const value = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

export const formatScore = (x: number | null | undefined) => (x == null ? '—' : score.format(x));
export const formatSigned = (x: number | null | undefined) => (x == null ? '—' : signed.format(x));
export const formatValue = (x: number | null | undefined) => (x == null ? '—' : value.format(x));
export const formatWhole = (x: number | null | undefined) => (x == null ? '—' : whole.format(x));

/** "87th" */
export function ordinal(n: number): string {
  const rounded = Math.round(n);
  const tens = rounded % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][rounded % 10] ?? 'th');
  return `${rounded}${suffix}`;
}

export function performanceGroupText(group: PerformanceGroupName, subgroup: PerformanceSubgroup): string {
  const mark = performanceSubgroupLabels[subgroup];
  return mark ? `${i18n._(performanceGroupLabels[group])} ${mark}` : i18n._(performanceGroupLabels[group]);
}

/** The drawing's domain: [0, 1] for min-max scores, widened to whatever the values reach. */
export function scoreDomain(values: Array<number | null | undefined>): [number, number] {
  let low = 0;
  let high = 1;
  for (const x of values) {
    if (x == null || !Number.isFinite(x)) continue;
    low = Math.min(low, x);
    high = Math.max(high, x);
  }
  return [low, high === low ? low + 1 : high];
}
