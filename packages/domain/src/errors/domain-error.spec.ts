import { DOMAIN_ERROR_CODES, DomainError, isDomainError } from './domain-error';
import * as domain from '../index';

describe('DomainError', () => {
  it('carries a code from the exported union', () => {
    const e = new DomainError('EMPTY_SET', 'nothing', { n: 0 });
    expect(e).toBeInstanceOf(Error);
    expect(isDomainError(e)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(e.code).toBe('EMPTY_SET');
    expect(e.name).toBe('DomainError');
    expect(DOMAIN_ERROR_CODES).toContain(e.code);
  });

  it('exports the contract from the package root', () => {
    for (const name of ['quantile', 'skewness', 'mean', 'standardDeviation', 'kurtosis', 'winsorise', 'minMax', 'goalposts', 'performanceGroup', 'locationQuotient', 'referenceRegions', 'roundStatistics', 'kpiAchievement', 'benchmarkProfile', 'rankUncertainty', 'distanceMatrix', 'clusterStars', 'compositeIndex', 'transition', 'availableTransitions']) {
      expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
