import {
  applyTransform,
  benchmarkProfile,
  performanceGroup,
  rankUncertainty,
  referenceRegions,
  type NormalisationMethod,
  type Observation as DomainObservation,
  type ObservationFlag as DomainFlag,
} from '@polisee/domain';
import type { DataSource } from 'typeorm';
import { AppError, badInput } from '../../graphql/errors';
import type { IndicatorEntity } from '../indicator/indicator.entity';
import { DevelopmentArea, Indicator } from '../indicator/indicator.type';
import { ObservationFlag } from '../observation/observation.type';
import type { RegionEntity } from '../region/region.entity';
import { Region } from '../region/region.type';
import { DATA_VERSION_SQL, INDICATORS_SQL, LATEST_VALUES_SQL, LATEST_YEAR_SQL, REGIONS_SQL, type LatestValueRow } from './benchmark.sql';
import { DerivedCache } from './derived-cache';
import {
  Aggregation,
  type AreaScore,
  type Benchmark,
  type BenchmarkOptions,
  type DimensionWeightInput,
  Normalisation,
  type PerformanceGroup,
  PerformanceGroupName,
  PerformanceSubgroup,
  type RankInterval,
  type ReferenceRegion,
  type SimilarityDimension,
} from './benchmark.type';

interface Snapshot {
  regions: RegionEntity[];
  indicators: IndicatorEntity[];
}

/** JSON with sorted keys: equal options give equal cache keys whatever their property order. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function regionFromRow(r: Record<string, unknown>): RegionEntity {
  return {
    id: r.id as string,
    code: r.code as string,
    name: r.name as string,
    country: r.country as string,
    level: Number(r.level),
    latitude: r.latitude as number | null,
    longitude: r.longitude as number | null,
    coordinateSource: r.coordinate_source as string | null,
  } as RegionEntity;
}

function indicatorFromRow(r: Record<string, unknown>): IndicatorEntity {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    unit: r.unit,
    kind: r.kind,
    polarity: r.polarity,
    transform: r.transform,
    area: r.area,
    dimension: r.dimension,
    source: r.source,
    translations: (r.translations ?? {}) as IndicatorEntity['translations'],
    retiredAt: r.retired_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  } as IndicatorEntity;
}

/**
 * Smart benchmarking (DOMAIN.md 4): every formula is `@polisee/domain`'s; this service loads the
 * data in a fixed number of statements (regions, indicators, and the latest values at or before
 * the year for each kind), validates the options and shapes the answer.
 */
export class BenchmarkService {
  private readonly snapshots: DerivedCache<Snapshot>;
  private readonly latestRows: DerivedCache<LatestValueRow[]>;
  private readonly results: DerivedCache<Benchmark>;
  private readonly averages: DerivedCache<number | null>;

  /**
   * @param cacheSize how many benchmark results to keep per instance (0: no caching at all).
   *   Every cached value is stored under the data version it came from and read only under the
   *   same version, which each call reads from the database first.
   */
  constructor(
    private readonly ds: DataSource,
    cacheSize = 500,
  ) {
    this.snapshots = new DerivedCache(cacheSize > 0 ? 4 : 0);
    this.latestRows = new DerivedCache(cacheSize > 0 ? 64 : 0);
    this.results = new DerivedCache(cacheSize);
    this.averages = new DerivedCache(cacheSize > 0 ? 64 : 0);
  }

  private async version(): Promise<string> {
    const [row] = await this.ds.query(DATA_VERSION_SQL);
    return String(row?.version ?? '0');
  }

  private snapshot(version: string): Promise<Snapshot> {
    return this.snapshots.getOrCompute(version, 'snapshot', async () => {
      const [regions, indicators] = await Promise.all([this.ds.query(REGIONS_SQL), this.ds.query(INDICATORS_SQL)]);
      return { regions: regions.map(regionFromRow), indicators: indicators.map(indicatorFromRow) };
    });
  }

  private latest(version: string, year: number, kind: 'STRUCTURAL' | 'PERFORMANCE'): Promise<LatestValueRow[]> {
    return this.latestRows.getOrCompute(version, `${kind}|${year}`, () => this.ds.query(LATEST_VALUES_SQL, [year, kind]));
  }

  async dimensions(): Promise<SimilarityDimension[]> {
    const { indicators } = await this.snapshot(await this.version());
    const by = new Map<string, Indicator[]>();
    for (const i of indicators) {
      if (i.kind !== 'STRUCTURAL' || !i.dimension) continue;
      by.set(i.dimension, [...(by.get(i.dimension) ?? []), Indicator.from(i)]);
    }
    return [...by].map(([name, list]) => ({ name, indicators: list }));
  }

