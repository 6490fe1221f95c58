import { DomainError, assertFinite } from '../errors';
import { compositeIndex, type AggregationMethod } from '../aggregation';
import {
  createDataSet,
  latestAvailable,
  valueInYear,
  type DataSet,
  type IndicatorTransform,
  type Observation,
  type ObservationFlag,
  type Polarity,
} from '../indicator';
import { applyTransform, normalise, winsorise, type NormalisationMethod, type WinsoriseOptions } from '../normalisation';
import { quantileOfSorted } from '../statistics';

/** A PERFORMANCE indicator as the profile needs it. */
export interface ProfileIndicator {
  readonly code: string;
  readonly polarity?: Polarity;
  readonly transform?: IndicatorTransform;
  /** Weight in the composite (default 1, or `weights[code]`). */
  readonly weight?: number;
}

export interface BenchmarkProfileInput {
  /** The region (or cluster) benchmarked. */
  readonly target: string;
  /** Its reference group (e.g. from `referenceRegions`); the target is dropped if listed. */
  readonly group: readonly string[];
  readonly indicators: readonly ProfileIndicator[];
  /** The data, as plain observations or a prepared `DataSet` (one of the two). */
  readonly observations?: readonly Observation[];
  readonly dataset?: DataSet;
  /**
   * Normalisation reference set (default: every subject in the data). The target and group are
   * always included. Scores are comparable across profiles that share this set.
   */
  readonly referenceSet?: readonly string[];
  readonly year: number;
  /** Earlier year for "change since"; scores of both years are normalised together. */
  readonly compareYear?: number | null;
  /** Use the latest value at or before the year, per indicator (default true). */
  readonly latestAvailable?: boolean;
  readonly normalisation?: NormalisationMethod;
  readonly aggregation?: AggregationMethod;
  /** indicator code -> weight (overrides ProfileIndicator.weight). */
  readonly weights?: Readonly<Record<string, number>>;
  readonly minCoverage?: number;
  /** Winsorise each indicator by the JRC rule before normalising (default false). */
  readonly treatOutliers?: boolean | WinsoriseOptions;
  /** How many strengths and weaknesses to list (default 3). */
  readonly highlights?: number;
  /**
   * The reference set already scored by `scoreReferenceSet` with the same dataset and choices
   * (it does not depend on the target or group, so a caller profiling many targets can score
   * once). Refused when it was made from other data or choices.
   */
  readonly scored?: ScoredReferenceSet;
}

/** What the scores of the reference set depend on: not the target, group or weights. */
export type ScoreReferenceSetInput = Pick<
  BenchmarkProfileInput,
  'observations' | 'dataset' | 'indicators' | 'referenceSet' | 'year' | 'compareYear' | 'latestAvailable' | 'normalisation' | 'treatOutliers'
>;

/** Every subject of a reference set scored per indicator and year (see `scoreReferenceSet`). */
export interface ScoredReferenceSet {
  readonly dataset: DataSet;
  /** The choices it was scored with, as one string (checked by `benchmarkProfile`). */
  readonly signature: string;
  readonly refSet: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** picked[y][j][i]: the value shown for year y, indicator j, subject i. */
  readonly picked: readonly (readonly PickedValue[][])[];
  /** scores[y][j][i]: its score (null when missing). */
  readonly scores: readonly (readonly (number | null)[][])[];
  readonly treatedOutliers: readonly { indicator: string; subjects: string[] }[];
}

type PickedValue = ReturnType<typeof latestAvailable>;

export interface ProfileChange {
  value: number | null;
  valueYear: number | null;
  score: number | null;
  valueChange: number | null;
  scoreChange: number | null;
}

export interface IndicatorProfile {
  code: string;
  polarity: Polarity;
  weight: number;
  value: number | null;
  valueYear: number | null;
  flag: ObservationFlag | null;
  score: number | null;
  /** Number of group members (target excluded) with a score. */
  groupCount: number;
  groupMean: number | null;
  groupMedian: number | null;
  /** Best score in the group (scores are oriented: higher is better) and who holds it. */
  groupBest: number | null;
  groupBestSubject: string | null;
  /** score - groupMean. */
  gap: number | null;
  /** Percentile rank of the target in the group, 0..100 (share below + half the ties). */
  percentile: number | null;
  change: ProfileChange | null;
}

export interface ProfileHighlight {
  code: string;
  gap: number;
}

