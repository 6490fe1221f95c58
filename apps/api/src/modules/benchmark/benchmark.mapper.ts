/*
 * Shapes the domain's benchmark report into the GraphQL answer. No rules here: every figure
 * comes from `benchmarkReport`; this only swaps codes for the API objects of the same version and
 * marks DEMO values.
 */
import type { BenchmarkReport, DevelopmentArea as DomainArea, ObservationFlag as DomainFlag, ReportPerformanceGroup, ReportRankInterval } from '@polisee/domain';
import { DevelopmentArea } from '../indicator/indicator.type';
import { ObservationFlag } from '../observation/observation.type';
import type { Catalog, PerformanceData, RegionRow } from './benchmark.data';
import type { ResolvedBenchmarkOptions } from './benchmark.options';
import {
  PerformanceGroupName,
  PerformanceSubgroup,
  type AreaScore,
  type Benchmark,
  type BenchmarkIndicator,
  type PerformanceGroup,
  type RankInterval,
  type ReferenceRegion,
} from './benchmark.type';

const AREA: Record<DomainArea, DevelopmentArea> = {
  INNOVATION_RD: DevelopmentArea.INNOVATION_RD,
  SUSTAINABLE_DEVELOPMENT: DevelopmentArea.SUSTAINABLE_DEVELOPMENT,
  INTERNATIONAL_COOPERATION: DevelopmentArea.INTERNATIONAL_COOPERATION,
  FINANCIAL_FRAMEWORK: DevelopmentArea.FINANCIAL_FRAMEWORK,
  SPECIALISATION: DevelopmentArea.SPECIALISATION,
  SKILLS_AND_JOBS: DevelopmentArea.SKILLS_AND_JOBS,
  MULTILEVEL_GOVERNANCE: DevelopmentArea.MULTILEVEL_GOVERNANCE,
};
const FLAG: Record<DomainFlag, ObservationFlag> = {
  ESTIMATED: ObservationFlag.ESTIMATED,
  BREAK_IN_SERIES: ObservationFlag.BREAK_IN_SERIES,
  PROVISIONAL: ObservationFlag.PROVISIONAL,
};
const GROUP: Record<ReportPerformanceGroup['group'], PerformanceGroupName> = {
  LEADER: PerformanceGroupName.LEADER,
  STRONG: PerformanceGroupName.STRONG,
  MODERATE: PerformanceGroupName.MODERATE,
  EMERGING: PerformanceGroupName.EMERGING,
};
const SUBGROUP: Record<ReportPerformanceGroup['subgroup'], PerformanceSubgroup> = {
  PLUS: PerformanceSubgroup.PLUS,
  MIDDLE: PerformanceSubgroup.MIDDLE,
  MINUS: PerformanceSubgroup.MINUS,
};

const interval = (i: ReportRankInterval | null): RankInterval | null => (i ? { median: i.median, low: i.low, high: i.high, draws: i.draws } : null);

const performanceGroup = (g: ReportPerformanceGroup | null): PerformanceGroup | null =>
  g ? { group: GROUP[g.group], subgroup: SUBGROUP[g.subgroup], indexRelativeToAverage: g.indexRelativeToAverage } : null;

export interface BenchmarkShape {
  catalog: Catalog;
  target: RegionRow;
  options: ResolvedBenchmarkOptions;
  /** The target's nearest regions (all of them, including any without performance data). */
  reference: readonly ReferenceRegion[];
  performance: PerformanceData;
}

export function toBenchmark(report: BenchmarkReport, x: BenchmarkShape): Benchmark {
  const { catalog, target, options, performance } = x;
  const region = (code: string) => catalog.regionTypes.get(code)!;
  const indicator = (code: string) => catalog.indicatorTypes.get(code)!;
  const members = [target.code, ...report.group];
  const profile = report.profile;
  const isDemo = (code: string, year: number | null) => year !== null && performance.demo.has(`${target.code}|${code}|${year}`);
  const indicators: BenchmarkIndicator[] = profile.indicators.map((p) => {
    const demo = isDemo(p.code, p.valueYear);
    return {
      indicator: indicator(p.code),
      value: p.value,
      valueYear: p.valueYear,
      flag: demo ? ObservationFlag.DEMO : p.flag === null ? null : FLAG[p.flag],
      isDemo: demo,
      score: p.score,
      weight: p.weight,
      groupCount: p.groupCount,
      groupMean: p.groupMean,
      groupMedian: p.groupMedian,
      groupBest: p.groupBest,
      groupBestRegion: p.groupBestSubject ? region(p.groupBestSubject) : null,
      gap: p.gap,
      percentile: p.percentile,
      change: p.change,
      officialShare: members.filter((m) => performance.official.has(`${m}|${p.code}`)).length / members.length,
    };
  });
  const areas: AreaScore[] = report.areas.map((a) => ({ area: AREA[a.area], score: a.score, groupMean: a.groupMean, groupBest: a.groupBest, indicatorCount: a.indicatorCount }));
  const scored = new Set(profile.indicators.map((p) => p.code));
  const demoDataUsed = members.some((m) => {
    const flagged = performance.demoIndicators.get(m);
    if (!flagged) return false;
    for (const code of flagged) if (scored.has(code)) return true;
    return false;
  });
  const inGroup = new Set(report.group);
  const { composite } = profile;
  return {
    region: region(target.code),
    year: options.year,
    yearIsDefault: options.yearIsDefault,
    officialDataOnly: options.officialOnly,
    compareYear: options.compareYear,
    normalisation: options.normalisation,
    aggregation: options.aggregation,
    minCoverage: options.minCoverage,
    referenceRegions: x.reference.filter((r) => inGroup.has(r.region.code)),
    indicators,
    strengths: profile.strengths.map((h) => ({ indicator: indicator(h.code), gap: h.gap })),
    weaknesses: profile.weaknesses.map((h) => ({ indicator: indicator(h.code), gap: h.gap })),
    areas,
    composite: {
      value: composite.value,
      coverage: composite.coverage,
      rank: composite.rank,
      rankedCount: composite.rankedCount,
      groupMean: composite.groupMean,
      groupMedian: composite.groupMedian,
      groupBest: composite.groupBest,
      compareValue: composite.compareValue,
      change: composite.change,
      uncertainty: interval(report.uncertainty),
      performanceGroup: performanceGroup(report.performanceGroup),
    },
    ranking: report.ranking.map((r) => ({
      region: region(r.code),
      isTarget: r.code === target.code,
      composite: r.composite,
      coverage: r.coverage,
      rank: r.rank,
      uncertainty: interval(r.uncertainty),
    })),
    uncertaintyDraws: options.draws,
    demoDataUsed,
  };
}
