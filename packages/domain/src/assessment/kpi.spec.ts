import fc from 'fast-check';
import { assessKpi, kpiAchievement, kpiProgress, kpiStatus } from './kpi';

describe('kpiAchievement and status', () => {
  it.each([
    [{ baseline: 10, target: 20, actual: 15 }, 0.5, 'AT_RISK'],
    [{ baseline: 10, target: 20, actual: 19 }, 0.9, 'ON_TRACK'],
    [{ baseline: 10, target: 20, actual: 25 }, 1.5, 'ON_TRACK'],
    [{ baseline: 10, target: 20, actual: 14 }, 0.4, 'OFF_TRACK'],
    [{ baseline: 10, target: 20, actual: 5 }, -0.5, 'OFF_TRACK'],
    [{ baseline: 10, target: 5, actual: 7 }, 0.6, 'AT_RISK'],
    [{ baseline: 0, target: 100, actual: 0 }, 0, 'OFF_TRACK'],
  ])('%j -> %d %s', (k, achievement, status) => {
    expect(kpiAchievement(k)).toBeCloseTo(achievement, 12);
    expect(assessKpi(k).status).toBe(status);
  });

  it('uses configurable thresholds', () => {
    expect(kpiStatus(0.8, { onTrack: 0.8, atRisk: 0.6 })).toBe('ON_TRACK');
    expect(kpiStatus(0.5, { onTrack: 0.8, atRisk: 0.6 })).toBe('OFF_TRACK');
    expect(() => kpiStatus(0.5, { onTrack: 0.5, atRisk: 0.8 })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });

  it.each([
    [{ baseline: 5, target: 5, actual: 7 }, 'ZERO_DENOMINATOR'],
    [{ baseline: NaN, target: 5, actual: 7 }, 'INVALID_NUMBER'],
    [{ baseline: 1, target: 5, actual: Infinity }, 'INVALID_NUMBER'],
  ])('%j -> %s', (k, code) => {
    expect(() => kpiAchievement(k)).toThrow(expect.objectContaining({ code }));
  });

  it('property: 0 at baseline, 1 at target, monotone towards the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), (baseline, target) => {
        fc.pre(baseline !== target);
        expect(kpiAchievement({ baseline, target, actual: baseline })).toBe(0);
        expect(kpiAchievement({ baseline, target, actual: target })).toBe(1);
        const mid = kpiAchievement({ baseline, target, actual: (baseline + target) / 2 });
        expect(mid).toBeCloseTo(0.5, 12);
      }),
    );
  });
});

describe('kpiProgress', () => {
  it('orders readings by date and reports the latest one', () => {
    const p = kpiProgress({
      baseline: 0,
      target: 40,
      readings: [
        { date: '2025-06-30', value: 30 },
        { date: '2025-03-31', value: 12 },
        { date: '2025-06-30', value: 38 },
      ],
    });
    expect(p.series.map((s) => s.value)).toEqual([12, 30, 38]);
    expect(p.latest).toEqual({ date: '2025-06-30', value: 38 });
    expect(p.achievement).toBeCloseTo(0.95, 12);
    expect(p.status).toBe('ON_TRACK');
  });

  it('has no achievement without readings', () => {
    expect(kpiProgress({ baseline: 1, target: 2, readings: [] })).toEqual({ latest: null, achievement: null, status: null, series: [] });
  });

  it('property: the latest achievement equals kpiAchievement on the last-dated reading', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: -50, max: 50 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: -100, max: 100 })), { minLength: 1, maxLength: 10 }),
        (baseline, target, rs) => {
          fc.pre(baseline !== target);
          const readings = rs.map(([d, v]) => ({ date: `2025-02-${String(d).padStart(2, '0')}`, value: v }));
          const p = kpiProgress({ baseline, target, readings });
          const maxDate = readings.map((r) => r.date).sort().at(-1)!;
          const last = readings.filter((r) => r.date === maxDate).at(-1)!;
          expect(p.achievement).toBe(kpiAchievement({ baseline, target, actual: last.value }));
        },
      ),
    );
  });
});
