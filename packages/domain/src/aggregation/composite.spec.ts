import fc from 'fast-check';
import { compositeIndex, coverage } from './composite';

describe('compositeIndex', () => {
  it.each<[string, (number | null)[], Parameters<typeof compositeIndex>[1], number | null]>([
    ['equal weights', [0.2, 0.4, 0.6], {}, 0.4],
    ['custom weights', [0, 1], { weights: [1, 3] }, 0.75],
    ['geometric', [0.25, 1], { method: 'GEOMETRIC' }, 0.5],
    ['geometric weighted', [0.25, 1, 1], { method: 'GEOMETRIC', weights: [2, 1, 1] }, 0.5],
    ['geometric with a zero', [0, 1], { method: 'GEOMETRIC' }, 0],
    ['missing re-weighted', [0.2, null, 0.6, 0.4], {}, 0.4],
    ['coverage exactly 0.75 passes', [0.2, null, 0.6, 0.4], { minCoverage: 0.75 }, 0.4],
    ['coverage below -> null', [0.2, null, null, 0.4], {}, null],
    ['coverage by weight', [0.2, null, null], { weights: [8, 1, 1] }, 0.2],
    ['minCoverage 0 and nothing present -> null', [null], { minCoverage: 0 }, null],
  ])('%s', (_n, scores, opts, expected) => {
    const c = compositeIndex(scores, opts);
    if (expected === null) expect(c).toBeNull();
    else expect(c).toBeCloseTo(expected, 12);
  });

  it.each<[() => unknown, string]>([
    [() => compositeIndex([]), 'EMPTY_SET'],
    [() => compositeIndex([1, 2], { weights: [1] }), 'LENGTH_MISMATCH'],
    [() => compositeIndex([1, 2], { weights: [1, -1] }), 'INVALID_WEIGHTS'],
    [() => compositeIndex([1, 2], { weights: [0, 0] }), 'INVALID_WEIGHTS'],
    [() => compositeIndex([1, NaN]), 'INVALID_NUMBER'],
    [() => compositeIndex([-1, 2], { method: 'GEOMETRIC' }), 'OUT_OF_RANGE'],
    [() => compositeIndex([1], { minCoverage: 2 }), 'OUT_OF_RANGE'],
  ])('rejects invalid input %#', (fn, code) => {
    expect(fn).toThrow(expect.objectContaining({ code }));
  });

  it('property: the composite of identical scores is that score (any weights, either method)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('ARITHMETIC' as const, 'GEOMETRIC' as const),
        (s, weights, method) => {
          expect(compositeIndex(weights.map(() => s), { weights, method })).toBeCloseTo(s, 6);
        },
      ),
    );
  });

  it('property: the composite lies between the smallest and largest present score, geometric <= arithmetic', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }), (scores) => {
        const a = compositeIndex(scores) as number;
        const g = compositeIndex(scores, { method: 'GEOMETRIC' }) as number;
        expect(a).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-12);
        expect(a).toBeLessThanOrEqual(Math.max(...scores) + 1e-12);
        expect(g).toBeLessThanOrEqual(a + 1e-12);
      }),
    );
  });

  it('coverage is the present share of weight', () => {
    expect(coverage([1, null, 2, null])).toBe(0.5);
    expect(coverage([1, null], [3, 1])).toBe(0.75);
  });
});
