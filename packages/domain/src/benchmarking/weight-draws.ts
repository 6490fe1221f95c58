import { DomainError, assertFinite } from '../errors';
import { dirichletDraw, mulberry32 } from '../statistics';

/** How weights vary between draws. */
export type WeightPerturbation =
  /** Dirichlet centred on the nominal weights: alpha_j = concentration * w_j / sum(w). */
  | { kind: 'DIRICHLET'; concentration?: number }
  /** Each weight times U(1 - spread, 1 + spread), then renormalised. */
  | { kind: 'UNIFORM'; spread?: number }
  /** Nominal weights in every draw (only the normalisation varies). */
  | { kind: 'NONE' };

/** What the Monte Carlo draws of a rank-uncertainty analysis depend on, and nothing else. */
export interface WeightDrawSpec {
  /** Nominal weights, one per indicator (any scale; normalised to sum 1). */
  readonly weights: readonly number[];
  readonly draws: number;
  readonly seed: number;
  readonly perturbation: WeightPerturbation;
  /** How many normalisations (aggregations) each draw picks from, uniformly. */
  readonly normalisationCount: number;
  readonly aggregationCount: number;
}

/**
 * The draws of one analysis: row d of `weights` (draws x indicatorCount, row-major, each row
 * summing to 1) and the indices of the normalisation and aggregation drawn with it.
 */
export interface WeightDraws {
  readonly draws: number;
  readonly indicatorCount: number;
  readonly weights: Float64Array;
  readonly normalisation: Uint8Array;
  readonly aggregation: Uint8Array;
}

/** A string that is equal for two specs exactly when their draws are equal (a memo key). */
export function weightDrawsKey(spec: WeightDrawSpec): string {
  const p = spec.perturbation;
  const param = p.kind === 'DIRICHLET' ? (p.concentration ?? '') : p.kind === 'UNIFORM' ? (p.spread ?? '') : '';
  return `${spec.seed}|${spec.draws}|${p.kind}:${param}|${spec.normalisationCount}|${spec.aggregationCount}|${spec.weights.join(',')}`;
}

/**
 * The weights, normalisations and aggregations of `draws` Monte Carlo draws (DOMAIN.md 4.7), from
 * mulberry32(seed) in this order per draw: the weights (DIRICHLET: alpha_j = c w_j / sum w, c
 * default = number of indicators, zero weights stay zero; UNIFORM: w_j U(1 - s, 1 + s)
 * renormalised; NONE: the nominal weights), then the normalisation index and the aggregation
 * index when there is more than one to pick from. Pure: equal specs give equal draws, so callers
 * may memoise it by `weightDrawsKey`.
 */
export function drawWeights(spec: WeightDrawSpec): WeightDraws {
  const { draws, seed, perturbation } = spec;
  const m = spec.weights.length;
  if (m === 0) throw new DomainError('EMPTY_SET', 'no indicators to aggregate');
  if (!Number.isInteger(draws) || draws < 1) throw new DomainError('OUT_OF_RANGE', `draws must be a positive integer, got ${draws}`);
  assertFinite(seed, 'seed');
  for (const count of [spec.normalisationCount, spec.aggregationCount]) {
    if (!Number.isInteger(count) || count < 1 || count > 255) throw new DomainError('OUT_OF_RANGE', `a draw picks from 1 to 255 methods, got ${count}`);
  }
  const nominal = new Float64Array(m);
  let wTotal = 0;
  spec.weights.forEach((w, j) => {
    if (!Number.isFinite(w) || w < 0) throw new DomainError('INVALID_WEIGHTS', `weight ${j} must be finite and non-negative`);
    nominal[j] = w;
    wTotal += w;
  });
  if (wTotal <= 0) throw new DomainError('INVALID_WEIGHTS', 'weights must not all be zero');
  for (let j = 0; j < m; j++) nominal[j] = nominal[j]! / wTotal;

  const random = mulberry32(seed);
  const alpha = new Float64Array(m);
  if (perturbation.kind === 'DIRICHLET') {
    const c = perturbation.concentration ?? m;
    if (!(c > 0) || !Number.isFinite(c)) throw new DomainError('OUT_OF_RANGE', `concentration must be positive, got ${c}`);
    for (let j = 0; j < m; j++) alpha[j] = Math.max(c * nominal[j]!, 0);
  }
  const spread = perturbation.kind === 'UNIFORM' ? (perturbation.spread ?? 0.5) : 0;
  if (!(spread >= 0 && spread <= 1)) throw new DomainError('OUT_OF_RANGE', `spread must be in [0, 1], got ${spread}`);
  // Zero-weight indicators stay at zero (gamma of shape 0 is 0): draw over the positive ones.
  const positive: number[] = [];
  for (let j = 0; j < m; j++) if (alpha[j]! > 0) positive.push(j);
  const subAlpha = Float64Array.from(positive, (j) => alpha[j]!);
  const sub = new Float64Array(positive.length);

  const weights = new Float64Array(draws * m);
  const normalisation = new Uint8Array(draws);
  const aggregation = new Uint8Array(draws);
  const w = new Float64Array(m);
  for (let d = 0; d < draws; d++) {
    if (perturbation.kind === 'DIRICHLET') {
      if (positive.length === m) dirichletDraw(random, alpha, w);
      else {
        dirichletDraw(random, subAlpha, sub);
        w.fill(0);
        positive.forEach((j, t) => (w[j] = sub[t]!));
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
    weights.set(w, d * m);
    if (spec.normalisationCount > 1) normalisation[d] = Math.floor(random() * spec.normalisationCount);
    if (spec.aggregationCount > 1) aggregation[d] = Math.floor(random() * spec.aggregationCount);
  }
  return { draws, indicatorCount: m, weights, normalisation, aggregation };
}
