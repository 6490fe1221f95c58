import { DomainError, assertFinite } from '../errors';

export type PerformanceGroupName = 'LEADER' | 'STRONG' | 'MODERATE' | 'EMERGING';
export type PerformanceSubgroup = 'PLUS' | 'MIDDLE' | 'MINUS';

/** One band of an edition's cut-offs: index in (lower, upper]; null is unbounded. */
export interface PerformanceGroupBand {
  readonly group: PerformanceGroupName;
  readonly subgroup: PerformanceSubgroup;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** The cut-offs of one scoreboard edition: data, not constants in code (DOMAIN.md 4.6). */
export interface GroupCutoffs {
  readonly edition: string;
  readonly source: string;
  readonly bands: readonly PerformanceGroupBand[];
}

/**
 * Regional Innovation Scoreboard 2021 performance groups and sub-groups, index relative to the
 * EU average (EU = 100). Transcribed from shared/data/ris2021_performance_group_thresholds.csv.
 * Source: RIS 2021, European Union (2021b), p.18, as reported by Orkestra.
 */
export const RIS_2021_GROUP_CUTOFFS: GroupCutoffs = {
  edition: 'RIS 2021',
  source: 'Regional Innovation Scoreboard 2021, European Union (2021b), p.18, via Orkestra report',
  bands: [
    { group: 'LEADER', subgroup: 'PLUS', lower: 144.8, upper: null },
    { group: 'LEADER', subgroup: 'MIDDLE', lower: 134.9, upper: 144.8 },
    { group: 'LEADER', subgroup: 'MINUS', lower: 125, upper: 134.9 },
    { group: 'STRONG', subgroup: 'PLUS', lower: 116.7, upper: 125 },
    { group: 'STRONG', subgroup: 'MIDDLE', lower: 108.3, upper: 116.7 },
    { group: 'STRONG', subgroup: 'MINUS', lower: 100, upper: 108.3 },
    { group: 'MODERATE', subgroup: 'PLUS', lower: 90, upper: 100 },
    { group: 'MODERATE', subgroup: 'MIDDLE', lower: 80, upper: 90 },
    { group: 'MODERATE', subgroup: 'MINUS', lower: 70, upper: 80 },
    { group: 'EMERGING', subgroup: 'PLUS', lower: 52.1, upper: 70 },
    { group: 'EMERGING', subgroup: 'MIDDLE', lower: 34.1, upper: 52.1 },
    { group: 'EMERGING', subgroup: 'MINUS', lower: null, upper: 34.1 },
  ],
};

/**
 * Performance group of an index relative to the reference average (EU = 100), RIS 2021
 * methodology (DOMAIN.md 4.6): Leader > 125, Strong 100-125, Moderate 70-100, Emerging < 70,
 * each split in PLUS / MIDDLE / MINUS. A band holds lower < index <= upper, so exactly 125 is a
 * Strong innovator ("Leader > 125"). Negative or non-finite index: INVALID_NUMBER/OUT_OF_RANGE;
 * an index no band covers: OUT_OF_RANGE.
 */
export function performanceGroup(
  indexRelativeToAverage: number,
  cutoffs: GroupCutoffs = RIS_2021_GROUP_CUTOFFS,
): { group: PerformanceGroupName; subgroup: PerformanceSubgroup } {
  assertFinite(indexRelativeToAverage, 'indexRelativeToAverage');
  if (indexRelativeToAverage < 0) throw new DomainError('OUT_OF_RANGE', `an index relative to the average cannot be negative, got ${indexRelativeToAverage}`);
  const x = indexRelativeToAverage;
  const band = cutoffs.bands.find((b) => (b.lower === null || x > b.lower) && (b.upper === null || x <= b.upper));
  if (!band) throw new DomainError('OUT_OF_RANGE', `no ${cutoffs.edition} band covers ${x}`, { index: x });
  return { group: band.group, subgroup: band.subgroup };
}