  private dimensionSpecs(indicators: IndicatorEntity[], weights: DimensionWeightInput[] | undefined) {
    const by = new Map<string, string[]>();
    for (const i of indicators) if (i.kind === 'STRUCTURAL' && i.dimension) by.set(i.dimension, [...(by.get(i.dimension) ?? []), i.code]);
    const w = new Map<string, number>();
    for (const dw of weights ?? []) {
      if (!by.has(dw.dimension)) throw badInput('dimensionWeights', `Unknown similarity dimension "${dw.dimension}"`);
      w.set(dw.dimension, dw.weight);
    }
    const specs = [...by].map(([name, codes]) => ({ name, indicators: codes, weight: w.get(name) ?? 1 }));
    if (specs.length === 0) throw new AppError('BAD_USER_INPUT', 'No structural indicators to compare regions with');
    if (specs.every((s) => s.weight === 0)) throw badInput('dimensionWeights', 'At least one dimension needs a weight above 0');
    return specs;
  }

  private async nearest(
    version: string,
    snap: Snapshot,
    target: RegionEntity,
    year: number,
    n: number,
    excludeSameCountry: boolean,
    weights: DimensionWeightInput[] | undefined,
  ): Promise<ReferenceRegion[]> {
    const dimensions = this.dimensionSpecs(snap.indicators, weights);
    const rows = await this.latest(version, year, 'STRUCTURAL');
    const values = new Map<string, Record<string, number | null>>(snap.regions.map((r) => [r.code, {}]));
    for (const row of rows) values.get(row.region)![row.indicator] = row.value;
    const subjects = snap.regions.map((r) => ({ code: r.code, country: r.country, values: values.get(r.code)! }));
    const byCode = new Map(snap.regions.map((r) => [r.code, r]));
    return referenceRegions(target.code, subjects, { n, excludeSameCountry, dimensions }).map((x, k) => ({
      region: Region.from(byCode.get(x.code)!),
      distance: x.distance,
      rank: k + 1,
    }));
  }

  private async defaultYear(): Promise<number> {
    const [row] = await this.ds.query(LATEST_YEAR_SQL);
    if (!row?.year) throw new AppError('NOT_FOUND', 'There is no indicator data yet');
    return row.year as number;
  }

  async referenceRegions(regionCode: string, n: number, excludeSameCountry: boolean, weights?: DimensionWeightInput[]): Promise<ReferenceRegion[]> {
    if (!Number.isInteger(n) || n < 1 || n > 80) throw badInput('n', 'n must be between 1 and 80');
    const version = await this.version();
    const snap = await this.snapshot(version);
    const target = snap.regions.find((r) => r.code === regionCode);
    if (!target) throw new AppError('NOT_FOUND', `Unknown region ${regionCode}`);
    return this.nearest(version, snap, target, await this.defaultYear(), n, excludeSameCountry, weights);
  }

  /** Deterministic in (data version, region, options), so whole results are cached under them. */
  async benchmark(regionCode: string, options: BenchmarkOptions = {}): Promise<Benchmark> {
    const version = await this.version();
    return this.results.getOrCompute(version, stableKey([regionCode, options]), () => this.compute(version, regionCode, options));
  }

