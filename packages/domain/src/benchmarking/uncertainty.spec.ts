import fc from 'fast-check';
import { referenceRankUncertainty } from '../bench/reference-uncertainty';
import type { NormalisationMethod } from '../normalisation';
import { rankUncertainty, type RankUncertaintyInput } from './uncertainty';
import { drawWeights, weightDrawsKey, type WeightDrawSpec } from './weight-draws';

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

  it('property: equals the previous implementation exactly (small and large groups, missing values, ties, zero weights, every perturbation)', () => {
    const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 6 }), fc.double({ min: -50, max: 50, noNaN: true }));
    const methods: NormalisationMethod[][] = [['MIN_MAX'], ['MIN_MAX', 'Z_SCORE', 'RANK'], ['RANK', 'MIN_MAX'], ['Z_SCORE']];
    fc.assert(
      fc.property(
        fc.oneof(fc.array(fc.tuple(value, value, value, value), { minLength: 1, maxLength: 14 }), fc.array(fc.tuple(value, value, value, value), { minLength: 25, maxLength: 60 })),
        fc.tuple(fc.constantFrom(0, 1, 2.5), fc.constantFrom(1, 3), fc.constantFrom(0, 1), fc.constantFrom(1, 0.5)),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom<RankUncertaintyInput['weights']>({ kind: 'DIRICHLET' }, { kind: 'DIRICHLET', concentration: 0.7 }, { kind: 'UNIFORM', spread: 0.4 }, { kind: 'NONE' }),
        fc.nat({ max: methods.length - 1 }),
        fc.boolean(),
        fc.constantFrom(0, 0.5, 0.75, 1),
        (rows, [wa, wb, wc, wd], seed, weights, mi, geometric, minCoverage) => {
          fc.pre(wa + wb + wc + wd > 0);
          const normalisations = methods[mi]!.filter((x) => !(geometric && x === 'Z_SCORE'));
          fc.pre(normalisations.length > 0);
          const input: RankUncertaintyInput = {
            subjects: rows.map(([a, b, c, d], i) => ({ code: `S${i}`, values: { a, b, c, d } })),
            indicators: [
              { code: 'a', weight: wa },
              { code: 'b', weight: wb, polarity: 'LOWER_IS_BETTER' },
              { code: 'c', weight: wc },
              { code: 'd', weight: wd },
            ],
            draws: 40,
            seed,
            weights,
            normalisations,
            aggregations: geometric ? ['ARITHMETIC', 'GEOMETRIC'] : ['ARITHMETIC'],
            minCoverage,
          };
          expect(rankUncertainty(input)).toEqual(referenceRankUncertainty(input));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('takes shared draws: a memoised drawWeights gives the same result and is asked once per spec', () => {
    const memo = new Map<string, ReturnType<typeof drawWeights>>();
    const asked: string[] = [];
    const shared = (spec: WeightDrawSpec) => {
      const key = weightDrawsKey(spec);
      asked.push(key);
      if (!memo.has(key)) memo.set(key, drawWeights(spec));
      return memo.get(key)!;
    };
    const plain = rankUncertainty({ subjects, indicators, draws: 200, seed: 9 });
    expect(rankUncertainty({ subjects, indicators, draws: 200, seed: 9, weightDraws: shared })).toEqual(plain);
    expect(rankUncertainty({ subjects, indicators, draws: 200, seed: 9, weightDraws: shared })).toEqual(plain);
    expect(memo.size).toBe(1);
    expect(asked).toHaveLength(2);
    expect(() => rankUncertainty({ subjects, indicators, draws: 100, seed: 9, weightDraws: () => memo.values().next().value! })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('drawWeights', () => {
  const spec: WeightDrawSpec = { weights: [1, 2, 0, 1], draws: 300, seed: 5, perturbation: { kind: 'DIRICHLET' }, normalisationCount: 3, aggregationCount: 1 };

  it('rows sum to 1, zero weights stay zero, indices stay in range', () => {
    const d = drawWeights(spec);
    for (let r = 0; r < d.draws; r++) {
      const row = d.weights.subarray(r * 4, r * 4 + 4);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(row[2]).toBe(0);
      expect(d.normalisation[r]).toBeLessThan(3);
      expect(d.aggregation[r]).toBe(0);
    }
  });

  it.each<[string, Partial<WeightDrawSpec>]>([
    ['seed', { seed: 6 }],
    ['draws', { draws: 301 }],
    ['weights', { weights: [1, 2, 0, 2] }],
    ['perturbation', { perturbation: { kind: 'UNIFORM' } }],
    ['normalisation count', { normalisationCount: 2 }],
  ])('the memo key changes with the %s', (_n, patch) => {
    expect(weightDrawsKey({ ...spec, ...patch })).not.toBe(weightDrawsKey(spec));
  });

  it.each<[string, Partial<WeightDrawSpec>, string]>([
    ['no weights', { weights: [] }, 'EMPTY_SET'],
    ['all zero', { weights: [0, 0] }, 'INVALID_WEIGHTS'],
    ['negative', { weights: [1, -1] }, 'INVALID_WEIGHTS'],
    ['draws 0', { draws: 0 }, 'OUT_OF_RANGE'],
    ['no methods', { normalisationCount: 0 }, 'OUT_OF_RANGE'],
    ['bad concentration', { perturbation: { kind: 'DIRICHLET', concentration: 0 } }, 'OUT_OF_RANGE'],
  ])('%s -> %s', (_n, patch, code) => {
    expect(() => drawWeights({ ...spec, ...patch })).toThrow(expect.objectContaining({ code }));
  });
});