export interface RankedComposite {
  code: string;
  composite: number | null;
  coverage: number;
  /** 1 = best within target + group; null when the composite is not computable. */
  rank: number | null;
}

export interface BenchmarkProfile {
  target: string;
  group: string[];
  year: number;
  compareYear: number | null;
  normalisation: NormalisationMethod;
  aggregation: AggregationMethod;
  minCoverage: number;
  referenceSetSize: number;
  indicators: IndicatorProfile[];
  strengths: ProfileHighlight[];
  weaknesses: ProfileHighlight[];
  composite: {
    value: number | null;
    coverage: number;
    rank: number | null;
    /** Target plus group members with a composite. */
    rankedCount: number;
    groupMean: number | null;
    groupMedian: number | null;
    groupBest: number | null;
    compareValue: number | null;
    change: number | null;
  };
  ranking: RankedComposite[];
  /** Per indicator, the subjects whose values were winsorised (only with treatOutliers). */
  treatedOutliers: { indicator: string; subjects: string[] }[];
}

function stats(xs: number[]): { mean: number | null; median: number | null; best: number | null } {
  if (xs.length === 0) return { mean: null, median: null, best: null };
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    mean: xs.reduce((a, b) => a + b, 0) / xs.length,
    median: quantileOfSorted(sorted, 0.5),
    best: sorted[sorted.length - 1] as number,
  };
}

