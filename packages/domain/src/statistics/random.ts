import { DomainError, assertFinite } from '../errors';

/** A source of uniform numbers in [0, 1). Domain code never calls Math.random: results replay. */
export type RandomSource = () => number;

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state PRNG, fast and good enough for
 * Monte Carlo sensitivity analysis. Same seed, same sequence, on every platform.
 */
export function mulberry32(seed: number): RandomSource {
  assertFinite(seed, 'seed');
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draw by the Box-Muller transform. */
export function normalDraw(random: RandomSource): number {
  let u = random();
  while (u === 0) u = random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Gamma(shape, 1) draw: Marsaglia & Tsang (2000), "A simple method for generating gamma
 * variables"; shape < 1 uses the boost Gamma(shape + 1) * U^(1 / shape).
 */
export function gammaDraw(random: RandomSource, shape: number): number {
  if (!(shape > 0) || !Number.isFinite(shape)) {
    throw new DomainError('OUT_OF_RANGE', `gamma shape must be a positive finite number, got ${shape}`);
  }
  if (shape < 1) {
    let u = random();
    while (u === 0) u = random();
    return gammaDraw(random, shape + 1) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalDraw(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Dirichlet(alpha) draw written into `out` (normalised gammas), so hot loops do not allocate.
 */
export function dirichletDraw(random: RandomSource, alpha: ArrayLike<number>, out: Float64Array): Float64Array {
  let total = 0;
  for (let j = 0; j < alpha.length; j++) {
    const g = gammaDraw(random, alpha[j] as number);
    out[j] = g;
    total += g;
  }
  for (let j = 0; j < alpha.length; j++) out[j] = (out[j] as number) / total;
  return out;
}
