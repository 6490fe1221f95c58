/**
 * The rank-uncertainty implementation as it was before the typed-array and shared-draw rewrite
 * (issue 8, item 10), kept verbatim as the reference the rewrite must equal exactly: the property
 * test in benchmarking/uncertainty.spec.ts compares the two on random inputs.
 */
import { DomainError, assertFinite } from '../errors';
import type { NormalisationMethod } from '../normalisation';
import { normalise } from '../normalisation';
import { dirichletDraw, mulberry32, quantileOfSorted } from '../statistics';
import type { RankUncertaintyInput, RankUncertaintyResult, SubjectRankUncertainty } from '../benchmarking';

/**
 * Uncertainty analysis of composite ranks (JRC/OECD Handbook 2008, s.7 "uncertainty and
 * sensitivity analysis"; Saisana, Saltelli & Tarantola 2005; DOMAIN.md 4.7). For each of D draws:
 * pick weights w (perturbed around the nominal ones), a normalisation and an aggregation; compute
 * every subject's composite c_i = sum_j w_j s_ij / sum_{j present} w_j (GEOMETRIC:
 * exp of the weighted mean of ln s_ij), null below minCoverage; rank 1 = highest (ties share the
 * best rank). Report each subject's median rank and the 5th-95th percentile rank interval
 * (type-7 quantiles). Normalised matrices are computed once per normalisation method; a draw is a
 * weighted sum and a sort. Random numbers come from mulberry32(seed): same seed, same result.
 * GEOMETRIC with Z_SCORE is refused (negative scores).
 */
