import { dirichletDraw, gammaDraw, mulberry32 } from './random';

describe('mulberry32', () => {
  it('replays the same sequence for the same seed and differs across seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(sa);
  });

  it('stays in [0, 1) with a mean near 1/2', () => {
    const r = mulberry32(7);
    let s = 0;
    for (let i = 0; i < 20000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
      s += x;
    }
    expect(s / 20000).toBeCloseTo(0.5, 1);
  });
});

describe('gamma and Dirichlet draws', () => {
  it.each([0.5, 1, 3, 10])('Gamma(%d) has mean near its shape', (shape) => {
    const r = mulberry32(1);
    let s = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) s += gammaDraw(r, shape);
    expect(Math.abs(s / n - shape) / shape).toBeLessThan(0.05);
  });

  it('Dirichlet draws sum to 1 and are positive', () => {
    const r = mulberry32(3);
    const out = new Float64Array(4);
    for (let i = 0; i < 100; i++) {
      dirichletDraw(r, [1, 2, 3, 4], out);
      expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(Math.min(...out)).toBeGreaterThan(0);
    }
  });
});
