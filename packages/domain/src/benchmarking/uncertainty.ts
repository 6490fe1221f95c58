import { DomainError, assertFinite } from '../errors';
import type { AggregationMethod } from '../aggregation';
import type { Polarity } from '../indicator';
import { normalise, type NormalisationMethod } from '../normalisation';
import { drawWeights, type WeightDraws, type WeightDrawSpec, type WeightPerturbation } from './weight-draws';

export interface RankUncertaintyInput {
  readonly subjects: readonly { readonly code: string; readonly values: Readonly<Record<string, number | null>> }[];
  readonly indicators: readonly { readonly code: string; readonly polarity?: Polarity; readonly weight?: number }[];
  /** Number of Monte Carlo draws (default 1000). */
  readonly draws?: number;
  /** PRNG seed (default 1): same seed, same result. */
  readonly seed?: number;
  /** Default: Dirichlet with concentration = number of indicators (uniform on the simplex for equal weights). */
  readonly weights?: WeightPerturbation;
  /** Normalisations drawn uniformly per draw; the first is the nominal one (default MIN_MAX, Z_SCORE, RANK). */
  readonly normalisations?: readonly NormalisationMethod[];
  /** Aggregations drawn uniformly per draw; the first is the nominal one (default ARITHMETIC). */
  readonly aggregations?: readonly AggregationMethod[];
  readonly minCoverage?: number;
  /**
   * Where the draws' weights, normalisations and aggregations come from (default `drawWeights`).
   * They depend only on the spec (seed, draws, weights, perturbation and how many methods there
   * are to pick from), so a caller that runs many analyses can pass a memoised `drawWeights`:
   * the result is the same.
   */
  readonly weightDraws?: (spec: WeightDrawSpec) => WeightDraws;
}

export interface SubjectRankUncertainty {
  code: string;
  /** Composite and rank with nominal weights, the first normalisation and aggregation. */
  nominalComposite: number | null;
  nominalRank: number | null;
  /** Rank statistics over the draws in which the subject had a composite (1 = best). */
  medianRank: number | null;
  p05Rank: number | null;
  p95Rank: number | null;
  bestRank: number | null;
  worstRank: number | null;
  rankedDraws: number;
}

export interface RankUncertaintyResult {
  draws: number;
  seed: number;
  subjects: SubjectRankUncertainty[];
}

/**
 * Uncertainty analysis of composite ranks (JRC/OECD Handbook 2008, s.7 "uncertainty and
 * sensitivity analysis"; Saisana, Saltelli & Tarantola 2005; DOMAIN.md 4.7). For each of D draws:
 * pick weights w (perturbed around the nominal ones), a normalisation and an aggregation; compute
 * every subject's composite c_i = sum_j w_j s_ij / sum_{j present} w_j (GEOMETRIC:
 * exp of the weighted mean of ln s_ij), null below minCoverage; rank 1 = highest (ties share the
 * best rank). Report each subject's median rank and the 5th-95th percentile rank interval
 * (type-7 quantiles). Random numbers come from mulberry32(seed): same seed, same result.
 * GEOMETRIC with Z_SCORE is refused (negative scores).
 *
 * Cost: the draws themselves (`drawWeights`) depend only on the seed, the draws and the weights,
 * so they can be shared between analyses; the normalised matrices are computed once per method;
 * a draw is then a weighted sum over typed arrays and a native numeric sort with binary-search
 * ranks (competition ranking: 1 + the number of strictly greater composites).
 */