function diff(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function rankDescending(values: (number | null)[]): (number | null)[] {
  // Competition ranking, 1 = highest.
  return values.map((v) => (v === null ? null : 1 + values.filter((w) => w !== null && w > v).length));
}

function scoringSignature(input: ScoreReferenceSetInput, normalisation: NormalisationMethod): string {
  const treat = input.treatOutliers ? JSON.stringify(input.treatOutliers === true ? {} : input.treatOutliers) : '';
  return JSON.stringify([
    input.indicators.map((i) => [i.code, i.polarity ?? 'HIGHER_IS_BETTER', i.transform ?? 'NONE']),
    input.referenceSet ?? null,
    input.year,
    input.compareYear ?? null,
    input.latestAvailable !== false,
    normalisation,
    treat,
  ]);
}

/**
 * Steps 1-3 of `benchmarkProfile` for every subject of the reference set (the reference set, or
 * every subject of the data, plus `include`): the value of each indicator in the year (and
 * compareYear), transformed, winsorised when asked, normalised over the set with both years
 * pooled.
 */
function scoreSet(ds: DataSet, input: ScoreReferenceSetInput, normalisation: NormalisationMethod, include: readonly string[]): ScoredReferenceSet {
  const known = new Set(ds.subjects);
  const refSet = [...new Set([...(input.referenceSet ?? ds.subjects), ...include])];
  for (const s of refSet) if (!known.has(s)) throw new DomainError('UNKNOWN_SUBJECT', `no data for ${s}`, { subject: s });
  const compareYear = input.compareYear ?? null;
  const pick = input.latestAvailable === false ? valueInYear : latestAvailable;
  const winsoriseOpts = input.treatOutliers ? (input.treatOutliers === true ? {} : input.treatOutliers) : null;
  const r = refSet.length;
  const index = new Map(refSet.map((s, i) => [s, i]));
  const years = compareYear === null ? [input.year] : [input.year, compareYear];
  const treatedOutliers: { indicator: string; subjects: string[] }[] = [];
  const picked = years.map(() => input.indicators.map(() => [] as PickedValue[]));
  const scores = years.map(() => input.indicators.map(() => [] as (number | null)[]));
  input.indicators.forEach((ind, j) => {
    const polarity = ind.polarity ?? 'HIGHER_IS_BETTER';
    let column: (number | null)[] = [];
    years.forEach((y, yi) => {
      const p = refSet.map((s) => pick(ds, s, ind.code, y));
      picked[yi]![j] = p;
      column = column.concat(p.map((v) => v.value));
    });
    column = applyTransform(column, ind.transform ?? 'NONE');
    if (winsoriseOpts) {
      const w = winsorise(column, winsoriseOpts);
      column = w.values;
      if (w.changed.length > 0) {
        treatedOutliers.push({
          indicator: ind.code,
          subjects: [...new Set(w.changed.map((c) => refSet[c % r] as string))],
        });
      }
    }
    const normalised = normalise(column, normalisation, polarity);
    years.forEach((_, yi) => {
      scores[yi]![j] = normalised.slice(yi * r, (yi + 1) * r);
    });
  });
  return { dataset: ds, signature: scoringSignature(input, normalisation), refSet, index, picked, scores, treatedOutliers };
}

/**
 * Scores the reference set once for many profiles (pass the result as `scored` to
 * `benchmarkProfile` with the same dataset and choices): the scores do not depend on the target,
 * its group or the weights, and scoring every subject of the data is most of a profile's work.
 */
export function scoreReferenceSet(input: ScoreReferenceSetInput): ScoredReferenceSet {
  const ds = input.dataset ?? (input.observations ? createDataSet(input.observations) : undefined);
  if (!ds) throw new DomainError('INVALID_ARGUMENT', 'scoreReferenceSet needs observations or a dataset');
  if (input.indicators.length === 0) throw new DomainError('EMPTY_SET', 'no indicators to score');
  assertFinite(input.year, 'year');
  if (input.compareYear !== null && input.compareYear !== undefined) assertFinite(input.compareYear, 'compareYear');
  return scoreSet(ds, input, input.normalisation ?? 'MIN_MAX', []);
}

/**
 * Performance profile of a region against its reference group (DOMAIN.md 4.5; JRC/OECD Handbook
 * 2008 steps 4-7; RIS 2021 methodology). Per indicator:
 * 1. value: the observation in `year` (or the latest at or before it);
 * 2. transform (SQRT/LOG) and, with treatOutliers, JRC winsorisation over the reference set;
 * 3. score: normalised over the reference set (all subjects passed, pooled over year and
 *    compareYear so both years share one scale), oriented so higher is better;
 * 4. group mean, median and best of the members' scores; gap = score - group mean; percentile
 *    = 100 * (#members below + #ties / 2) / #members.
 * Strengths and weaknesses are the largest positive and negative gaps. The composite is
 * `compositeIndex` of the scores (weights, aggregation, minCoverage), ranked within target +
 * group (1 = best). Returns a plain, JSON-serialisable object (nulls, no NaN).
 */
export function benchmarkProfile(input: BenchmarkProfileInput): BenchmarkProfile {
  const ds = input.dataset ?? (input.observations ? createDataSet(input.observations) : undefined);
  if (!ds) throw new DomainError('INVALID_ARGUMENT', 'benchmarkProfile needs observations or a dataset');
  if (input.indicators.length === 0) throw new DomainError('EMPTY_SET', 'no indicators to profile');
  assertFinite(input.year, 'year');
  const compareYear = input.compareYear ?? null;
  if (compareYear !== null) assertFinite(compareYear, 'compareYear');
  const normalisation = input.normalisation ?? 'MIN_MAX';
  const aggregation = input.aggregation ?? 'ARITHMETIC';
  const minCoverage = input.minCoverage ?? 0.75;
  if (aggregation === 'GEOMETRIC' && normalisation === 'Z_SCORE') {
    throw new DomainError('INVALID_ARGUMENT', 'GEOMETRIC aggregation needs non-negative scores: use MIN_MAX or RANK, not Z_SCORE');
  }
  const known = new Set(ds.subjects);
  const target = input.target;
  if (!known.has(target)) throw new DomainError('UNKNOWN_SUBJECT', `no data for ${target}`, { subject: target });
  const group = [...new Set(input.group)].filter((g) => g !== target);
  for (const g of group) if (!known.has(g)) throw new DomainError('UNKNOWN_SUBJECT', `no data for ${g}`, { subject: g });
  if (group.length === 0) throw new DomainError('EMPTY_SET', 'the reference group is empty');
  const knownIndicators = new Set(ds.indicators);
  const seenIndicators = new Set<string>();
  for (const ind of input.indicators) {
    if (!knownIndicators.has(ind.code)) throw new DomainError('UNKNOWN_INDICATOR', `no data for indicator ${ind.code}`, { indicator: ind.code });
    if (seenIndicators.has(ind.code)) throw new DomainError('INVALID_ARGUMENT', `indicator ${ind.code} listed twice`);
    seenIndicators.add(ind.code);
  }
  const weights = input.indicators.map((ind) => input.weights?.[ind.code] ?? ind.weight ?? 1);
  let scored = input.scored;
  if (scored) {
    if (scored.dataset !== ds || scored.signature !== scoringSignature(input, normalisation)) {
      throw new DomainError('INVALID_ARGUMENT', 'the scored reference set was made from other data or choices');
    }
    for (const s of [target, ...group]) {
      if (!scored.index.has(s)) throw new DomainError('INVALID_ARGUMENT', `the scored reference set does not hold ${s}`, { subject: s });
    }
  } else {
    scored = scoreSet(ds, input, normalisation, [target, ...group]);
  }
  const { index, picked, scores } = scored;
  const r = scored.refSet.length;
  const treatedOutliers = scored.treatedOutliers.map((t) => ({ indicator: t.indicator, subjects: [...t.subjects] }));

  const compositeFor = (yi: number, s: string): { composite: number | null; coverage: number } => {
    const i = index.get(s) as number;
    const sc = input.indicators.map((_, j) => (scores[yi] as (number | null)[][])[j]![i] as number | null);
    const total = weights.reduce((a, b) => a + b, 0);
    const present = sc.reduce<number>((a, v, j) => a + (v === null ? 0 : (weights[j] as number)), 0);
    return {
      composite: compositeIndex(sc, { weights, method: aggregation, minCoverage }),
      coverage: total > 0 ? present / total : 0,
    };
  };

  const members = [target, ...group];
  const composites = members.map((s) => compositeFor(0, s));
  const ranks = rankDescending(composites.map((c) => c.composite));
  const ranking: RankedComposite[] = members.map((code, k) => ({
    code,
    composite: composites[k]!.composite,
    coverage: composites[k]!.coverage,
    rank: ranks[k] ?? null,
  }));
  const ti = index.get(target) as number;

  const indicators: IndicatorProfile[] = input.indicators.map((ind, j) => {
    const p = picked[0]![j]![ti]!;
    const score = scores[0]![j]![ti] ?? null;
    const memberScores: { code: string; score: number }[] = [];
    for (const g of group) {
      const s = scores[0]![j]![index.get(g) as number];
      if (s !== null && s !== undefined) memberScores.push({ code: g, score: s });
    }
    const st = stats(memberScores.map((m) => m.score));
    let bestSubject: string | null = null;
    for (const m of memberScores) if (m.score === st.best && (bestSubject === null || m.code < bestSubject)) bestSubject = m.code;
    let percentile: number | null = null;
    if (score !== null && memberScores.length > 0) {
      const below = memberScores.filter((m) => m.score < score).length;
      const ties = memberScores.filter((m) => m.score === score).length;
      percentile = (100 * (below + ties / 2)) / memberScores.length;
    }
    let change: ProfileChange | null = null;
    if (compareYear !== null) {
      const cp = picked[1]![j]![ti]!;
      const cs = scores[1]![j]![ti] ?? null;
      change = { value: cp.value, valueYear: cp.year, score: cs, valueChange: diff(p.value, cp.value), scoreChange: diff(score, cs) };
    }
    return {
      code: ind.code,
      polarity: ind.polarity ?? 'HIGHER_IS_BETTER',
      weight: weights[j] as number,
      value: p.value,
      valueYear: p.year,
      flag: p.flag,
      score,
      groupCount: memberScores.length,
      groupMean: st.mean,
      groupMedian: st.median,
      groupBest: st.best,
      groupBestSubject: bestSubject,
      gap: diff(score, st.mean),
      percentile,
      change,
    };
  });

  const highlights = input.highlights ?? 3;
  const gaps = indicators.filter((x) => x.gap !== null).map((x) => ({ code: x.code, gap: x.gap as number }));
  const strengths = gaps.filter((g) => g.gap > 0).sort((a, b) => b.gap - a.gap || a.code.localeCompare(b.code)).slice(0, highlights);
  const weaknesses = gaps.filter((g) => g.gap < 0).sort((a, b) => a.gap - b.gap || a.code.localeCompare(b.code)).slice(0, highlights);

  const groupComposites = composites.slice(1).map((c) => c.composite).filter((c): c is number => c !== null);
  const gc = stats(groupComposites);
  const compareValue = compareYear !== null ? compositeFor(1, target).composite : null;
  const own = composites[0]!;
  return {
    target,
    group,
    year: input.year,
    compareYear,
    normalisation,
    aggregation,
    minCoverage,
    referenceSetSize: r,
    indicators,
    strengths,
    weaknesses,
    composite: {
      value: own.composite,
      coverage: own.coverage,
      rank: ranks[0] ?? null,
      rankedCount: ranks.filter((x) => x !== null).length,
      groupMean: gc.mean,
      groupMedian: gc.median,
      groupBest: gc.best,
      compareValue,
      change: diff(own.composite, compareValue),
    },
    ranking,
    treatedOutliers,
  };
}
