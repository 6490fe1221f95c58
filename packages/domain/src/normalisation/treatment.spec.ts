import fc from 'fast-check';
import { DomainError } from '../errors';
import { kurtosis, skewness } from '../statistics';
import { applyTransform, logTransform, sqrtTransform, winsorise } from './treatment';

// 40 ordinary values and a heavy upper tail. Skew/kurtosis after capping the top k values
// (python3, textbook formulas): k=0 4.99/26.6, 1 3.91/14.9, 2 3.26/9.54, 3 2.79/6.34,
// 4 2.45/4.39, 5 2.06/2.76 -> the JRC rule keeps going until maxPoints (5) is reached.
const tail = [...Array.from({ length: 40 }, (_, i) => (i % 5) + 10), 30, 60, 120, 250, 500, 1000];

describe('winsorise', () => {
  it.each([
    ['one outlier', [1, 2, 3, 4, 100], {}, [1, 2, 3, 4, 4], [4]],
    ['low outlier', [10, 9, 8, 9, 10, 11, 10, 9, -200], {}, [10, 9, 8, 9, 10, 11, 10, 9, 8], [8]],
    ['nothing to treat', [1, 2, 3, 4, 5], {}, [1, 2, 3, 4, 5], []],
    ['too few values', [1, 2, 1000], {}, [1, 2, 1000], []],
    ['missing stays missing', [1, null, 2, 3, 4, 100], {}, [1, null, 2, 3, 4, 4], [5]],
    ['maxPoints 0', [1, 2, 3, 4, 100], { maxPoints: 0 }, [1, 2, 3, 4, 100], []],
  ])('%s', (_n, input, opts, values, changed) => {
    expect(winsorise(input, opts)).toEqual({ values, changed });
  });

  it('treats a heavy tail point by point, up to 5 points', () => {
    const r = winsorise(tail);
    expect(r.changed).toEqual([45, 44, 43, 42, 41]);
    expect(r.values.slice(40)).toEqual([30, 30, 30, 30, 30, 30]);
    expect(r.values.slice(0, 40)).toEqual(tail.slice(0, 40));
  });

  it('stops at maxPoints', () => {
    const r = winsorise(tail, { maxPoints: 3 });
    expect(r.changed).toEqual([45, 44, 43]);
    expect(r.values.slice(40)).toEqual([30, 60, 120, 120, 120, 120]);
  });

  it('stops once the rule passes (looser limits treat fewer points)', () => {
    const r = winsorise(tail, { skewLimit: 3, kurtosisLimit: 3.5 });
    // k=2 gives skew 3.26 > 3 still; k=3 gives 2.79 -> 3 points
    expect(r.changed).toHaveLength(3);
  });

  it('rejects invalid values', () => {
    expect(() => winsorise([1, NaN, 2, 3])).toThrow(DomainError);
    expect(() => winsorise([1, 2, 3, 4], { maxPoints: -1 })).toThrow(DomainError);
  });

  it('property: never changes more than maxPoints, keeps missing, and ends below the limits or at maxPoints', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -1000, max: 100000 }), { nil: null }), { minLength: 0, maxLength: 40 }),
        fc.integer({ min: 0, max: 6 }),
        (xs, maxPoints) => {
          const r = winsorise(xs, { maxPoints });
          expect(r.changed.length).toBeLessThanOrEqual(maxPoints);
          expect(new Set(r.changed).size).toBe(r.changed.length);
          xs.forEach((x, i) => expect(r.values[i] === null).toBe(x === null));
          const present = r.values.filter((v) => v !== null);
          if (present.length >= 4 && r.changed.length < maxPoints && r.changed.length < present.length - 2) {
            expect(Math.abs(skewness(r.values)) > 2 && kurtosis(r.values) > 3.5).toBe(false);
          }
          // untouched positions keep their values
          xs.forEach((x, i) => {
            if (!r.changed.includes(i) && x !== null) {
              const v = r.values[i] as number;
              const lo = Math.min(...present);
              const hi = Math.max(...present);
              expect(v === x || (v >= lo && v <= hi)).toBe(true);
            }
          });
        },
      ),
    );
  });
});

describe('transforms', () => {
  it.each([
    ['sqrt', sqrtTransform([4, null, 0, 2.25]), [2, null, 0, 1.5]],
    ['log', logTransform([1, Math.E, null]), [0, 1, null]],
    ['NONE', applyTransform([1, null], 'NONE'), [1, null]],
    ['SQRT', applyTransform([9], 'SQRT'), [3]],
    ['LOG', applyTransform([1], 'LOG'), [0]],
  ])('%s', (_n, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it.each([
    [() => sqrtTransform([-1]), 'OUT_OF_RANGE'],
    [() => logTransform([0]), 'OUT_OF_RANGE'],
    [() => applyTransform([Infinity], 'NONE'), 'INVALID_NUMBER'],
  ])('rejects invalid input %#', (fn, code) => {
    expect(fn).toThrow(expect.objectContaining({ code }));
  });
});
