import fc from 'fast-check';
import { rankPeerMatches } from './matchmaking';

const gaps = [
  { code: 'BERD', polarity: 'HIGHER_IS_BETTER' as const },
  { code: 'UNEMP', polarity: 'LOWER_IS_BETTER' as const },
];

describe('rankPeerMatches', () => {
  it('suggests only candidates better on a gap, ranked by how many gaps, then advantage, then distance', () => {
    const r = rankPeerMatches({
      targetValues: { BERD: 100, UNEMP: 10 },
      gaps,
      candidates: [
        { code: 'A', distance: 0.5, values: { BERD: 300, UNEMP: 6 } }, // better on both
        { code: 'B', distance: 0.2, values: { BERD: 200, UNEMP: 12 } }, // better on BERD only
        { code: 'C', distance: 0.1, values: { BERD: 50, UNEMP: 14 } }, // worse on both
        { code: 'D', distance: 0.3, values: { BERD: 200, UNEMP: null } }, // better on BERD, no UNEMP
        { code: 'E', distance: 0.4, values: {} },
      ],
    });
    expect(r.map((m) => [m.code, m.rank])).toEqual([
      ['A', 1],
      ['D', 2],
      ['B', 3],
    ]);
    expect(r[0]!.betterOn.map((a) => a.indicator)).toEqual(['BERD', 'UNEMP']);
    expect(r[0]!.betterOn[0]).toEqual({ indicator: 'BERD', value: 300, targetValue: 100, advantage: 200 / 250 });
    expect(r[0]!.betterOn[1]!.advantage).toBeCloseTo(4 / 8, 12);
  });

  it('breaks ties by distance', () => {
    const r = rankPeerMatches({
      targetValues: { BERD: 1 },
      gaps: [gaps[0]!],
      candidates: [
        { code: 'far', distance: 0.9, values: { BERD: 2 } },
        { code: 'near', distance: 0.1, values: { BERD: 2 } },
      ],
    });
    expect(r.map((m) => m.code)).toEqual(['near', 'far']);
  });

  it('refuses an empty gap list', () => {
    expect(() => rankPeerMatches({ targetValues: {}, gaps: [], candidates: [] })).toThrow(expect.objectContaining({ code: 'EMPTY_SET' }));
  });

  it('property: every suggestion is better than the target on each indicator it lists, and ranks are 1..n', () => {
    const value = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
    fc.assert(
      fc.property(value, value, fc.array(fc.tuple(value, value, fc.double({ min: 0, max: 5, noNaN: true })), { maxLength: 8 }), (tb, tu, cands) => {
        const r = rankPeerMatches({
          targetValues: { BERD: tb, UNEMP: tu },
          gaps,
          candidates: cands.map(([b, u, d], i) => ({ code: `R${i}`, distance: d, values: { BERD: b, UNEMP: u } })),
        });
        expect(r.map((m) => m.rank)).toEqual(r.map((_m, i) => i + 1));
        for (const m of r) {
          expect(m.betterOn.length).toBeGreaterThan(0);
          for (const a of m.betterOn) {
            if (a.indicator === 'BERD') expect(a.value).toBeGreaterThan(a.targetValue);
            else expect(a.value).toBeLessThan(a.targetValue);
          }
        }
        for (let i = 1; i < r.length; i++) expect(r[i - 1]!.betterOn.length).toBeGreaterThanOrEqual(r[i]!.betterOn.length);
      }),
    );
  });
});
