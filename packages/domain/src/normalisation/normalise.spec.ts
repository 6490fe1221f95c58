import fc from 'fast-check';
import type { Polarity } from '../indicator';
import { distanceToReference, goalposts, minMax, normalise, rank, rankScores, zScores, type NormalisationMethod } from './normalise';

// Values as data carry them (two decimals); denormal doubles are not indicator values.
const value = fc.integer({ min: -1e8, max: 1e8 }).map((x) => x / 100);
const series = fc.array(fc.option(value, { nil: null, freq: 5 }), { minLength: 1, maxLength: 40 });

describe('goalposts (DOMAIN.md 4.2 worked checks)', () => {
  it.each<[number, Polarity, number]>([
    [1, 'HIGHER_IS_BETTER', 0.1],
    [11, 'HIGHER_IS_BETTER', 1],
    [-1, 'HIGHER_IS_BETTER', 0],
    [1, 'LOWER_IS_BETTER', 0.9],
    [5, 'HIGHER_IS_BETTER', 0.5],
  ])('%d with lo 0, hi 10, %s -> %d', (x, polarity, y) => {
    expect(goalposts([x], { lo: 0, hi: 10, polarity })[0]).toBeCloseTo(y, 12);
  });

  it('keeps missing and rejects lo >= hi', () => {
    expect(goalposts([null, 5], { lo: 0, hi: 10 })).toEqual([null, 0.5]);
    expect(() => goalposts([1], { lo: 1, hi: 1 })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });
});

describe('minMax', () => {
  it.each<[string, (number | null)[], Parameters<typeof minMax>[1], (number | null)[]]>([
    ['default', [2, 4, 6], {}, [0, 0.5, 1]],
    ['reversed', [2, 4, 6], { polarity: 'LOWER_IS_BETTER' }, [1, 0.5, 0]],
    ['range 0..100', [2, 4, 6], { range: [0, 100] }, [0, 50, 100]],
    ['reversed range 1..5', [0, 10], { range: [1, 5], polarity: 'LOWER_IS_BETTER' }, [5, 1]],
    ['missing', [1, null, 3], {}, [0, null, 1]],
    ['constant -> midpoint', [7, 7, 7], {}, [0.5, 0.5, 0.5]],
    ['constant range 0..100 -> 50', [7, null], { range: [0, 100] }, [50, null]],
    ['bounds clamp', [-5, 5, 15], { bounds: { min: 0, max: 10 } }, [0, 0.5, 1]],
    ['all missing', [null, null], {}, [null, null]],
  ])('%s', (_n, xs, opts, expected) => {
    expect(minMax(xs, opts)).toEqual(expected);
  });

  it.each([
    [() => minMax([1, NaN]), 'INVALID_NUMBER'],
    [() => minMax([1, 2], { range: [1, 0] }), 'OUT_OF_RANGE'],
    [() => minMax([1, 2], { bounds: { min: 2, max: 1 } }), 'OUT_OF_RANGE'],
  ])('rejects invalid input %#', (fn, code) => {
    expect(fn).toThrow(expect.objectContaining({ code }));
  });

  it('property: scores stay in range and missing stays missing', () => {
    fc.assert(
      fc.property(series, fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0.001, max: 100, noNaN: true }), (xs, a, width) => {
        const out = minMax(xs, { range: [a, a + width] });
        out.forEach((y, i) => {
          expect(y === null).toBe(xs[i] === null);
          if (y !== null) {
            expect(y).toBeGreaterThanOrEqual(a - 1e-9);
            expect(y).toBeLessThanOrEqual(a + width + 1e-9);
          }
        });
      }),
    );
  });

  it('property: reversing polarity reverses the order', () => {
    fc.assert(
      fc.property(series, (xs) => {
        const up = minMax(xs);
        const down = minMax(xs, { polarity: 'LOWER_IS_BETTER' });
        for (let i = 0; i < xs.length; i++)
          for (let j = 0; j < xs.length; j++) {
            const [xi, xj] = [xs[i], xs[j]];
            if (xi === null || xj === null || xi === xj) continue;
            expect(Math.sign((up[i] as number) - (up[j] as number))).toBe(-Math.sign((down[i] as number) - (down[j] as number)));
          }
      }),
    );
  });
});

