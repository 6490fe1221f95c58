import fc from 'fast-check';
import { applyTransform } from '../normalisation';
import { createDataSet, type Observation } from '../indicator';
import { benchmarkProfile } from './profile';
import { averageComposite, benchmarkReport, scoreForReport, type BenchmarkReportInput, type ReportIndicator } from './report';
import { rankUncertainty } from './uncertainty';

const REGIONS = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF'];
const indicators: ReportIndicator[] = [
  { code: 'rd', polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'INNOVATION_RD', weight: 1 },
  { code: 'pat', polarity: 'HIGHER_IS_BETTER', transform: 'LOG', area: 'INNOVATION_RD', weight: 2 },
  { code: 'unemp', polarity: 'LOWER_IS_BETTER', transform: 'SQRT', area: 'SKILLS_AND_JOBS', weight: 1 },
];
// value of indicator j for region i in 2020 (2018: a little lower); FF has no `pat` at all.
const value = (i: number, j: number, year: number) => 1 + ((i * 7 + j * 3) % 11) + (year === 2020 ? 0.5 * i : 0);
const observations: Observation[] = REGIONS.flatMap((r, i) =>
  indicators.flatMap((ind, j) => (r === 'FF' && ind.code === 'pat' ? [] : [2018, 2020].map((year) => ({ subject: r, indicator: ind.code, year, value: value(i, j, year) })))),
);
const dataset = createDataSet(observations);
const base: BenchmarkReportInput = {
  target: 'AA',
  group: ['BB', 'CC', 'DD', 'ZZ'],
  indicators,
  dataset,
  year: 2020,
  compareYear: 2018,
  normalisation: 'MIN_MAX',
  aggregation: 'ARITHMETIC',
  minCoverage: 0.5,
  treatOutliers: false,
  uncertaintyDraws: 300,
  seed: 3,
};
const profileOf = (target: string, group: string[], patch: Partial<BenchmarkReportInput> = {}) => {
  const x = { ...base, ...patch };
  return benchmarkProfile({
    dataset,
    target,
    group,
    indicators: x.indicators.map((i) => ({ code: i.code, polarity: i.polarity, transform: i.transform })),
    weights: Object.fromEntries(x.indicators.map((i) => [i.code, i.weight])),
    year: x.year,
    compareYear: x.compareYear,
    normalisation: x.normalisation,
    aggregation: x.aggregation,
    minCoverage: x.minCoverage,
  });
};
const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('benchmarkReport', () => {
  it('profiles the target against the group members that have data, and nothing else', () => {
    const r = benchmarkReport(base);
    expect(r.group).toEqual(['BB', 'CC', 'DD']);
    expect(r.profile).toEqual(profileOf('AA', ['BB', 'CC', 'DD']));
  });

  it.each([
    ['INNOVATION_RD', ['rd', 'pat']],
    ['SKILLS_AND_JOBS', ['unemp']],
  ] as const)('area %s: the means of its indicators (%j)', (area, codes) => {
    const r = benchmarkReport(base);
    const a = r.areas.find((x) => x.area === area)!;
    const inArea = r.profile.indicators.filter((p) => (codes as readonly string[]).includes(p.code));
    expect(a.indicatorCount).toBe(codes.length);
    expect(a.score).toBeCloseTo(meanOf(inArea.map((p) => p.score!)), 12);
    expect(a.groupMean).toBeCloseTo(meanOf(inArea.map((p) => p.groupMean!)), 12);
    expect(a.groupBest).toBeCloseTo(meanOf(inArea.map((p) => p.groupBest!)), 12);
    // Areas come in the work plan's order and only when they have indicators.
    expect(r.areas.map((x) => x.area)).toEqual(['INNOVATION_RD', 'SKILLS_AND_JOBS']);
  });

  it.each<[string, Partial<BenchmarkReportInput>, boolean]>([
    ['min-max', {}, true],
    ['rank', { normalisation: 'RANK' }, true],
    ['geometric', { aggregation: 'GEOMETRIC', normalisation: 'RANK' }, true],
    ['z-score (mean 0 by construction)', { normalisation: 'Z_SCORE' }, false],
  ])('performance group, %s: index = 100 x composite / the mean composite of every region', (_n, patch, expected) => {
    const r = benchmarkReport({ ...base, ...patch });
    if (!expected) {
      expect(r.performanceGroup).toBeNull();
      return;
    }
    const composites = REGIONS.map((t) => profileOf(t, REGIONS.filter((x) => x !== t), patch).composite.value).filter((c): c is number => c !== null);
    const index = (100 * r.profile.composite.value!) / meanOf(composites);
    expect(r.performanceGroup!.indexRelativeToAverage).toBeCloseTo(index, 10);
    expect(averageComposite({ ...base, ...patch })).toBeCloseTo(meanOf(composites), 12);
  });

  it('with the reference set scored once, every target gets the report it gets alone', () => {
    // scoreForReport does not depend on the target: one scoring serves every region's report.
    for (const patch of [{}, { compareYear: null }, { normalisation: 'RANK' as const }, { treatOutliers: true }]) {
      const choices = { ...base, ...patch };
      const scored = scoreForReport(choices);
      for (const target of REGIONS) {
        const input = { ...choices, target, group: REGIONS.filter((r) => r !== target) };
        expect(benchmarkReport({ ...input, scored })).toEqual(benchmarkReport(input));
      }
      expect(averageComposite({ ...choices, scored })).toBe(averageComposite(choices));
    }
  });

  it('refuses a scored reference set made from other data or choices', () => {
    const scored = scoreForReport(base);
    for (const patch of [{ year: 2018 }, { normalisation: 'Z_SCORE' as const }, { treatOutliers: true }, { indicators: indicators.slice(0, 2) }, { dataset: createDataSet(observations) }]) {
      expect(() => benchmarkReport({ ...base, ...patch, scored })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    }
  });

  it('takes a precomputed average and gives the same report', () => {
    expect(benchmarkReport({ ...base, averageComposite: averageComposite(base) })).toEqual(benchmarkReport(base));
    // A given average is used as is (the caller owns the cache).
    expect(benchmarkReport({ ...base, averageComposite: 0.25 }).performanceGroup!.indexRelativeToAverage).toBeCloseTo((100 * benchmarkReport(base).profile.composite.value!) / 0.25, 12);
  });

  it('runs the rank uncertainty on the transformed values of the year, chosen normalisation first', () => {
    const r = benchmarkReport(base);
    const members = ['AA', 'BB', 'CC', 'DD'];
    const values = Object.fromEntries(members.map((m) => [m, {} as Record<string, number | null>]));
    for (const [j, ind] of indicators.entries()) {
      const col = applyTransform(members.map((m) => value(REGIONS.indexOf(m), j, 2020)), ind.transform);
      members.forEach((m, k) => (values[m]![ind.code] = col[k]!));
    }
    const mc = rankUncertainty({
      subjects: members.map((m) => ({ code: m, values: values[m]! })),
      indicators: indicators.map((i) => ({ code: i.code, polarity: i.polarity, weight: i.weight })),
      draws: 300,
      seed: 3,
      normalisations: ['MIN_MAX', 'Z_SCORE', 'RANK'],
      minCoverage: 0.5,
    });
    for (const s of mc.subjects) {
      const row = r.ranking.find((x) => x.code === s.code)!;
      expect(row.uncertainty).toEqual({ median: s.medianRank, low: Math.round(s.p05Rank!), high: Math.round(s.p95Rank!), draws: s.rankedDraws });
    }
    expect(r.uncertainty).toEqual(r.ranking.find((x) => x.code === 'AA')!.uncertainty);
    expect(benchmarkReport({ ...base, uncertaintyDraws: 0 }).uncertainty).toBeNull();
  });

  it.each<[string, Partial<BenchmarkReportInput>, string]>([
    ['unknown target', { target: 'ZZ' }, 'UNKNOWN_SUBJECT'],
    ['no indicators', { indicators: [] }, 'EMPTY_SET'],
    ['empty group', { group: ['ZZ'] }, 'EMPTY_SET'],
    ['geometric z-score', { aggregation: 'GEOMETRIC', normalisation: 'Z_SCORE' }, 'INVALID_ARGUMENT'],
  ])('%s -> %s', (_n, patch, code) => {
    expect(() => benchmarkReport({ ...base, ...patch })).toThrow(expect.objectContaining({ code }));
  });

  const scenario = fc.record({
    rows: fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }), { minLength: 3, maxLength: 3 }), { minLength: 4, maxLength: 9 }),
    groupSize: fc.integer({ min: 1, max: 8 }),
    normalisation: fc.constantFrom('MIN_MAX' as const, 'RANK' as const),
    seed: fc.nat(),
  });
  const build = (rows: (number | null)[][], scale = 1) =>
    createDataSet(rows.flatMap((row, i) => row.map((v, j) => ({ subject: `R${i}`, indicator: indicators[j]!.code, year: 2020, value: v === null ? null : v * (j === 0 ? scale : 1) }))));

  it('property: ranks are ordered, intervals lie within the ranked group, the index sides with the average', () => {
    fc.assert(
      fc.property(scenario, ({ rows, groupSize, normalisation, seed }) => {
        const ds = build(rows);
        const target = 'R0';
        fc.pre(ds.subjects.includes(target) && ds.subjects.length >= 2);
        const group = ds.subjects.filter((s) => s !== target).slice(0, groupSize);
        const r = benchmarkReport({ ...base, dataset: ds, target, group, compareYear: null, normalisation, seed, uncertaintyDraws: 50, minCoverage: 0.3 });
        const ranks = r.ranking.map((x) => x.rank ?? Infinity);
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
        for (const x of r.ranking) {
          if (!x.uncertainty) continue;
          expect(x.uncertainty.low).toBeGreaterThanOrEqual(1);
          expect(x.uncertainty.low).toBeLessThanOrEqual(x.uncertainty.median);
          expect(x.uncertainty.median).toBeLessThanOrEqual(x.uncertainty.high);
          expect(x.uncertainty.high).toBeLessThanOrEqual(r.group.length + 1);
        }
        const avg = averageComposite({ ...base, dataset: ds, compareYear: null, normalisation, minCoverage: 0.3 });
        if (r.performanceGroup && avg !== null) {
          expect(Math.sign(r.performanceGroup.indexRelativeToAverage - 100)).toBe(Math.sign(r.profile.composite.value! - avg));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: min-max reports do not change when an untransformed indicator changes unit (x 2^k)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -8, max: 8 }), ({ rows, groupSize, seed }, k) => {
        const plain = build(rows);
        fc.pre(plain.subjects.includes('R0') && plain.subjects.length >= 2);
        const group = plain.subjects.filter((s) => s !== 'R0').slice(0, groupSize);
        const input = { ...base, target: 'R0', group, compareYear: null, seed, uncertaintyDraws: 30, minCoverage: 0.3 };
        // Everything but the raw values themselves.
        const scored = (r: ReturnType<typeof benchmarkReport>) => ({
          areas: r.areas,
          performanceGroup: r.performanceGroup,
          ranking: r.ranking,
          composite: r.profile.composite,
          indicators: r.profile.indicators.map((p) => [p.score, p.groupMean, p.groupBest, p.gap, p.percentile]),
        });
        expect(scored(benchmarkReport({ ...input, dataset: build(rows, 2 ** k) }))).toEqual(scored(benchmarkReport({ ...input, dataset: plain })));
      }),
      { numRuns: 40 },
    );
  });
});