export function rankUncertainty(input: RankUncertaintyInput): RankUncertaintyResult {
  const n = input.subjects.length;
  const m = input.indicators.length;
  if (n === 0) throw new DomainError('EMPTY_SET', 'no subjects to rank');
  if (m === 0) throw new DomainError('EMPTY_SET', 'no indicators to aggregate');
  const draws = input.draws ?? 1000;
  if (!Number.isInteger(draws) || draws < 1) throw new DomainError('OUT_OF_RANGE', `draws must be a positive integer, got ${draws}`);
  const seed = input.seed ?? 1;
  assertFinite(seed, 'seed');
  const minCoverage = input.minCoverage ?? 0.75;
  if (!(minCoverage >= 0 && minCoverage <= 1)) throw new DomainError('OUT_OF_RANGE', `minCoverage must be in [0, 1], got ${minCoverage}`);
  const methods = input.normalisations ?? (['MIN_MAX', 'Z_SCORE', 'RANK'] as const);
  const aggregations = input.aggregations ?? (['ARITHMETIC'] as const);
  if (methods.length === 0 || aggregations.length === 0) throw new DomainError('EMPTY_SET', 'no normalisation or aggregation to draw from');
  if (aggregations.includes('GEOMETRIC') && methods.includes('Z_SCORE')) {
    throw new DomainError('INVALID_ARGUMENT', 'GEOMETRIC aggregation needs non-negative scores: leave Z_SCORE out');
  }
  const nominal = new Float64Array(m);
  let wTotal = 0;
  const rawWeights: number[] = new Array<number>(m);
  input.indicators.forEach((ind, j) => {
    const w = ind.weight ?? 1;
    if (!Number.isFinite(w) || w < 0) throw new DomainError('INVALID_WEIGHTS', `weight of ${ind.code} must be finite and non-negative`);
    rawWeights[j] = w;
    nominal[j] = w;
    wTotal += w;
  });
  if (wTotal <= 0) throw new DomainError('INVALID_WEIGHTS', 'weights must not all be zero');
  for (let j = 0; j < m; j++) nominal[j] = nominal[j]! / wTotal;
  const codes = input.subjects.map((s) => s.code);
  if (new Set(codes).size !== n) throw new DomainError('INVALID_ARGUMENT', 'duplicate subject codes');
  const known = new Set<string>();
  for (const s of input.subjects) for (const k of Object.keys(s.values)) known.add(k);
  for (const ind of input.indicators) {
    if (!known.has(ind.code)) throw new DomainError('UNKNOWN_INDICATOR', `no subject has indicator ${ind.code}`, { indicator: ind.code });
  }

  // One n x m score matrix per normalisation method. `values` holds 0 where a score is missing
  // and `present` 1/0, so a composite is two branch-free dot products; GEOMETRIC draws use
  // ln(score) (-Infinity for a 0 score, so the composite is 0), which takes the checked loop.
  const uniqueMethods = [...new Set(methods)];
  const needLog = aggregations.includes('GEOMETRIC');
  const matrices = new Map<NormalisationMethod, { lin: ScoreMatrix; log: ScoreMatrix | null }>();
  const complete = new Uint8Array(n).fill(1);
  const linear: Float64Array[] = [];
  for (const method of uniqueMethods) {
    const lin = new Float64Array(n * m);
    input.indicators.forEach((ind, j) => {
      const col = normalise(
        input.subjects.map((s) => s.values[ind.code] ?? null),
        method,
        ind.polarity ?? 'HIGHER_IS_BETTER',
      );
      for (let i = 0; i < n; i++) {
        const v = col[i];
        lin[i * m + j] = v === null || v === undefined ? NaN : v;
      }
    });
    linear.push(lin);
    let log: Float64Array | null = null;
    if (needLog) {
      log = new Float64Array(n * m);
      for (let k = 0; k < n * m; k++) {
        const v = lin[k]!;
        if (v < 0) throw new DomainError('OUT_OF_RANGE', `GEOMETRIC aggregation met a negative ${method} score`);
        log[k] = v !== v ? NaN : Math.log(v);
      }
    }
    matrices.set(method, { lin: scoreMatrix(lin), log: log ? scoreMatrix(log) : null });
  }
  // Missingness is the same under every method (normalise keeps missing as missing).
  const firstLinear = linear[0]!;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (firstLinear[i * m + j] !== firstLinear[i * m + j]) {
        complete[i] = 0;
        break;
      }
    }
  }

  const completeRows = Int32Array.from({ length: n }, (_, i) => i).filter((i) => complete[i] === 1);
  const incompleteRows = Int32Array.from({ length: n }, (_, i) => i).filter((i) => complete[i] === 0);
  const composite = new Float64Array(n);
  const threshold = minCoverage - 1e-12;
  const computeComposites = (mat: ScoreMatrix, w: Float64Array, wo: number): void => {
    if (mat.finite) {
      // Adding exact zeros leaves a floating-point sum unchanged, so this equals the checked
      // loop below bit for bit. Complete rows share one weight total (same summation order).
      // Rows go four (two) at a time: each row's sum keeps its order, but the independent sums
      // overlap in the CPU instead of waiting on one another.
      let wAll = 0;
      for (let j = 0; j < m; j++) wAll += w[wo + j]!;
      const vals = mat.values;
      const pres = mat.present;
      const nc = completeRows.length;
      let r = 0;
      for (; r + 3 < nc; r += 4) {
        const o0 = completeRows[r]! * m;
        const o1 = completeRows[r + 1]! * m;
        const o2 = completeRows[r + 2]! * m;
        const o3 = completeRows[r + 3]! * m;
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        for (let j = 0; j < m; j++) {
          const wj = w[wo + j]!;
          a0 += wj * vals[o0 + j]!;
          a1 += wj * vals[o1 + j]!;
          a2 += wj * vals[o2 + j]!;
          a3 += wj * vals[o3 + j]!;
        }
        composite[completeRows[r]!] = wAll > 0 && wAll >= threshold ? a0 / wAll : NaN;
        composite[completeRows[r + 1]!] = wAll > 0 && wAll >= threshold ? a1 / wAll : NaN;
        composite[completeRows[r + 2]!] = wAll > 0 && wAll >= threshold ? a2 / wAll : NaN;
        composite[completeRows[r + 3]!] = wAll > 0 && wAll >= threshold ? a3 / wAll : NaN;
      }
      for (; r < nc; r++) {
        const o = completeRows[r]! * m;
        let acc = 0;
        for (let j = 0; j < m; j++) acc += w[wo + j]! * vals[o + j]!;
        composite[completeRows[r]!] = wAll > 0 && wAll >= threshold ? acc / wAll : NaN;
      }
      const ni = incompleteRows.length;
      r = 0;
      for (; r + 1 < ni; r += 2) {
        const o0 = incompleteRows[r]! * m;
        const o1 = incompleteRows[r + 1]! * m;
        let a0 = 0;
        let a1 = 0;
        let p0 = 0;
        let p1 = 0;
        for (let j = 0; j < m; j++) {
          const wj = w[wo + j]!;
          a0 += wj * vals[o0 + j]!;
          p0 += wj * pres[o0 + j]!;
          a1 += wj * vals[o1 + j]!;
          p1 += wj * pres[o1 + j]!;
        }
        // Weights sum to 1, so the present weight is the coverage.
        composite[incompleteRows[r]!] = p0 > 0 && p0 >= threshold ? a0 / p0 : NaN;
        composite[incompleteRows[r + 1]!] = p1 > 0 && p1 >= threshold ? a1 / p1 : NaN;
      }
      for (; r < ni; r++) {
        const o = incompleteRows[r]! * m;
        let acc = 0;
        let wp = 0;
        for (let j = 0; j < m; j++) {
          const wj = w[wo + j]!;
          acc += wj * vals[o + j]!;
          wp += wj * pres[o + j]!;
        }
        composite[incompleteRows[r]!] = wp > 0 && wp >= threshold ? acc / wp : NaN;
      }
      return;
    }
    const raw = mat.raw;
    for (let i = 0; i < n; i++) {
      let acc = 0;
      let wp = 0;
      const o = i * m;
      for (let j = 0; j < m; j++) {
        const s = raw[o + j]!;
        const wj = w[wo + j]!;
        if (s === s && wj > 0) {
          acc += wj * s;
          wp += wj;
        }
      }
      composite[i] = wp > 0 && wp >= threshold ? acc / wp : NaN;
    }
  };
  /**
   * Competition ranks (1 = highest; ties share the best; 0 = no composite) of `composite` into
   * `out`. A bucket sort: the k composites map monotonically onto k buckets over [min, max]
   * (correctly rounded subtraction and multiplication preserve order), so buckets hold a few
   * values each, kept in order by insertion. Expected O(n) per draw instead of a comparison sort.
   * Infinite composites (a GEOMETRIC mean over a 0 score) take a plain sort.
   */
  const bucketBase = new Int32Array(n + 1);
  const bucketNext = new Int32Array(n + 1);
  const bucketOf = new Int32Array(n);
  const order = new Int32Array(n);
  const rankDraw = (out: Int32Array): void => {
    if (n <= SMALL_GROUP) {
      // A reference group is about ten regions: counting the greater composites of each
      // (n^2 comparisons, no bookkeeping) beats any sort at this size.
      for (let i = 0; i < n; i++) {
        const c = composite[i]!;
        if (c !== c) {
          out[i] = 0;
          continue;
        }
        let greater = 0;
        // Branch-free: the comparisons are coin flips a branch predictor would miss half the time.
        for (let j = 0; j < n; j++) greater += +(composite[j]! > c);
        out[i] = greater + 1;
      }
      return;
    }
    let k = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const c = composite[i]!;
      if (c !== c) continue;
      k++;
      if (c < min) min = c;
      if (c > max) max = c;
    }
    const scale = k / (max - min);
    if (k === 0 || max === min || !Number.isFinite(min) || !Number.isFinite(max) || !Number.isFinite(scale)) {
      rankBySort(out, k);
      return;
    }
    bucketBase.fill(0, 0, k + 1);
    for (let i = 0; i < n; i++) {
      const c = composite[i]!;
      if (c !== c) continue;
      // Highest values in bucket 0; the maximum lands on k and is clamped.
      let b = k - 1 - Math.floor((c - min) * scale);
      if (b < 0) b = 0;
      bucketOf[i] = b;
      bucketBase[b + 1] = bucketBase[b + 1]! + 1;
    }
    for (let b = 0; b < k; b++) bucketBase[b + 1] = bucketBase[b + 1]! + bucketBase[b]!;
    bucketNext.set(bucketBase);
    for (let i = 0; i < n; i++) {
      const c = composite[i]!;
      if (c !== c) {
        out[i] = 0;
        continue;
      }
      const b = bucketOf[i]!;
      const base = bucketBase[b]!;
      let q = bucketNext[b]!;
      bucketNext[b] = q + 1;
      while (q > base && composite[order[q - 1]!]! < c) {
        order[q] = order[q - 1]!;
        q--;
      }
      order[q] = i;
    }
    let prev = NaN;
    let prevRank = 0;
    for (let t = 0; t < k; t++) {
      const i = order[t]!;
      const c = composite[i]!;
      prevRank = c === prev ? prevRank : t + 1;
      prev = c;
      out[i] = prevRank;
    }
  };
  const sorted = new Float64Array(n);
  /** rank = 1 + #(composites > c), by a numeric sort (NaN last) and a binary search. */
  const rankBySort = (out: Int32Array, k: number): void => {
    sorted.set(composite);
    sorted.sort();
    for (let i = 0; i < n; i++) {
      const c = composite[i]!;
      if (c !== c) {
        out[i] = 0;
        continue;
      }
      let lo = 0;
      let hi = k;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]! <= c) lo = mid + 1;
        else hi = mid;
      }
      out[i] = k - lo + 1;
    }
  };

  // Nominal run.
  const first = matrices.get(methods[0] as NormalisationMethod)!;
  const firstGeo = aggregations[0] === 'GEOMETRIC';
  computeComposites(firstGeo ? first.log! : first.lin, nominal, 0);
  const nominalComposite: (number | null)[] = Array.from(composite, (c) => (c !== c ? null : firstGeo ? Math.exp(c) : c));
  const nominalRanks = new Int32Array(n);
  rankDraw(nominalRanks);

  // Monte Carlo draws.
  const drawn = (input.weightDraws ?? drawWeights)({
    weights: rawWeights,
    draws,
    seed,
    perturbation: input.weights ?? { kind: 'DIRICHLET' },
    normalisationCount: methods.length,
    aggregationCount: aggregations.length,
  });
  if (drawn.draws !== draws || drawn.indicatorCount !== m) throw new DomainError('INVALID_ARGUMENT', 'the weight draws do not match the analysis');
  const matrixOf = methods.map((method) => matrices.get(method)!);
  // hist[i * (n + 1) + r]: in how many draws subject i had rank r (0 = not ranked). Ranks are
  // integers in 0..n, so counting replaces sorting each subject's draws.
  const hist = new Int32Array(n * (n + 1));
  const drawRanks = new Int32Array(n);
  for (let d = 0; d < draws; d++) {
    const mi = drawn.normalisation[d]!;
    const ai = drawn.aggregation[d]!;
    const mat = matrixOf[mi]!;
    computeComposites(aggregations[ai] === 'GEOMETRIC' ? mat.log! : mat.lin, drawn.weights, d * m);
    rankDraw(drawRanks);
    for (let i = 0; i < n; i++) {
      const k = i * (n + 1) + drawRanks[i]!;
      hist[k] = hist[k]! + 1;
    }
  }

  const subjects: SubjectRankUncertainty[] = codes.map((code, i) => {
    const h = hist.subarray(i * (n + 1), (i + 1) * (n + 1));
    const ranked = draws - h[0]!;
    const has = ranked > 0;
    return {
      code,
      nominalComposite: nominalComposite[i] ?? null,
      nominalRank: nominalRanks[i] === 0 ? null : nominalRanks[i]!,
      medianRank: has ? quantileOfCounts(h, ranked, 0.5) : null,
      p05Rank: has ? quantileOfCounts(h, ranked, 0.05) : null,
      p95Rank: has ? quantileOfCounts(h, ranked, 0.95) : null,
      bestRank: has ? rankAtPosition(h, 0) : null,
      worstRank: has ? rankAtPosition(h, ranked - 1) : null,
      rankedDraws: ranked,
    };
  });
  return { draws, seed, subjects };
}

