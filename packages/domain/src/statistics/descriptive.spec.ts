import fc from 'fast-check';
import { DomainError } from '../errors';
import { kurtosis, mean, median, quantile, skewness, standardDeviation, variance } from './descriptive';

// Expected values computed by hand with python3 from the textbook formulas (spreadsheet SKEW,
// KURT, STDEV.S and QUARTILE.INC use the same ones).
const pi11 = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];

describe('descriptive statistics (hand-computed)', () => {
  it.each([
    ['mean', mean([2, 4, 4, 4, 5, 5, 7, 9]), 5],
    ['sd', standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]), 2.138089935299395],
    ['variance', variance([1, 2, 3, 4]), 5 / 3],
    ['skew', skewness([2, 4, 4, 4, 5, 5, 7, 9]), 0.8184875533567997],
    ['kurt', kurtosis([2, 4, 4, 4, 5, 5, 7, 9]), 0.9406249999999998],
    ['skew outlier', skewness([1, 2, 3, 4, 100]), 2.2323959116364582],
    ['kurt outlier', kurtosis([1, 2, 3, 4, 100]), 4.98686595720066],
    ['mean pi', mean(pi11), 4],
    ['sd pi', standardDeviation(pi11), 2.3664319132398464],
    ['skew pi', skewness(pi11), 0.664049771572406],
    ['kurt pi', kurtosis(pi11), 0.650510204081634],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBeCloseTo(expected, 12);
  });

  it.each([
    [0, 1],
    [0.1, 1],
    [0.25, 2.5],
    [0.5, 4],
    [0.75, 5],
    [0.9, 6],
    [1, 9],
  ])('quantile type 7 of pi digits at p=%d is %d', (p, q) => {
    expect(quantile(pi11, p)).toBeCloseTo(q, 12);
  });

  it.each([
    [[1, 2, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4], 0.75, 3.25],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[10], 0.3, 10],
    [[1, null, 2, null, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1, 1.9],
  ])('QUARTILE.INC(%j, %d) = %d', (xs, p, q) => {
    expect(quantile(xs, p)).toBeCloseTo(q, 12);
  });

  it('skips missing values rather than reading them as zero', () => {
    expect(mean([1, null, 3])).toBe(2);
    expect(median([5, null, 1, 3])).toBe(3);
    expect(standardDeviation([2, null, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138089935299395, 12);
  });

  it('defines skewness and kurtosis of a constant series as 0', () => {
    expect(skewness([3, 3, 3])).toBe(0);
    expect(kurtosis([3, 3, 3, 3])).toBe(0);
  });
});

describe('descriptive statistics (errors)', () => {
  it.each([
    ['mean of nothing', () => mean([]), 'EMPTY_SET'],
    ['mean of only missing', () => mean([null, null]), 'EMPTY_SET'],
    ['sd of one value', () => standardDeviation([1]), 'TOO_FEW_VALUES'],
    ['skewness of two', () => skewness([1, 2]), 'TOO_FEW_VALUES'],
    ['kurtosis of three', () => kurtosis([1, 2, 3]), 'TOO_FEW_VALUES'],
    ['NaN', () => mean([1, NaN]), 'INVALID_NUMBER'],
    ['Infinity', () => quantile([1, Infinity], 0.5), 'INVALID_NUMBER'],
    ['p > 1', () => quantile([1, 2], 1.5), 'OUT_OF_RANGE'],
    ['p < 0', () => quantile([1, 2], -0.1), 'OUT_OF_RANGE'],
    ['p NaN', () => quantile([1, 2], NaN), 'INVALID_NUMBER'],
  ])('%s -> %s', (_name, fn, code) => {
    expect(fn).toThrow(DomainError);
    try {
      fn();
    } catch (e) {
      expect((e as DomainError).code).toBe(code);
    }
  });
});

describe('descriptive statistics (properties)', () => {
  const series = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 });

  it('quantile is monotone in p and bounded by min and max', () => {
    fc.assert(
      fc.property(series, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p1, p2) => {
        const [a, b] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const qa = quantile(xs, a);
        const qb = quantile(xs, b);
        expect(qa).toBeLessThanOrEqual(qb + 1e-9);
        expect(qa).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-9);
        expect(qb).toBeLessThanOrEqual(Math.max(...xs) + 1e-9);
      }),
    );
  });

  it('skewness changes sign when the series is mirrored', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 40 }), (xs) => {
        expect(skewness(xs.map((x) => -x))).toBeCloseTo(-skewness(xs), 8);
      }),
    );
  });

  it('standard deviation is translation invariant and non-negative', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 }), fc.integer({ min: -1000, max: 1000 }), (xs, c) => {
        const s = standardDeviation(xs);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(standardDeviation(xs.map((x) => x + c))).toBeCloseTo(s, 8);
      }),
    );
  });
});
