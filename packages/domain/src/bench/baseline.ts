/**
 * Plain, object-based implementations of the benchmarked computations, written the way one would
 * first write them: records keyed by indicator code, arrays of objects, re-normalising inside the
 * loop. They are the yardstick for the optimised engine, run in the same process.
 */
import type { SimilarityDimension, StructuralSubject } from '../benchmarking';

export function naiveDistanceMatrix(subjects: readonly StructuralSubject[], dimensions: readonly SimilarityDimension[]): number[][] {
  const indicators = dimensions.flatMap((d) => d.indicators);
  const z: Record<string, Record<string, number | null>> = {};
  for (const s of subjects) z[s.code] = {};
  for (const ind of indicators) {
    const present = subjects.map((s) => s.values[ind]).filter((v): v is number => v !== null && v !== undefined);
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / (present.length - 1));
    for (const s of subjects) {
      const v = s.values[ind];
      z[s.code]![ind] = v === null || v === undefined ? null : sd > 0 ? (v - mean) / sd : 0;
    }
  }
  return subjects.map((a) =>
    subjects.map((b) => {
      let acc = 0;
      let wsum = 0;
      for (const d of dimensions) {
        const diffs: number[] = [];
        for (const ind of d.indicators) {
          const za = z[a.code]![ind];
          const zb = z[b.code]![ind];
          if (za !== null && za !== undefined && zb !== null && zb !== undefined) diffs.push((za - zb) ** 2);
        }
        if (diffs.length === 0) continue;
        const w = d.weight ?? 1;
        acc += w * Math.sqrt(diffs.reduce((x, y) => x + y, 0) / diffs.length);
        wsum += w;
      }
      return wsum > 0 ? acc / wsum : Infinity;
    }),
  );
}

type Row = { code: string; values: Record<string, number | null> };

function naiveNormalise(rows: readonly Row[], ind: string, method: string): Record<string, number | null> {
  const present = rows.map((r) => r.values[ind]).filter((v): v is number => v !== null && v !== undefined);
  const out: Record<string, number | null> = {};
  const min = Math.min(...present);
  const max = Math.max(...present);
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / (present.length - 1));
  const sorted = [...present].sort((a, b) => a - b);
  for (const r of rows) {
    const v = r.values[ind];
    if (v === null || v === undefined) out[r.code] = null;
    else if (method === 'MIN_MAX') out[r.code] = max > min ? (v - min) / (max - min) : 0.5;
    else if (method === 'Z_SCORE') out[r.code] = sd > 0 ? (v - mean) / sd : 0;
    else {
      const below = sorted.filter((x) => x < v).length;
      const same = sorted.filter((x) => x === v).length;
      out[r.code] = sorted.length > 1 ? (below + (same - 1) / 2) / (sorted.length - 1) : 0.5;
    }
  }
  return out;
}

/** Naive Monte Carlo: every draw re-normalises, builds objects and sorts them. */
export function naiveRankUncertainty(
  rows: readonly Row[],
  indicators: readonly string[],
  draws: number,
  random: () => number,
): { code: string; median: number; p05: number; p95: number }[] {
  const methods = ['MIN_MAX', 'Z_SCORE', 'RANK'];
  const ranks: Record<string, number[]> = {};
  for (const r of rows) ranks[r.code] = [];
  for (let d = 0; d < draws; d++) {
    const raw = indicators.map(() => -Math.log(1 - random()));
    const total = raw.reduce((a, b) => a + b, 0);
    const weights: Record<string, number> = {};
    indicators.forEach((ind, j) => (weights[ind] = raw[j]! / total));
    const method = methods[Math.floor(random() * methods.length)]!;
    const scores: Record<string, Record<string, number | null>> = {};
    for (const ind of indicators) scores[ind] = naiveNormalise(rows, ind, method);
    const composites = rows
      .map((r) => {
        let acc = 0;
        let wp = 0;
        for (const ind of indicators) {
          const s = scores[ind]![r.code];
          if (s !== null && s !== undefined) {
            acc += weights[ind]! * s;
            wp += weights[ind]!;
          }
        }
        return { code: r.code, composite: wp >= 0.75 ? acc / wp : null };
      })
      .filter((c) => c.composite !== null)
      .sort((a, b) => (b.composite as number) - (a.composite as number));
    composites.forEach((c, k) => ranks[c.code]!.push(k + 1));
  }
  const q = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    const h = (s.length - 1) * p;
    const lo = Math.floor(h);
    return s[lo]! + (h - lo) * (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!);
  };
  return rows.map((r) => ({ code: r.code, median: q(ranks[r.code]!, 0.5), p05: q(ranks[r.code]!, 0.05), p95: q(ranks[r.code]!, 0.95) }));
}