/** The rank at 0-based position `pos` of the sorted ranked draws (ranks >= 1) counted in `h`. */
function rankAtPosition(h: Int32Array, pos: number): number {
  let seen = 0;
  for (let r = 1; r < h.length; r++) {
    seen += h[r]!;
    if (seen > pos) return r;
  }
  return h.length - 1;
}

/** `quantileOfSorted` (type 7) of the `count` ranked draws held as counts per rank in `h`. */
function quantileOfCounts(h: Int32Array, count: number, p: number): number {
  const pos = (count - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, count - 1);
  const a = rankAtPosition(h, lo);
  const b = rankAtPosition(h, hi);
  return a + (pos - lo) * (b - a);
}

/** Up to this many subjects, ranks are counted pairwise instead of bucket-sorted. */
const SMALL_GROUP = 24;

/** A row-major n x m score matrix: raw (NaN = missing), plus the zero-filled form with a mask. */
interface ScoreMatrix {
  readonly raw: Float64Array;
  readonly values: Float64Array;
  readonly present: Float64Array;
  /** No infinite entry: the branch-free dot products apply. */
  readonly finite: boolean;
}

function scoreMatrix(raw: Float64Array): ScoreMatrix {
  const values = new Float64Array(raw.length);
  const present = new Float64Array(raw.length);
  let finite = true;
  for (let k = 0; k < raw.length; k++) {
    const v = raw[k]!;
    if (v === v) {
      values[k] = v;
      present[k] = 1;
      if (v === Infinity || v === -Infinity) finite = false;
    }
  }
  return { raw, values, present, finite };
}