export function referenceRankUncertainty(input: RankUncertaintyInput): RankUncertaintyResult {
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
  input.indicators.forEach((ind, j) => {
    const w = ind.weight ?? 1;
    if (!Number.isFinite(w) || w < 0) throw new DomainError('INVALID_WEIGHTS', `weight of ${ind.code} must be finite and non-negative`);
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

  // One n x m score matrix per normalisation method (NaN = missing, internal only); GEOMETRIC
  // draws use ln(score) (-Infinity for a 0 score, so the composite is 0).
  const uniqueMethods = [...new Set(methods)];
  const matrices = new Map<NormalisationMethod, { lin: Float64Array; log: Float64Array | null }>();
  const needLog = aggregations.includes('GEOMETRIC');
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
    let log: Float64Array | null = null;
    if (needLog) {
      log = new Float64Array(n * m);
      for (let k = 0; k < n * m; k++) {
        const v = lin[k]!;
        if (v < 0) throw new DomainError('OUT_OF_RANGE', `GEOMETRIC aggregation met a negative ${method} score`);
        log[k] = v !== v ? NaN : Math.log(v);
      }
    }
    matrices.set(method, { lin, log });
  }

  const composite = new Float64Array(n);
  const order = new Int32Array(n);
  const computeComposites = (mat: Float64Array, w: Float64Array): void => {
    for (let i = 0; i < n; i++) {
      let acc = 0;
      let wp = 0;
      const o = i * m;
      for (let j = 0; j < m; j++) {
        const s = mat[o + j]!;
        const wj = w[j]!;
        if (s === s && wj > 0) {
          acc += wj * s;
          wp += wj;
        }
      }
      // Weights sum to 1, so wp is the coverage.
      composite[i] = wp > 0 && wp >= minCoverage - 1e-12 ? acc / wp : NaN;
    }
  };
  /** Writes competition ranks (1 = highest) into `out` at stride positions; 0 = not ranked. */
  const rankInto = (out: Int32Array, d: number, stride: number): void => {
    let k = 0;
    for (let i = 0; i < n; i++) if (composite[i] === composite[i]) order[k++] = i;
    const sub = order.subarray(0, k);
    sub.sort((a, b) => composite[b]! - composite[a]! || a - b);
    for (let t = 0; t < k; t++) {
      const i = sub[t]!;
      const prev = t > 0 ? sub[t - 1]! : -1;
      const r = t > 0 && composite[prev] === composite[i] ? out[prev * stride + d]! : t + 1;
      out[i * stride + d] = r;
    }
    for (let i = 0; i < n; i++) if (composite[i] !== composite[i]) out[i * stride + d] = 0;
  };

  // Nominal run.
  const first = matrices.get(methods[0] as NormalisationMethod)!;
  const firstGeo = aggregations[0] === 'GEOMETRIC';
  computeComposites(firstGeo ? first.log! : first.lin, nominal);
  const nominalComposite: (number | null)[] = Array.from(composite, (c) => (c !== c ? null : firstGeo ? Math.exp(c) : c));
  const nominalRanks = new Int32Array(n);
  rankInto(nominalRanks, 0, 1);

  // Monte Carlo draws.
  const random = mulberry32(seed);
  const perturbation = input.weights ?? { kind: 'DIRICHLET' };
  const alpha = new Float64Array(m);
  if (perturbation.kind === 'DIRICHLET') {
    const c = perturbation.concentration ?? m;
    if (!(c > 0) || !Number.isFinite(c)) throw new DomainError('OUT_OF_RANGE', `concentration must be positive, got ${c}`);
    for (let j = 0; j < m; j++) alpha[j] = Math.max(c * nominal[j]!, 0);
  }
  const spread = perturbation.kind === 'UNIFORM' ? (perturbation.spread ?? 0.5) : 0;
  if (!(spread >= 0 && spread <= 1)) throw new DomainError('OUT_OF_RANGE', `spread must be in [0, 1], got ${spread}`);
  const w = new Float64Array(m);
  const ranks = new Int32Array(n * draws);
  for (let d = 0; d < draws; d++) {
    if (perturbation.kind === 'DIRICHLET') {
      // Zero-weight indicators stay at zero (gamma of shape 0 is 0).
      let total = 0;
      for (let j = 0; j < m; j++) total += alpha[j]! > 0 ? 1 : 0;
      if (total === m) dirichletDraw(random, alpha, w);
      else {
        const idx: number[] = [];
        for (let j = 0; j < m; j++) if (alpha[j]! > 0) idx.push(j);
        const sub = new Float64Array(idx.length);
        dirichletDraw(random, idx.map((j) => alpha[j]!), sub);
        w.fill(0);
        idx.forEach((j, t) => (w[j] = sub[t]!));
      }
    } else if (perturbation.kind === 'UNIFORM') {
      let total = 0;
      for (let j = 0; j < m; j++) {
        const x = nominal[j]! * (1 - spread + 2 * spread * random());
        w[j] = x;
        total += x;
      }
      for (let j = 0; j < m; j++) w[j] = w[j]! / total;
    } else {
      w.set(nominal);
    }
    const method = methods.length === 1 ? methods[0]! : methods[Math.floor(random() * methods.length)]!;
    const agg = aggregations.length === 1 ? aggregations[0]! : aggregations[Math.floor(random() * aggregations.length)]!;
    const mat = matrices.get(method)!;
    computeComposites(agg === 'GEOMETRIC' ? mat.log! : mat.lin, w);
    rankInto(ranks, d, draws);
  }

  const subjects: SubjectRankUncertainty[] = codes.map((code, i) => {
    const row = ranks.subarray(i * draws, (i + 1) * draws);
    row.sort();
    let start = 0;
    while (start < draws && row[start] === 0) start++;
    const ranked = row.subarray(start);
    const has = ranked.length > 0;
    return {
      code,
      nominalComposite: nominalComposite[i] ?? null,
      nominalRank: nominalRanks[i] === 0 ? null : nominalRanks[i]!,
      medianRank: has ? quantileOfSorted(ranked, 0.5) : null,
      p05Rank: has ? quantileOfSorted(ranked, 0.05) : null,
      p95Rank: has ? quantileOfSorted(ranked, 0.95) : null,
      bestRank: has ? ranked[0]! : null,
      worstRank: has ? ranked[ranked.length - 1]! : null,
      rankedDraws: ranked.length,
    };
  });
  return { draws, seed, subjects };
}
