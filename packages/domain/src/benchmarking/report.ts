import { DomainError } from '../errors';
import type { AggregationMethod } from '../aggregation';
import { DEVELOPMENT_AREAS, latestAvailable, type DataSet, type DevelopmentArea, type IndicatorTransform, type Polarity } from '../indicator';
import { applyTransform, type NormalisationMethod } from '../normalisation';
import { performanceGroup, RIS_2021_GROUP_CUTOFFS, type GroupCutoffs, type PerformanceGroupName, type PerformanceSubgroup } from './performance-group';
import { benchmarkProfile, scoreReferenceSet, type BenchmarkProfile, type RankedComposite, type ScoredReferenceSet, type ScoreReferenceSetInput } from './profile';
import { rankUncertainty } from './uncertainty';
import type { WeightDraws, WeightDrawSpec } from './weight-draws';

/** A PERFORMANCE indicator of a benchmark report. */
export interface ReportIndicator {
  readonly code: string;
  readonly polarity: Polarity;
  readonly transform: IndicatorTransform;
  readonly area: DevelopmentArea;
  /** Weight in the composite (0..). */
  readonly weight: number;
}

/** The scoring choices: equal choices over the same data give the same all-region average. */
export interface ReportScoring {
  readonly indicators: readonly ReportIndicator[];
  /**
   * The latest value at or before `year` (and `compareYear`) of each indicator per subject: the
   * value passed for year y is the one the profile shows for y. DEMO-flagged values are plain
   * values here (the caller tracks which are demo).
   */
  readonly dataset: DataSet;
  readonly year: number;
  readonly compareYear: number | null;
  readonly normalisation: NormalisationMethod;
  readonly aggregation: AggregationMethod;
  readonly minCoverage: number;
  readonly treatOutliers: boolean;
  /**
   * `scoreForReport` of these same choices, when the caller keeps it: the scores of every subject
   * do not depend on the target, so many reports (and `averageComposite`) can share them.
   */
  readonly scored?: ScoredReferenceSet;
}

export interface BenchmarkReportInput extends ReportScoring {
  readonly target: string;
  /** The reference group, nearest first (e.g. from `referenceRegions`); members without data are left out. */
  readonly group: readonly string[];
  /** Monte Carlo draws of the rank uncertainty (0: none) and their seed. */
  readonly uncertaintyDraws: number;
  readonly seed: number;
  /**
   * The mean composite of every subject with data under these scoring choices (see
   * `averageComposite`); computed here when not given. It does not depend on the target, so a
   * caller may compute it once per data and scoring.
   */
  readonly averageComposite?: number | null;
  /** Where the uncertainty's weight draws come from (default `drawWeights`; see rankUncertainty). */
  readonly weightDraws?: (spec: WeightDrawSpec) => WeightDraws;
  /** Performance-group cut-offs (default RIS 2021). */
  readonly cutoffs?: GroupCutoffs;
}

export interface AreaSummary {
  area: DevelopmentArea;
  /** Means over the area's indicators that have the figure (null when none has). */
  score: number | null;
  groupMean: number | null;
  groupBest: number | null;
  indicatorCount: number;
}

export interface ReportPerformanceGroup {
  group: PerformanceGroupName;
  subgroup: PerformanceSubgroup;
  /** 100 x the target's composite / the mean composite of every subject with data. */
  indexRelativeToAverage: number;
}

export interface ReportRankInterval {
  median: number;
  /** 5th and 95th percentile ranks, rounded to whole ranks. */
  low: number;
  high: number;
  draws: number;
}

export interface ReportRankedSubject extends RankedComposite {
  uncertainty: ReportRankInterval | null;
}

export interface BenchmarkReport {
  /** The group actually compared: the members of `group` that have data, in the given order. */
  group: string[];
  profile: BenchmarkProfile;
  areas: AreaSummary[];
  performanceGroup: ReportPerformanceGroup | null;
  /** The target's rank interval (null without draws or without a composite). */
  uncertainty: ReportRankInterval | null;
  /** Target and group, best first (unranked last, ties by code). */
  ranking: ReportRankedSubject[];
}

const mean = (xs: readonly (number | null)[]): number | null => {
  let sum = 0;
  let count = 0;
  for (const x of xs) {
    if (x === null) continue;
    sum += x;
    count++;
  }
  return count > 0 ? sum / count : null;
};

function checkScoring(s: ReportScoring): void {
  if (s.indicators.length === 0) throw new DomainError('EMPTY_SET', 'no indicators to report on');
  if (s.aggregation === 'GEOMETRIC' && s.normalisation === 'Z_SCORE') {
    throw new DomainError('INVALID_ARGUMENT', 'GEOMETRIC aggregation needs non-negative scores: use MIN_MAX or RANK, not Z_SCORE');
  }
}

/** The profile's scoring choices of a report (what `scoreReferenceSet` and `benchmarkProfile` share). */
const profileScoring = (s: ReportScoring): ScoreReferenceSetInput => ({
  dataset: s.dataset,
  indicators: s.indicators.map((i) => ({ code: i.code, polarity: i.polarity, transform: i.transform })),
  year: s.year,
  compareYear: s.compareYear,
  normalisation: s.normalisation,
  treatOutliers: s.treatOutliers,
});

/** Every subject scored under these choices, for `ReportScoring.scored` (depends on the data and the choices only). */
export function scoreForReport(scoring: ReportScoring): ScoredReferenceSet {
  checkScoring(scoring);
  return scoreReferenceSet(profileScoring(scoring));
}

