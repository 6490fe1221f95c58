import { compareSelfAssessment, selfAssessmentChange, summariseSelfAssessment, type SelfAssessment } from './self-assessment';

const own: SelfAssessment = {
  ANALYSIS: { REGIONAL_ASSETS: 4, OUTWARD_DIMENSION: 2, ENTREPRENEURIAL_DYNAMICS: 3 },
  GOVERNANCE: { STRUCTURE: 0, BROAD_PARTICIPATION: 5 },
};

describe('self-assessment wheel', () => {
  it('summarises each step', () => {
    const s = summariseSelfAssessment(own);
    expect(s.steps[0]).toEqual({ step: 'ANALYSIS', mean: 3, min: 2, max: 4, scored: 3, noInformation: 0 });
    expect(s.steps[1]).toEqual({ step: 'GOVERNANCE', mean: 2.5, min: 0, max: 5, scored: 2, noInformation: 1 });
    expect(s.steps[2]!.mean).toBeNull();
    expect(s.overall).toBeCloseTo(14 / 5, 12);
    expect(s.completeness).toBeCloseTo(5 / 18, 12);
  });

  it('compares with peers and over time', () => {
    const peers: SelfAssessment[] = [{ ANALYSIS: { REGIONAL_ASSETS: 1 } }, { ANALYSIS: { REGIONAL_ASSETS: 2 } }, { ANALYSIS: { REGIONAL_ASSETS: 5 } }];
    const c = compareSelfAssessment(own, peers);
    expect(c[0]).toEqual({ step: 'ANALYSIS', own: 3, peerMean: 8 / 3, peerMedian: 2, peerCount: 3, gap: 3 - 8 / 3 });
    expect(c[1]).toMatchObject({ step: 'GOVERNANCE', own: 2.5, peerMean: null, gap: null });
    const d = selfAssessmentChange(own, { ...own, ANALYSIS: { REGIONAL_ASSETS: 5, OUTWARD_DIMENSION: 5, ENTREPRENEURIAL_DYNAMICS: 5 } });
    expect(d[0]).toEqual({ step: 'ANALYSIS', before: 3, after: 5, change: 2 });
    expect(d[1]!.change).toBe(0);
  });

  it.each<[SelfAssessment, string]>([
    [{ ANALYSIS: { REGIONAL_ASSETS: 6 } }, 'OUT_OF_RANGE'],
    [{ ANALYSIS: { REGIONAL_ASSETS: 2.5 } }, 'OUT_OF_RANGE'],
    [{ ANALYSIS: { NOPE: 2 } }, 'INVALID_ARGUMENT'],
    [{ NOPE: { X: 1 } } as unknown as SelfAssessment, 'INVALID_ARGUMENT'],
  ])('rejects %j', (a, code) => {
    expect(() => summariseSelfAssessment(a)).toThrow(expect.objectContaining({ code }));
  });
});
