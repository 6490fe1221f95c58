/**
 * Engine benchmark: `pnpm --filter @polisee/domain bench` (after build). Generates seeded data,
 * times the optimised engine beside a naive object-based baseline in the same process (warm-up,
 * then the median of several runs) and prints one JSON object with the figures on its last line.
 */
import { compositeIndex } from '../aggregation';
import { distanceMatrix, rankUncertainty, type SimilarityDimension, type StructuralSubject } from '../benchmarking';
import { minMax } from '../normalisation';
import { mulberry32 } from '../statistics';
import { naiveDistanceMatrix, naiveRankUncertainty } from './baseline';
import { console, performance } from './host';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(fn: () => unknown, runs: number, warmups: number): number {
  for (let i = 0; i < warmups; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

function structuralData(regions: number, dims: number, perDim: number, seed: number) {
  const r = mulberry32(seed);
  const dimensions: SimilarityDimension[] = Array.from({ length: dims }, (_, d) => ({
    name: `dim${d}`,
    indicators: Array.from({ length: perDim }, (_, t) => `s${d}_${t}`),
    weight: 1 + (d % 3),
  }));
  const codes = dimensions.flatMap((d) => d.indicators);
  const subjects: StructuralSubject[] = Array.from({ length: regions }, (_, i) => ({
    code: `R${String(i).padStart(4, '0')}`,
    country: `C${i % 30}`,
    // ~2% missing, skewed positive values like per-capita counts
    values: Object.fromEntries(codes.map((c) => [c, r() < 0.02 ? null : Math.exp(2 * r()) * 10])),
  }));
  return { subjects, dimensions };
}

function performanceData(regions: number, indicators: number, seed: number) {
  const r = mulberry32(seed);
  const codes = Array.from({ length: indicators }, (_, j) => `p${j}`);
  const rows = Array.from({ length: regions }, (_, i) => {
    const level = r();
    return { code: `R${i}`, values: Object.fromEntries(codes.map((c) => [c, r() < 0.03 ? null : level * 50 + r() * 50])) as Record<string, number | null> };
  });
  return { rows, codes };
}

/** The two implementations must agree before their times mean anything (kept out of main's scope so the matrices can be collected). */
function checkAgreement(subjects: StructuralSubject[], dimensions: SimilarityDimension[]): void {
  const fast = distanceMatrix(subjects, { dimensions });
  const naive = naiveDistanceMatrix(subjects, dimensions);
  let maxDiff = 0;
  naive.forEach((row, i) => row.forEach((d, j) => (maxDiff = Math.max(maxDiff, Math.abs(d - fast.distances[i * fast.size + j]!)))));
  if (!(maxDiff < 1e-9)) throw new Error(`distance matrix disagrees with the baseline by ${maxDiff}`);
}

function main(): void {
  const { subjects, dimensions } = structuralData(1200, 7, 6, 2021);
  checkAgreement(subjects, dimensions);
  const distanceMatrixMs = time(() => distanceMatrix(subjects, { dimensions }), 7, 2);
  const distanceMatrixBaselineMs = time(() => naiveDistanceMatrix(subjects, dimensions), 3, 0);
  console.log(`distance matrix 1200 x 42 (7 dimensions): ${distanceMatrixMs.toFixed(1)} ms; baseline ${distanceMatrixBaselineMs.toFixed(1)} ms; x${(distanceMatrixBaselineMs / distanceMatrixMs).toFixed(1)}`);

  const { rows, codes } = performanceData(240, 21, 2022);
  const indicators = codes.map((code) => ({ code }));
  const engine = () => {
    const scores = codes.map((c) => minMax(rows.map((row) => row.values[c] ?? null)));
    const composites = rows.map((_, i) => compositeIndex(scores.map((col) => col[i] ?? null)));
    const u = rankUncertainty({ subjects: rows, indicators, draws: 1000, seed: 42, normalisations: ['MIN_MAX', 'Z_SCORE', 'RANK'] });
    return [composites, u];
  };
  const baseline = () => {
    const scores = codes.map((c) => minMax(rows.map((row) => row.values[c] ?? null)));
    const composites = rows.map((_, i) => compositeIndex(scores.map((col) => col[i] ?? null)));
    return [composites, naiveRankUncertainty(rows, codes, 1000, mulberry32(42))];
  };
  const uncertaintyMs = time(engine, 7, 2);
  const uncertaintyBaselineMs = time(baseline, 3, 1);
  console.log(`composite + rank uncertainty 240 x 21, 1000 draws: ${uncertaintyMs.toFixed(1)} ms; baseline ${uncertaintyBaselineMs.toFixed(1)} ms; x${(uncertaintyBaselineMs / uncertaintyMs).toFixed(1)}`);

  const round = (x: number) => Math.round(x * 100) / 100;
  // Issue 8's targets on this 2-core machine (a scalar bound for the matrix is about 45 ms).
  const targets = { distanceMatrixMs: 50, uncertaintyMs: 30 };
  const met = distanceMatrixMs <= targets.distanceMatrixMs && uncertaintyMs <= targets.uncertaintyMs;
  console.log(`targets: distance matrix <= ${targets.distanceMatrixMs} ms, uncertainty <= ${targets.uncertaintyMs} ms: ${met ? 'met' : 'not met'}`);
  console.log(
    JSON.stringify({
      distanceMatrixMs: round(distanceMatrixMs),
      distanceMatrixBaselineMs: round(distanceMatrixBaselineMs),
      distanceMatrixSpeedup: round(distanceMatrixBaselineMs / distanceMatrixMs),
      uncertaintyMs: round(uncertaintyMs),
      uncertaintyBaselineMs: round(uncertaintyBaselineMs),
      uncertaintySpeedup: round(uncertaintyBaselineMs / uncertaintyMs),
      targets,
      metTargets: met,
    }),
  );
}

main();
