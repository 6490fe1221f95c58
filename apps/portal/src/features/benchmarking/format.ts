import { createFormat, performanceGroupLabels, performanceSubgroupLabels } from '@polisee/ui';
import type { PerformanceGroupName, PerformanceSubgroup } from '@polisee/graphql';
import { i18n } from '@lingui/core';

// The locale is fixed for a page's life (a language switch loads the page anew), so these read
// the active one at call time and keep working outside React (CSV, chart scales).
const fmt = () => createFormat(i18n.locale);
const twoDecimals = { minimumFractionDigits: 2, maximumFractionDigits: 2 };

export const formatScore = (x: number | null | undefined) => (x == null ? '—' : fmt().number(x, twoDecimals));
export const formatSigned = (x: number | null | undefined) => (x == null ? '—' : fmt().number(x, { ...twoDecimals, signDisplay: 'exceptZero' }));
export const formatValue = (x: number | null | undefined) => (x == null ? '—' : fmt().number(x, { maximumFractionDigits: 2 }));
export const formatWhole = (x: number | null | undefined) => (x == null ? '—' : fmt().number(x, { maximumFractionDigits: 0 }));
export const formatPercent = (ratio: number) => fmt().percent(ratio);

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
