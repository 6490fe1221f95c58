import { RIS_2021_GROUP_CUTOFFS, performanceGroup, type GroupCutoffs } from './performance-group';

describe('performanceGroup (RIS 2021)', () => {
  it.each([
    [200, 'LEADER', 'PLUS'],
    [144.8, 'LEADER', 'MIDDLE'],
    [140, 'LEADER', 'MIDDLE'],
    [125.01, 'LEADER', 'MINUS'],
    [125, 'STRONG', 'PLUS'],
    [110, 'STRONG', 'MIDDLE'],
    [100.5, 'STRONG', 'MINUS'],
    [100, 'MODERATE', 'PLUS'],
    [85, 'MODERATE', 'MIDDLE'],
    [70.1, 'MODERATE', 'MINUS'],
    [70, 'EMERGING', 'PLUS'],
    [40, 'EMERGING', 'MIDDLE'],
    [34.1, 'EMERGING', 'MINUS'],
    [0, 'EMERGING', 'MINUS'],
  ])('%d -> %s %s', (x, group, subgroup) => {
    expect(performanceGroup(x)).toEqual({ group, subgroup });
  });

  it('ships the twelve bands of the CSV, contiguous from top to bottom', () => {
    const b = RIS_2021_GROUP_CUTOFFS.bands;
    expect(b).toHaveLength(12);
    for (let i = 1; i < b.length; i++) expect(b[i]!.upper).toBe(b[i - 1]!.lower);
    expect(b[0]!.upper).toBeNull();
    expect(b[11]!.lower).toBeNull();
  });

  it('takes the cut-offs of another edition as data', () => {
    const cutoffs: GroupCutoffs = {
      edition: 'test',
      source: 'test',
      bands: [
        { group: 'LEADER', subgroup: 'MIDDLE', lower: 50, upper: null },
        { group: 'EMERGING', subgroup: 'MIDDLE', lower: 10, upper: 50 },
      ],
    };
    expect(performanceGroup(60, cutoffs)).toEqual({ group: 'LEADER', subgroup: 'MIDDLE' });
    expect(() => performanceGroup(5, cutoffs)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });

  it.each([
    [NaN, 'INVALID_NUMBER'],
    [Infinity, 'INVALID_NUMBER'],
    [-1, 'OUT_OF_RANGE'],
  ])('%d -> %s', (x, code) => {
    expect(() => performanceGroup(x)).toThrow(expect.objectContaining({ code }));
  });
});