describe('zScores', () => {
  it.each<[(number | null)[], Polarity, (number | null)[]]>([
    [[1, 2, 3], 'HIGHER_IS_BETTER', [-1, 0, 1]],
    [[1, 2, 3], 'LOWER_IS_BETTER', [1, 0, -1]],
    [[1, null, 3], 'HIGHER_IS_BETTER', [-Math.SQRT1_2, null, Math.SQRT1_2]],
    [[4, 4], 'HIGHER_IS_BETTER', [0, 0]],
    [[4], 'HIGHER_IS_BETTER', [0]],
  ])('%j %s', (xs, polarity, expected) => {
    zScores(xs, { polarity }).forEach((z, i) => {
      const e = expected[i];
      if (e === null || e === undefined) expect(z).toBeNull();
      else expect(z).toBeCloseTo(e, 12);
    });
  });

  it('property: mean 0 and sd 1 when there is spread', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }), (xs) => {
        fc.pre(new Set(xs).size > 1);
        const z = zScores(xs) as number[];
        const m = z.reduce((a, b) => a + b, 0) / z.length;
        const v = z.reduce((a, b) => a + (b - m) ** 2, 0) / (z.length - 1);
        expect(m).toBeCloseTo(0, 9);
        expect(v).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('distanceToReference', () => {
  it.each<[number[], number, Polarity, number[]]>([
    [[50, 100, 150], 100, 'HIGHER_IS_BETTER', [0.5, 1, 1.5]],
    [[50, 100, 150], 100, 'LOWER_IS_BETTER', [1.5, 1, 0.5]],
  ])('%j / %d (%s)', (xs, reference, polarity, expected) => {
    expect(distanceToReference(xs, { reference, polarity })).toEqual(expected);
  });

  it('rejects a zero reference', () => {
    expect(() => distanceToReference([1], { reference: 0 })).toThrow(expect.objectContaining({ code: 'ZERO_DENOMINATOR' }));
  });
});

describe('rank', () => {
  it.each<[(number | null)[], Parameters<typeof rank>[1], (number | null)[]]>([
    [[10, 30, 20], {}, [3, 1, 2]],
    [[10, 30, 20], { polarity: 'LOWER_IS_BETTER' }, [1, 3, 2]],
    [[10, 20, 20, 5], {}, [3, 1.5, 1.5, 4]],
    [[10, 20, 20, 5], { ties: 'MIN' }, [3, 1, 1, 4]],
    [[10, 20, 20, 5], { ties: 'ORDINAL' }, [3, 1, 2, 4]],
    [[null, 1, 2], {}, [null, 2, 1]],
  ])('%j %j', (xs, opts, expected) => {
    expect(rank(xs, opts)).toEqual(expected);
  });

  it('property: ordinal ranks are a permutation of 1..n, and reversing polarity reverses them', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }), (xs) => {
        const r = rank(xs, { ties: 'ORDINAL' }) as number[];
        expect([...r].sort((a, b) => a - b)).toEqual(xs.map((_, i) => i + 1));
        const distinct = new Set(xs).size === xs.length;
        if (distinct) {
          const rr = rank(xs, { polarity: 'LOWER_IS_BETTER', ties: 'ORDINAL' }) as number[];
          r.forEach((x, i) => expect(rr[i]).toBe(xs.length + 1 - x));
        }
      }),
    );
  });

  it('property: average ranks sum to n(n+1)/2', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }), (xs) => {
        const r = rank(xs) as number[];
        expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo((xs.length * (xs.length + 1)) / 2, 9);
      }),
    );
  });

  it('rankScores maps best to 1 and worst to 0; a single value to 0.5', () => {
    expect(rankScores([10, 30, 20])).toEqual([0, 1, 0.5]);
    expect(rankScores([10])).toEqual([0.5]);
  });
});

describe('normalise (by name)', () => {
  it.each<[NormalisationMethod, number[]]>([
    ['MIN_MAX', [0, 0.5, 1]],
    ['Z_SCORE', [-1, 0, 1]],
    ['RANK', [0, 0.5, 1]],
    ['DISTANCE_TO_MEAN', [0.5, 1, 1.5]],
  ])('%s', (method, expected) => {
    normalise([1, 2, 3], method).forEach((y, i) => expect(y).toBeCloseTo(expected[i] as number, 12));
  });

  it('property: every method keeps the order for HIGHER and reverses it for LOWER', () => {
    const methods: NormalisationMethod[] = ['MIN_MAX', 'Z_SCORE', 'RANK', 'DISTANCE_TO_MEAN'];
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 20 }), fc.constantFrom(...methods), (xs, method) => {
        const up = normalise(xs, method) as number[];
        const down = normalise(xs, method, 'LOWER_IS_BETTER') as number[];
        for (let i = 1; i < xs.length; i++) {
          const d = Math.sign((xs[i] as number) - (xs[0] as number));
          expect(Math.sign((up[i] as number) - (up[0] as number))).toBe(d);
          expect(Math.sign((down[i] as number) - (down[0] as number))).toBe(-d);
        }
      }),
    );
  });
});
