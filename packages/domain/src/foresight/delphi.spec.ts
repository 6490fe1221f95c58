import fc from 'fast-check';
import { evaluateConsensus, roundStability, roundStatistics } from './delphi';

const five = { min: 1, max: 5 };

describe('roundStatistics', () => {
  it.each([
    [[1, 2, 3, 4, 5], { n: 5, median: 3, q1: 2, q3: 4, iqr: 2, mean: 3, sd: 1.5811388300841898, topShare: 0.4 }],
    [[4, 4, 5, 5, 4, 3], { n: 6, median: 4, q1: 4, q3: 4.75, iqr: 0.75, mean: 25 / 6, sd: 0.752772652709081, topShare: 5 / 6 }],
    [[5], { n: 1, median: 5, q1: 5, q3: 5, iqr: 0, mean: 5, sd: 0, topShare: 1 }],
  ])('%j', (responses, expected) => {
    const s = roundStatistics(responses, five);
    for (const [k, v] of Object.entries(expected)) expect(s[k as keyof typeof s]).toBeCloseTo(v, 12);
  });

  it('counts the configured number of top categories', () => {
    expect(roundStatistics([3, 4, 5], { min: 1, max: 5, top: 1 }).topShare).toBeCloseTo(1 / 3, 12);
    expect(roundStatistics([3, 4, 5], { min: 1, max: 5, top: 3 }).topShare).toBe(1);
  });

  it.each<[number[], { min: number; max: number; top?: number }, string]>([
    [[], five, 'EMPTY_SET'],
    [[0, 3], five, 'OUT_OF_RANGE'],
    [[6], five, 'OUT_OF_RANGE'],
    [[NaN], five, 'INVALID_NUMBER'],
    [[3], { min: 5, max: 1 }, 'OUT_OF_RANGE'],
    [[3], { min: 1, max: 5, top: 0 }, 'OUT_OF_RANGE'],
  ])('%j on %j -> %s', (r, scale, code) => {
    expect(() => roundStatistics(r, scale)).toThrow(expect.objectContaining({ code }));
  });

  it('property: q1 <= median <= q3 within the scale, topShare in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 60 }), (r) => {
        const s = roundStatistics(r, { min: 1, max: 7 });
        expect(s.q1).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.q3);
        expect(s.q1).toBeGreaterThanOrEqual(1);
        expect(s.q3).toBeLessThanOrEqual(7);
        expect(s.topShare).toBeGreaterThanOrEqual(0);
        expect(s.topShare).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('evaluateConsensus', () => {
  const agreed = roundStatistics([4, 4, 5, 5, 4, 3], five); // iqr 0.75, top 5/6
  const split = roundStatistics([1, 2, 3, 4, 5], five); // iqr 2, top 0.4

  it.each([
    ['both hold', agreed, { maxIqr: 1, minTopShare: 0.51 }, true],
    ['iqr fails', split, { maxIqr: 1, minTopShare: 0.51 }, false],
    ['ANY: one holds', roundStatistics([1, 1, 1, 5, 5, 5], five), { maxIqr: 1, minTopShare: 0.5, combine: 'ANY' as const }, true],
    ['ALL: one fails', roundStatistics([1, 1, 1, 5, 5, 5], five), { maxIqr: 1, minTopShare: 0.5 }, false],
    ['sd', agreed, { maxSd: 0.5 }, false],
    ['too few responses', agreed, { maxIqr: 1, minResponses: 10 }, false],
  ])('%s', (_n, stats, rule, consensus) => {
    expect(evaluateConsensus(stats, rule).consensus).toBe(consensus);
  });

  it('reports each criterion and refuses an empty rule', () => {
    expect(evaluateConsensus(agreed, { maxIqr: 1, minTopShare: 0.51 }).criteria).toEqual([
      { criterion: 'MAX_IQR', value: 0.75, threshold: 1, met: true },
      { criterion: 'MIN_TOP_SHARE', value: 5 / 6, threshold: 0.51, met: true },
    ]);
    expect(() => evaluateConsensus(agreed, {})).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('roundStability', () => {
  it('measures change between rounds', () => {
    const s = roundStability([1, 2, 3, 4, 5], [3, 3, 3, 4, 4], five);
    expect(s.medianChange).toBe(0);
    expect(s.iqrChange).toBe(-1);
    expect(s.meanChange).toBeCloseTo(0.4, 12);
    expect(s.shareChanged).toBeNull();
    expect(s.stable).toBe(false); // CV drops from 0.527 to 0.161
  });

  it('counts panellists who changed their answer when responses are keyed', () => {
    const s = roundStability({ a: 4, b: 4, c: 5, d: 2 }, { a: 4, b: 4, c: 5, d: 3, e: 5 }, five);
    expect(s.shareChanged).toBe(0.25);
    expect(s.stable).toBe(false);
    expect(roundStability({ a: 4, b: 4, c: 5, d: 4 }, { a: 4, b: 4, c: 5, d: 4 }, five)).toMatchObject({ shareChanged: 0, stable: true, cvChange: 0 });
  });
});
