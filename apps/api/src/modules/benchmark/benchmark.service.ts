import { averageComposite, benchmarkReport, referenceRegions, scoreForReport, type ReportIndicator, type ReportScoring, type ScoredReferenceSet } from '@polisee/domain';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { BenchmarkData, type Catalog, type LatestValueRow, type RegionRow } from './benchmark.data';
import { toBenchmark } from './benchmark.mapper';
import { aggregationMethod, checkReferenceCount, indicatorsWithData, normalisationMethod, resolveBenchmarkOptions, resolveDimensions } from './benchmark.options';
import type { Benchmark, BenchmarkOptions, DimensionWeightInput, ReferenceRegion, SimilarityDimension } from './benchmark.type';
import { DerivedCache } from './derived-cache';

/** JSON with sorted keys: equal options give equal cache keys whatever their property order. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/**
 * Smart benchmarking (DOMAIN.md 4), orchestration only: the data and its per-version caches are
 * `BenchmarkData`'s, the option rules `benchmark.options.ts`'s, every formula the domain's
 * (`referenceRegions`, `benchmarkReport`), the shaping `benchmark.mapper.ts`'s.
 */
export class BenchmarkService {
  private readonly data: BenchmarkData;
  private readonly results: DerivedCache<Benchmark>;
  /**
   * Every region scored under one set of choices, and the all-region average composite: both
   * depend on the data and the scoring, not on the region, and scoring all regions is most of a
   * report's work.
   */
  private readonly scorings = new DerivedCache<{ scored: ScoredReferenceSet; average: number | null }>(64);

  /**
   * @param cacheSize how many whole benchmark results to keep per instance (0: none, every request
   *   computes its answer). What depends only on the data version (regions, indicators, latest
   *   values, every region scored and the all-region average per scoring) and the weight draws are
   *   reused either way.
   *   Every cached value is stored under the data version it came from and read only under the
   *   same version, which each call reads from the database first.
   */
  constructor(ds: DataSource, cacheSize = 500) {
    this.data = new BenchmarkData(ds);
    this.results = new DerivedCache(cacheSize);
  }

  /** The database's data version (bumped by triggers on every write to the public data). */
  dataVersion(): Promise<string> {
    return this.data.version();
  }

  /** Latest value at or before the year of every active performance indicator, per region. */
  async latestPerformanceValues(year: number): Promise<LatestValueRow[]> {
    return this.data.latest(await this.data.version(), year, 'PERFORMANCE');
  }

  async dimensions(): Promise<SimilarityDimension[]> {
    const catalog = await this.data.catalog(await this.data.version());
    return resolveDimensions(catalog.indicators, undefined).map((d) => ({ name: d.name, indicators: d.indicators.map((code) => catalog.indicatorTypes.get(code)!) }));
  }

  async referenceRegions(regionCode: string, n: number, excludeSameCountry: boolean, weights?: DimensionWeightInput[]): Promise<ReferenceRegion[]> {
    checkReferenceCount(n);
    const version = await this.data.version();
    const catalog = await this.data.catalog(version);
    const target = this.region(catalog, regionCode);
    const dimensions = resolveDimensions(catalog.indicators, weights);
    return this.nearest(version, catalog, target, await this.defaultYear(version), { n, excludeSameCountry, dimensions });
  }

  /** Deterministic in (data version, region, options), so whole results are cached under them. */
  async benchmark(regionCode: string, options: BenchmarkOptions = {}): Promise<Benchmark> {
    const version = await this.data.version();
    return this.results.getOrCompute(version, stableKey([regionCode, options]), () => this.compute(version, regionCode, options));
  }

  private region(catalog: Catalog, code: string): RegionRow {
    const target = catalog.regionByCode.get(code);
    if (!target) throw new AppError('NOT_FOUND', 'REGION_NOT_FOUND', `Unknown region ${code}`);
    return target;
  }

  async defaultYearOrNull(): Promise<number | null> {
    return this.data.defaultYear(await this.data.version());
  }

  private async defaultYear(version: string): Promise<number> {
    const year = await this.data.defaultYear(version);
    if (year === null) throw new AppError('NOT_FOUND', 'NO_INDICATOR_DATA', 'There is no indicator data yet');
    return year;
  }

  private async nearest(
    version: string,
    catalog: Catalog,
    target: RegionRow,
    year: number,
    opts: Parameters<typeof referenceRegions>[2],
  ): Promise<ReferenceRegion[]> {
    const subjects = await this.data.structuralSubjects(version, year);
    return referenceRegions(target.code, subjects, opts).map((x, k) => ({ region: catalog.regionTypes.get(x.code)!, distance: x.distance, rank: k + 1 }));
  }

  private async compute(version: string, regionCode: string, options: BenchmarkOptions): Promise<Benchmark> {
    const catalog = await this.data.catalog(version);
    const target = this.region(catalog, regionCode);
    const resolved = resolveBenchmarkOptions(options, catalog.indicators, options.year ?? (await this.defaultYear(version)));
    const [reference, performance] = await Promise.all([
      this.nearest(version, catalog, target, resolved.year, { n: resolved.groupSize, excludeSameCountry: resolved.excludeSameCountry, dimensions: resolved.dimensions }),
      this.data.performanceData(version, resolved.year, resolved.compareYear, resolved.officialOnly),
    ]);
    const withData = indicatorsWithData(resolved, (code) => performance.withValues.has(code));
    const dataset = performance.dataset(withData.map((i) => i.code));
    // Regions with no performance data at all cannot be profiled; they are left out of the group.
    if (!dataset.subjects.includes(target.code)) throw new AppError('BAD_USER_INPUT', 'REGION_HAS_NO_DATA', `${target.name} has no performance data up to ${resolved.year}`);
    const indicators: ReportIndicator[] = withData.map((i) => ({ code: i.code, polarity: i.polarity, transform: i.transform, area: i.area, weight: resolved.weights[i.code] ?? 1 }));
    const scoring: ReportScoring = {
      indicators,
      dataset,
      year: resolved.year,
      compareYear: resolved.compareYear,
      normalisation: normalisationMethod(resolved.normalisation),
      aggregation: aggregationMethod(resolved.aggregation),
      minCoverage: resolved.minCoverage,
      treatOutliers: resolved.treatOutliers,
    };
    const scoringKey = stableKey([resolved.year, resolved.compareYear, resolved.officialOnly, resolved.normalisation, resolved.aggregation, resolved.minCoverage, resolved.treatOutliers, indicators.map((i) => [i.code, i.weight])]);
    const { scored, average } = await this.scorings.getOrCompute(version, scoringKey, async () => {
      const scored = scoreForReport(scoring);
      return { scored, average: resolved.normalisation === 'Z_SCORE' ? null : averageComposite({ ...scoring, scored }) };
    });
    const report = benchmarkReport({
      ...scoring,
      scored,
      target: target.code,
      group: reference.map((r) => r.region.code),
      uncertaintyDraws: resolved.draws,
      seed: resolved.seed,
      averageComposite: average,
      weightDraws: this.data.weightDraws,
    });
    return toBenchmark(report, { catalog, target, options: resolved, reference, performance });
  }
}