  private async compute(version: string, regionCode: string, options: BenchmarkOptions): Promise<Benchmark> {
    const snap = await this.snapshot(version);
    const target = snap.regions.find((r) => r.code === regionCode);
    if (!target) throw new AppError('NOT_FOUND', `Unknown region ${regionCode}`);
    const year = options.year ?? (await this.defaultYear());
    const compareYear = options.compareYear ?? null;
    if (compareYear !== null && compareYear >= year) throw badInput('compareYear', 'The comparison year must be before the year');
    const normalisation = options.normalisation ?? Normalisation.MIN_MAX;
    const aggregation = options.aggregation ?? Aggregation.ARITHMETIC;
    if (aggregation === Aggregation.GEOMETRIC && normalisation === Normalisation.Z_SCORE) {
      throw badInput('aggregation', 'The geometric mean needs non-negative scores: choose min-max or rank normalisation');
    }
    const minCoverage = options.minCoverage ?? 0.75;
    const draws = options.uncertaintyDraws ?? 1000;

    let performance = snap.indicators.filter((i) => i.kind === 'PERFORMANCE');
    if (options.indicators?.length) {
      const wanted = new Set(options.indicators);
      for (const code of wanted) {
        if (!performance.some((i) => i.code === code)) throw badInput('indicators', `${code} is not an active performance indicator`);
      }
      performance = performance.filter((i) => wanted.has(i.code));
    }
    const weights: Record<string, number> = {};
    for (const w of options.indicatorWeights ?? []) {
      if (!performance.some((i) => i.code === w.indicator)) throw badInput('indicatorWeights', `${w.indicator} is not an indicator of this benchmark`);
      weights[w.indicator] = w.weight;
    }
    if (performance.length === 0) throw new AppError('BAD_USER_INPUT', 'No performance indicators to benchmark with');
    if (performance.every((i) => (weights[i.code] ?? 1) === 0)) throw badInput('indicatorWeights', 'At least one indicator needs a weight above 0');

    const [reference, current, earlier] = await Promise.all([
      this.nearest(version, snap, target, year, options.groupSize ?? 10, options.excludeSameCountry ?? false, options.dimensionWeights),
      this.latest(version, year, 'PERFORMANCE'),
      compareYear !== null ? this.latest(version, compareYear, 'PERFORMANCE') : Promise.resolve([] as LatestValueRow[]),
    ]);
    // Indicators without any value up to the year (e.g. just defined) cannot be scored.
    const withValues = new Set(current.map((r) => r.indicator));
    const empty = performance.filter((i) => !withValues.has(i.code));
    if (options.indicators?.length && empty.length > 0) throw badInput('indicators', `${empty[0]!.code} has no data up to ${year}`);
    performance = performance.filter((i) => withValues.has(i.code));
    if (performance.length === 0) throw new AppError('BAD_USER_INPUT', `No performance indicator has data up to ${year}`);
    const wantedCodes = new Set(performance.map((i) => i.code));
    const demo = new Set<string>();
    const observations: DomainObservation[] = [];
    for (const row of [...current, ...earlier]) {
      if (!wantedCodes.has(row.indicator)) continue;
      if (row.flag === 'DEMO' && row.region === target.code) demo.add(`${row.region}|${row.indicator}|${row.year}`);
      observations.push({
        subject: row.region,
        indicator: row.indicator,
        year: row.year,
        value: row.value,
        flag: row.flag === 'DEMO' ? null : (row.flag as DomainFlag | null),
      });
    }
    // Regions with no performance data at all cannot be profiled; keep them out of the group.
    const withData = new Set(observations.map((o) => o.subject));
    if (!withData.has(target.code)) throw new AppError('BAD_USER_INPUT', `${target.name} has no performance data up to ${year}`);
    const group = reference.filter((r) => withData.has(r.region.code)).map((r) => r.region.code);
    const indicators = performance.map((i) => ({ code: i.code, polarity: i.polarity, transform: i.transform, weight: weights[i.code] ?? 1 }));
    const common = {
      indicators,
      observations,
      year,
      compareYear,
      normalisation: normalisation as NormalisationMethod,
      aggregation,
      weights,
      minCoverage,
      treatOutliers: options.treatOutliers ?? false,
    };
    const profile = benchmarkProfile({ ...common, target: target.code, group });

    // Performance group: the composite relative to the mean composite of every region (= 100).
    let group100: PerformanceGroup | null = null;
    if (normalisation !== Normalisation.Z_SCORE && profile.composite.value !== null) {
      // The all-region mean depends on the data and the scoring options, not on the region asked
      // about, so it is computed once per data version and options.
      const scoring = stableKey([year, compareYear, normalisation, aggregation, weights, minCoverage, common.treatOutliers, indicators.map((i) => i.code)]);
      const avg = await this.averages.getOrCompute(version, scoring, async () => {
        const all = benchmarkProfile({ ...common, target: target.code, group: [...withData].filter((c) => c !== target.code), highlights: 0 });
        return mean(all.ranking.map((r) => r.composite).filter((c): c is number => c !== null));
      });
      if (avg !== null && avg > 0) {
        const index = (100 * profile.composite.value) / avg;
        const pg = performanceGroup(index);
        group100 = { group: pg.group as PerformanceGroupName, subgroup: pg.subgroup as PerformanceSubgroup, indexRelativeToAverage: index };
      }
    }

    // Rank uncertainty within target + group: Monte Carlo over weights and normalisation.
    const intervals = new Map<string, RankInterval>();
    if (draws > 0) {
      const members = [target.code, ...group];
      const memberSet = new Set(members);
      const valueOf = new Map<string, number>();
      for (const row of current) if (memberSet.has(row.region) && wantedCodes.has(row.indicator)) valueOf.set(`${row.region}|${row.indicator}`, row.value);
      const transformed = new Map<string, Record<string, number | null>>(members.map((m) => [m, {}]));
      for (const i of performance) {
        const column = applyTransform(members.map((m) => valueOf.get(`${m}|${i.code}`) ?? null), i.transform);
        members.forEach((m, k) => (transformed.get(m)![i.code] = column[k] ?? null));
      }
      const normalisations: NormalisationMethod[] = [normalisation, ...(['MIN_MAX', 'Z_SCORE', 'RANK'] as const).filter((m) => m !== normalisation && !(aggregation === 'GEOMETRIC' && m === 'Z_SCORE'))];
      const mc = rankUncertainty({
        subjects: members.map((m) => ({ code: m, values: transformed.get(m)! })),
        indicators: indicators.map((i) => ({ code: i.code, polarity: i.polarity, weight: i.weight })),
        draws,
        seed: options.seed ?? 1,
        normalisations,
        aggregations: [aggregation],
        minCoverage,
      });
      for (const s of mc.subjects) {
        if (s.medianRank !== null && s.p05Rank !== null && s.p95Rank !== null) {
          intervals.set(s.code, { median: s.medianRank, low: Math.round(s.p05Rank), high: Math.round(s.p95Rank), draws: s.rankedDraws });
        }
      }
    }

    const byCode = new Map(snap.regions.map((r) => [r.code, r]));
    const indicatorByCode = new Map(performance.map((i) => [i.code, Indicator.from(i)]));
    const profiled = profile.indicators.map((p) => ({
      indicator: indicatorByCode.get(p.code)!,
      value: p.value,
      valueYear: p.valueYear,
      flag: (p.valueYear !== null && demo.has(`${target.code}|${p.code}|${p.valueYear}`) ? ObservationFlag.DEMO : p.flag) as ObservationFlag | null,
      isDemo: p.valueYear !== null && demo.has(`${target.code}|${p.code}|${p.valueYear}`),
      score: p.score,
      weight: p.weight,
      groupCount: p.groupCount,
      groupMean: p.groupMean,
      groupMedian: p.groupMedian,
      groupBest: p.groupBest,
      groupBestRegion: p.groupBestSubject ? Region.from(byCode.get(p.groupBestSubject)!) : null,
      gap: p.gap,
      percentile: p.percentile,
      change: p.change,
    }));
    const areas: AreaScore[] = Object.values(DevelopmentArea)
      .map((area) => {
        const inArea = profiled.filter((p) => p.indicator.area === area);
        const pick = (f: (p: (typeof profiled)[number]) => number | null) => mean(inArea.map(f).filter((x): x is number => x !== null));
        return { area, score: pick((p) => p.score), groupMean: pick((p) => p.groupMean), groupBest: pick((p) => p.groupBest), indicatorCount: inArea.length };
      })
      .filter((a) => a.indicatorCount > 0);
    const memberCodes = new Set([target.code, ...group]);
    const demoDataUsed = [...current, ...earlier].some((r) => r.flag === 'DEMO' && memberCodes.has(r.region) && wantedCodes.has(r.indicator));
    const ranking = [...profile.ranking]
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code))
      .map((r) => ({
        region: Region.from(byCode.get(r.code)!),
        isTarget: r.code === target.code,
        composite: r.composite,
        coverage: r.coverage,
        rank: r.rank,
        uncertainty: intervals.get(r.code) ?? null,
      }));

    return {
      region: Region.from(target),
      year,
      compareYear,
      normalisation,
      aggregation,
      minCoverage,
      referenceRegions: reference.filter((r) => withData.has(r.region.code)),
      indicators: profiled,
      strengths: profile.strengths.map((h) => ({ indicator: indicatorByCode.get(h.code)!, gap: h.gap })),
      weaknesses: profile.weaknesses.map((h) => ({ indicator: indicatorByCode.get(h.code)!, gap: h.gap })),
      areas,
      composite: { ...profile.composite, uncertainty: intervals.get(target.code) ?? null, performanceGroup: group100 },
      ranking,
      uncertaintyDraws: draws,
      demoDataUsed,
    };
  }
}
