import fc from 'fast-check';
import { rankUncertainty, type RankUncertaintyInput } from './uncertainty';

const subjects = [
  { code: 'TOP', values: { a: 10, b: 10, c: 10 } },
  { code: 'MIDA', values: { a: 8, b: 2, c: 5 } },
  { code: 'MIDB', values: { a: 2, b: 8, c: 5 } },
  { code: 'LOW', values: { a: 0, b: 0, c: 0 } },
  { code: 'GAPS', values: { a: 5, b: null, c: null } },
];
const indicators = [{ code: 'a' }, { code: 'b' }, { code: 'c' }];

describe('rankUncertainty', () => {
  it('same seed, same result; another seed may differ', () => {
    const a = rankUncertainty({ subjects, indicators, draws: 200, seed: 7 });
    const b = rankUncertainty({ subjects, indicators, draws: 200, seed: 7 });
    expect(b).toEqual(a);
    expect(a.draws).toBe(200);
  });

  it('keeps a dominant subject first, a dominated one last, and leaves out under-covered ones', () => {
    const r = rankUncertainty({ subjects, indicators, draws: 300, seed: 1 });
    const by = Object.fromEntries(r.subjects.map((s) => [s.code, s]));
    expect(by.TOP).toMatchObject({ nominalRank: 1, medianRank: 1, p05Rank: 1, p95Rank: 1, rankedDraws: 300 });
    expect(by.LOW).toMatchObject({ nominalRank: 4, medianRank: 4 });
    // GAPS has 1 of 3 indicators: no nominal composite, but when a draw puts >= 75% of the weight
    // on `a` (P = 0.25^2 under a flat Dirichlet) it is covered and ranked.
    expect(by.GAPS!.nominalRank).toBeNull();
    expect(by.GAPS!.rankedDraws).toBeGreaterThan(0);
    expect(by.GAPS!.rankedDraws).toBeLessThan(60);
    // The two middle subjects swap places as the weights of a and b move.
    expect(by.MIDA!.p05Rank).toBe(2);
    expect(by.MIDA!.p95Rank).toBe(3);
  });

  it('without perturbation the interval collapses onto the nominal rank', () => {
    const r = rankUncertainty({ subjects, indicators, draws: 50, weights: { kind: 'NONE' }, normalisations: ['MIN_MAX'] });
    for (const s of r.subjects) {
      expect(s.medianRank).toBe(s.nominalRank);
      expect(s.p05Rank).toBe(s.nominalRank);
      expect(s.p95Rank).toBe(s.nominalRank);
    }
    // MIDA and MIDB tie on equal weights: both get rank 2 (competition ranking)
    expect(r.subjects[1]!.nominalRank).toBe(2);
    expect(r.subjects[2]!.nominalRank).toBe(2);
    expect(r.subjects[0]!.nominalComposite).toBe(1);
  });

  it('supports uniform perturbation and geometric aggregation', () => {
    const r = rankUncertainty({ subjects, indicators, draws: 100, weights: { kind: 'UNIFORM', spread: 0.5 }, normalisations: ['MIN_MAX', 'RANK'], aggregations: ['ARITHMETIC', 'GEOMETRIC'] });
    expect(r.subjects[0]!.medianRank).toBe(1);
  });

  it.each<[string, Partial<RankUncertaintyInput>, string]>([
    ['no subjects', { subjects: [] }, 'EMPTY_SET'],
    ['no indicators', { indicators: [] }, 'EMPTY_SET'],
    ['draws 0', { draws: 0 }, 'OUT_OF_RANGE'],
    ['unknown indicator', { indicators: [{ code: 'zz' }] }, 'UNKNOWN_INDICATOR'],
    ['zero weights', { indicators: [{ code: 'a', weight: 0 }] }, 'INVALID_WEIGHTS'],
    ['geometric z-score', { aggregations: ['GEOMETRIC'], normalisations: ['Z_SCORE'] }, 'INVALID_ARGUMENT'],
    ['NaN value', { subjects: [{ code: 'X', values: { a: NaN, b: 1, c: 1 } }] }, 'INVALID_NUMBER'],
  ])('%s -> %s', (_n, patch, code) => {
    expect(() => rankUncertainty({ subjects, indicators, draws: 10, ...patch })).toThrow(expect.objectContaining({ code }));
  });

  it('property: ranks lie in 1..n and p05 <= median <= p95', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 0, max: 1000 }),
        (rows, seed) => {
          const subs = rows.map(([a, b], i) => ({ code: `S${i}`, values: { a, b } }));
          const r = rankUncertainty({ subjects: subs, indicators: [{ code: 'a' }, { code: 'b' }], draws: 30, seed });
          const nominal = r.subjects.map((s) => s.nominalRank as number).sort((x, y) => x - y);
          expect(nominal[0]).toBe(1);
          for (const s of r.subjects) {
            expect(s.p05Rank!).toBeGreaterThanOrEqual(1);
            expect(s.p95Rank!).toBeLessThanOrEqual(subs.length);
            expect(s.p05Rank!).toBeLessThanOrEqual(s.medianRank!);
            expect(s.medianRank!).toBeLessThanOrEqual(s.p95Rank!);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
