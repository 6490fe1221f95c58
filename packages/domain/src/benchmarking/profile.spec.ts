import type { Observation } from '../indicator';
import { benchmarkProfile } from './profile';

const obs = (subject: string, indicator: string, year: number, value: number | null): Observation => ({ subject, indicator, year, value });
// 2021: i1 (higher better) 10, 20, 30, 40; i2 (lower better) 5, 3, 1, missing. 2020: R1 only.
const observations: Observation[] = [
  obs('R1', 'i1', 2021, 10),
  obs('R2', 'i1', 2021, 20),
  obs('R3', 'i1', 2021, 30),
  obs('R4', 'i1', 2021, 40),
  obs('R1', 'i2', 2021, 5),
  obs('R2', 'i2', 2021, 3),
  obs('R3', 'i2', 2021, 1),
  obs('R4', 'i2', 2021, null),
  obs('R1', 'i1', 2020, 5),
  obs('R1', 'i2', 2020, 7),
];
const indicators = [{ code: 'i1' }, { code: 'i2', polarity: 'LOWER_IS_BETTER' as const }];

describe('benchmarkProfile', () => {
  it('computes per-indicator and overall figures by hand', () => {
    const p = benchmarkProfile({ target: 'R2', group: ['R1', 'R3', 'R4'], indicators, observations, year: 2021 });
    const [i1, i2] = p.indicators;
    // i1 min-max over 10..40: R1 0, R2 1/3, R3 2/3, R4 1
    expect(i1!.value).toBe(20);
    expect(i1!.score).toBeCloseTo(1 / 3, 12);
    expect(i1!.groupMean).toBeCloseTo(5 / 9, 12);
    expect(i1!.groupMedian).toBeCloseTo(2 / 3, 12);
    expect(i1!.groupBest).toBe(1);
    expect(i1!.groupBestSubject).toBe('R4');
    expect(i1!.gap).toBeCloseTo(-2 / 9, 12);
    expect(i1!.percentile).toBeCloseTo(100 / 3, 12);
    // i2 reversed over 1..5: R1 0, R2 0.5, R3 1
    expect(i2!.score).toBeCloseTo(0.5, 12);
    expect(i2!.groupCount).toBe(2);
    expect(i2!.gap).toBeCloseTo(0, 12);
    expect(i2!.percentile).toBe(50);
    expect(p.strengths).toEqual([]);
    expect(p.weaknesses.map((w) => w.code)).toEqual(['i1']);
    expect(p.composite.value).toBeCloseTo((1 / 3 + 0.5) / 2, 12);
    expect(p.composite.rank).toBe(2);
    expect(p.composite.rankedCount).toBe(3); // R4 lacks coverage (50% < 75%)
    expect(p.ranking.find((r) => r.code === 'R4')!.composite).toBeNull();
    expect(p.composite.groupBest).toBeCloseTo(5 / 6, 12);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p); // plain and serialisable
  });

  it('normalises both years together and reports the change', () => {
    const p = benchmarkProfile({ target: 'R1', group: ['R2', 'R3'], indicators, observations, year: 2021, compareYear: 2020 });
    const [i1, i2] = p.indicators;
    // i1 pooled 5..40: R1 2021 = 5/35, 2020 = 0; i2 pooled 1..7 reversed: 2021 = 1/3, 2020 = 0
    expect(i1!.score).toBeCloseTo(1 / 7, 12);
    expect(i1!.change).toEqual({ value: 5, valueYear: 2020, score: 0, valueChange: 5, scoreChange: expect.closeTo(1 / 7, 12) });
    expect(i2!.score).toBeCloseTo(1 / 3, 12);
    expect(p.composite.value).toBeCloseTo((1 / 7 + 1 / 3) / 2, 12);
    expect(p.composite.compareValue).toBe(0);
    expect(p.composite.change).toBeCloseTo((1 / 7 + 1 / 3) / 2, 12);
  });

  it('uses the latest value at or before the year', () => {
    const p = benchmarkProfile({ target: 'R1', group: ['R2'], indicators, observations, year: 2022 });
    expect(p.indicators[0]!.valueYear).toBe(2021);
    const exact = benchmarkProfile({ target: 'R1', group: ['R2'], indicators, observations, year: 2022, latestAvailable: false });
    expect(exact.indicators[0]!.value).toBeNull();
    expect(exact.composite.value).toBeNull();
  });

  it.each(['MIN_MAX', 'Z_SCORE', 'RANK', 'DISTANCE_TO_MEAN'] as const)('ranks the dominant region first with %s', (normalisation) => {
    const p = benchmarkProfile({ target: 'R3', group: ['R1', 'R2'], indicators, observations, year: 2021, normalisation });
    expect(p.composite.rank).toBe(1);
    expect(p.strengths.length).toBeGreaterThan(0);
  });

  it('weights and geometric aggregation', () => {
    const p = benchmarkProfile({ target: 'R2', group: ['R1', 'R3'], indicators, observations, year: 2021, aggregation: 'GEOMETRIC', weights: { i1: 1, i2: 1 } });
    expect(p.composite.value).toBeCloseTo(Math.sqrt((1 / 3) * 0.5), 12);
  });

  it('reports treated outliers', () => {
    const many: Observation[] = [];
    for (let i = 0; i < 20; i++) many.push(obs(`S${i}`, 'x', 2021, i % 3), obs(`S${i}`, 'y', 2021, i));
    many.push(obs('BIG', 'x', 2021, 1000), obs('BIG', 'y', 2021, 5));
    const p = benchmarkProfile({ target: 'S1', group: ['S2', 'BIG'], indicators: [{ code: 'x' }, { code: 'y' }], observations: many, year: 2021, treatOutliers: true });
    expect(p.treatedOutliers).toEqual([{ indicator: 'x', subjects: ['BIG'] }]);
    // after winsorising, BIG sits at the next value (2), the maximum, so S1 (x = 1) scores 0.5
    expect(p.indicators[0]!.score).toBeCloseTo(0.5, 12);
  });

  it.each<[string, Partial<Parameters<typeof benchmarkProfile>[0]>, string]>([
    ['unknown target', { target: 'ZZ' }, 'UNKNOWN_SUBJECT'],
    ['unknown member', { group: ['ZZ'] }, 'UNKNOWN_SUBJECT'],
    ['empty group', { group: ['R1'] }, 'EMPTY_SET'],
    ['unknown indicator', { indicators: [{ code: 'nope' }] }, 'UNKNOWN_INDICATOR'],
    ['no indicators', { indicators: [] }, 'EMPTY_SET'],
    ['z-score geometric', { normalisation: 'Z_SCORE', aggregation: 'GEOMETRIC' }, 'INVALID_ARGUMENT'],
    ['bad weight', { weights: { i1: -1 } }, 'INVALID_WEIGHTS'],
    ['no data', { observations: undefined }, 'INVALID_ARGUMENT'],
  ])('%s -> %s', (_n, patch, code) => {
    expect(() => benchmarkProfile({ target: 'R1', group: ['R2'], indicators, observations, year: 2021, ...patch })).toThrow(expect.objectContaining({ code }));
  });
});