const weightsOf = (indicators: readonly ReportIndicator[]): Record<string, number> => Object.fromEntries(indicators.map((i) => [i.code, i.weight]));

/**
 * The mean composite over every subject with data (DOMAIN.md 4.6, "EU = 100"): each subject's
 * composite is scored exactly as in its own profile (same reference set: every subject), and the
 * mean is over those with a composite. Null when none has one. Depends only on the data and the
 * scoring choices, not on a target.
 */
export function averageComposite(scoring: ReportScoring): number | null {
  checkScoring(scoring);
  const [first, ...rest] = scoring.dataset.subjects;
  // One subject is its own average; it has no one to be compared with.
  if (first === undefined || rest.length === 0) return null;
  const all = benchmarkProfile({
    ...profileScoring(scoring),
    target: first,
    group: rest,
    weights: weightsOf(scoring.indicators),
    aggregation: scoring.aggregation,
    minCoverage: scoring.minCoverage,
    highlights: 0,
    scored: scoring.scored,
  });
  return mean(all.ranking.map((r) => r.composite));
}

/**
 * A region's benchmark report (DOMAIN.md 4.5-4.7), every rule in one place:
 * 1. the profile (`benchmarkProfile`) of the target against the members of its group that have
 *    data, normalised over every subject in the dataset;
 * 2. per development area, the mean of its indicators' scores, group means and group bests;
 * 3. the performance group: index = 100 x composite / `averageComposite` (not for Z_SCORE, whose
 *    mean is 0 by construction), banded by the edition's cut-offs;
 * 4. the rank uncertainty within target + group: `rankUncertainty` over the transformed values of
 *    the year (SQRT/LOG applied over target + group), drawing the chosen normalisation first and
 *    then the other methods the aggregation allows (GEOMETRIC leaves Z_SCORE out).
 * Pure: same input, same report.
 */
export function benchmarkReport(input: BenchmarkReportInput): BenchmarkReport {
  checkScoring(input);
  const known = new Set(input.dataset.subjects);
  if (!known.has(input.target)) throw new DomainError('UNKNOWN_SUBJECT', `no data for ${input.target}`, { subject: input.target });
  const group = [...new Set(input.group)].filter((g) => g !== input.target && known.has(g));
  const weights = weightsOf(input.indicators);
  const profile = benchmarkProfile({
    ...profileScoring(input),
    target: input.target,
    group,
    weights,
    aggregation: input.aggregation,
    minCoverage: input.minCoverage,
    scored: input.scored,
  });

  const areaOf = new Map(input.indicators.map((i) => [i.code, i.area]));
  const areas: AreaSummary[] = [];
  for (const area of DEVELOPMENT_AREAS) {
    const inArea = profile.indicators.filter((p) => areaOf.get(p.code) === area);
    if (inArea.length === 0) continue;
    areas.push({
      area,
      score: mean(inArea.map((p) => p.score)),
      groupMean: mean(inArea.map((p) => p.groupMean)),
      groupBest: mean(inArea.map((p) => p.groupBest)),
      indicatorCount: inArea.length,
    });
  }

  let group100: ReportPerformanceGroup | null = null;
  const composite = profile.composite.value;
  if (input.normalisation !== 'Z_SCORE' && composite !== null) {
    const avg = input.averageComposite !== undefined ? input.averageComposite : averageComposite(input);
    if (avg !== null && avg > 0) {
      const index = (100 * composite) / avg;
      group100 = { ...performanceGroup(index, input.cutoffs ?? RIS_2021_GROUP_CUTOFFS), indexRelativeToAverage: index };
    }
  }

  const intervals = new Map<string, ReportRankInterval>();
  if (input.uncertaintyDraws > 0) {
    const members = [input.target, ...group];
    const values = new Map<string, Record<string, number | null>>(members.map((m) => [m, {}]));
    for (const ind of input.indicators) {
      const raw = members.map((m) => latestAvailable(input.dataset, m, ind.code, input.year).value);
      const column = applyTransform(raw, ind.transform);
      members.forEach((m, k) => (values.get(m)![ind.code] = column[k] ?? null));
    }
    const others = (['MIN_MAX', 'Z_SCORE', 'RANK'] as const).filter((m) => m !== input.normalisation && !(input.aggregation === 'GEOMETRIC' && m === 'Z_SCORE'));
    const mc = rankUncertainty({
      subjects: members.map((m) => ({ code: m, values: values.get(m)! })),
      indicators: input.indicators.map((i) => ({ code: i.code, polarity: i.polarity, weight: i.weight })),
      draws: input.uncertaintyDraws,
      seed: input.seed,
      normalisations: [input.normalisation, ...others],
      aggregations: [input.aggregation],
      minCoverage: input.minCoverage,
      weightDraws: input.weightDraws,
    });
    for (const s of mc.subjects) {
      if (s.medianRank !== null && s.p05Rank !== null && s.p95Rank !== null) {
        intervals.set(s.code, { median: s.medianRank, low: Math.round(s.p05Rank), high: Math.round(s.p95Rank), draws: s.rankedDraws });
      }
    }
  }

  const ranking = [...profile.ranking]
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((r) => ({ ...r, uncertainty: intervals.get(r.code) ?? null }));
  return { group, profile, areas, performanceGroup: group100, uncertainty: intervals.get(input.target) ?? null, ranking };
}
