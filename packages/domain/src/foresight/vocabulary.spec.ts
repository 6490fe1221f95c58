import { evaluateConsensus, roundStatistics } from './delphi';
import { defaultConsensusRule, outsideInterquartileRange, valueDistribution } from './vocabulary';

describe('foresight vocabulary', () => {
  it('counts the distribution by value', () => {
    expect(valueDistribution([4, 5, 4, 2])).toEqual([
      [2, 1],
      [4, 2],
      [5, 1],
    ]);
  });

  it.each([
    [[4, 4, 5, 5, 4], true],
    [[1, 3, 5, 2, 4], false],
  ])('the default rule on %j gives consensus %s', (values, expected) => {
    const stats = roundStatistics(values, { min: 1, max: 5 });
    expect(evaluateConsensus(stats, defaultConsensusRule('PROBABILITY')).consensus).toBe(expected);
  });

  it('asks for a reason only outside the IQR', () => {
    expect(outsideInterquartileRange(3, { q1: 3, q3: 4 })).toBe(false);
    expect(outsideInterquartileRange(5, { q1: 3, q3: 4 })).toBe(true);
  });
});
