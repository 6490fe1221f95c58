import { DomainError } from '../errors';

/** A region (or cluster) described by its STRUCTURAL indicator values. */
export interface StructuralSubject {
  readonly code: string;
  readonly country: string;
  /** indicator code -> value; `null` or an absent key is missing. */
  readonly values: Readonly<Record<string, number | null>>;
}

/** A group of structural indicators compared together (e.g. "economy", "demography"). */
export interface SimilarityDimension {
  readonly name: string;
  readonly indicators: readonly string[];
  /** Non-negative weight of the dimension in the overall distance (default 1). */
  readonly weight?: number;
}

export interface ReferenceRegionOptions {
  /** How many nearest subjects to return (positive integer). */
  n: number;
  /** Leave out subjects of the target's own country (a cross-border peer group). */
  excludeSameCountry?: boolean;
  dimensions: readonly SimilarityDimension[];
}

export interface ReferenceRegion {
  code: string;
  distance: number;
}

/** Square n x n matrix of structural distances, row-major, with the subject codes in order. */
export interface DistanceMatrix {
  readonly codes: readonly string[];
  readonly size: number;
  /**
   * distances[i * size + j]: 0 = identical, symmetric. A pair with no indicator in common in any
   * dimension cannot be compared and holds +Infinity ("infinitely far"), never NaN.
   */
  readonly distances: Float64Array;
}

/**
 * Structural data prepared once: per dimension a row-major n x k matrix of z-scores (NaN marks a
 * missing value internally; it never reaches an output) and a per-row "complete" flag for the
 * fast path.
 */
interface PreparedStructure {
  readonly codes: string[];
  readonly n: number;
  /** Indicators per row (all dimensions, laid out dimension after dimension). */
  readonly width: number;
  /** Row-major n x width z-scores; NaN marks a missing value (internal only). */
  readonly z: Float64Array;
  readonly dimCount: number;
  readonly dimStart: Int32Array;
  readonly dimK: Int32Array;
  readonly dimWeight: Float64Array;
  /** complete[i * dimCount + d] = 1 when row i has every indicator of dimension d. */
  readonly complete: Uint8Array;
}

function prepare(subjects: readonly StructuralSubject[], dimensions: readonly SimilarityDimension[]): PreparedStructure {
  if (subjects.length === 0) throw new DomainError('EMPTY_SET', 'no subjects to compare');
  if (dimensions.length === 0) throw new DomainError('EMPTY_SET', 'no similarity dimensions given');
  const n = subjects.length;
  const codes: string[] = new Array<string>(n);
  const seen = new Set<string>();
  subjects.forEach((s, i) => {
    if (seen.has(s.code)) throw new DomainError('INVALID_ARGUMENT', `duplicate subject ${s.code}`, { subject: s.code });
    seen.add(s.code);
    codes[i] = s.code;
  });
  let weightTotal = 0;
  const dims = dimensions.map((d) => {
    const weight = d.weight ?? 1;
    if (!Number.isFinite(weight) || weight < 0) {
      throw new DomainError('INVALID_WEIGHTS', `dimension ${d.name}: weight must be finite and non-negative, got ${weight}`);
    }
    weightTotal += weight;
    if (d.indicators.length === 0) throw new DomainError('EMPTY_SET', `dimension ${d.name} has no indicators`);
    const k = d.indicators.length;
    const z = new Float64Array(n * k);
    const complete = new Uint8Array(n).fill(1);
    // One keyed read per value (a dynamic property read is the costly part here), NaN if missing.
    const raw = new Float64Array(n);
    d.indicators.forEach((code, t) => {
      // z-score over all subjects (DOMAIN.md 4.4): mean and sample sd of the present values.
      let count = 0;
      let sum = 0;
      let known = false;
      for (let i = 0; i < n; i++) {
        const vals = (subjects[i] as StructuralSubject).values;
        const v = vals[code];
        if (v === null || v === undefined) {
          if (!known && v === null) known = true;
          else if (!known && code in vals) known = true;
          raw[i] = NaN;
          continue;
        }
        known = true;
        if (!Number.isFinite(v)) {
          throw new DomainError('INVALID_NUMBER', `${codes[i]}/${code} is not a finite number`, { subject: codes[i], indicator: code });
        }
        count++;
        sum += v;
        raw[i] = v;
      }
      if (!known) throw new DomainError('UNKNOWN_INDICATOR', `no subject has indicator ${code}`, { indicator: code });
      const m = count > 0 ? sum / count : 0;
      let ss = 0;
      for (let i = 0; i < n; i++) {
        const v = raw[i]!;
        if (v === v) ss += (v - m) ** 2;
      }
      const sd = count > 1 ? Math.sqrt(ss / (count - 1)) : 0;
      for (let i = 0; i < n; i++) {
        const v = raw[i]!;
        if (v !== v) {
          z[i * k + t] = NaN;
          complete[i] = 0;
        } else {
          // A constant indicator does not separate anyone: every subject sits at 0.
          z[i * k + t] = sd > 0 ? (v - m) / sd : 0;
        }
      }
    });
    return { k, weight, z, complete };
  });
  if (weightTotal <= 0) throw new DomainError('INVALID_WEIGHTS', 'dimension weights must not all be zero');
  // One contiguous row per subject keeps a pair's data in two cache-friendly runs.
  const dimCount = dims.length;
  const dimStart = new Int32Array(dimCount);
  const dimK = new Int32Array(dimCount);
  const dimWeight = new Float64Array(dimCount);
  let width = 0;
  dims.forEach((d, di) => {
    dimStart[di] = width;
    dimK[di] = d.k;
    dimWeight[di] = d.weight;
    width += d.k;
  });
  const z = new Float64Array(n * width);
  const complete = new Uint8Array(n * dimCount);
  dims.forEach((d, di) => {
    const start = dimStart[di]!;
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < d.k; t++) z[i * width + start + t] = d.z[i * d.k + t]!;
      complete[i * dimCount + di] = d.complete[i]!;
    }
  });
  return { codes, n, width, z, dimCount, dimStart, dimK, dimWeight, complete };
}

/** Dimensions of up to this many indicators take the one-pass path of `distanceMatrix`. */
const FUSED_WIDTH = 6;

/**
 * Distance between prepared rows a and b: per dimension the root mean squared difference of the
 * z-scores over the indicators both subjects have, d_D = sqrt(sum_t (z_at - z_bt)^2 / k_ab), then
 * the weighted mean over the dimensions that could be compared. +Infinity when none could.
 */
function rowDistance(p: PreparedStructure, a: number, b: number): number {
  const { z, width, dimCount, dimStart, dimK, dimWeight, complete } = p;
  const ra = a * width;
  const rb = b * width;
  const ca = a * dimCount;
  const cb = b * dimCount;
  let acc = 0;
  let wsum = 0;
  for (let d = 0; d < dimCount; d++) {
    const w = dimWeight[d]!;
    if (w === 0) continue;
    const k = dimK[d]!;
    const oa = ra + dimStart[d]!;
    const ob = rb + dimStart[d]!;
    let ss = 0;
    let cnt = k;
    if ((complete[ca + d]! & complete[cb + d]!) === 1) {
      for (let t = 0; t < k; t++) {
        const diff = z[oa + t]! - z[ob + t]!;
        ss += diff * diff;
      }
    } else {
      cnt = 0;
      for (let t = 0; t < k; t++) {
        const diff = z[oa + t]! - z[ob + t]!;
        if (diff === diff) {
          ss += diff * diff;
          cnt++;
        }
      }
      if (cnt === 0) continue;
    }
    acc += w * Math.sqrt(ss / cnt);
    wsum += w;
  }
  return wsum > 0 ? acc / wsum : Infinity;
}

/**
 * Structural distance between every pair of subjects (DOMAIN.md 4.4; the JRC S3 Platform
 * "regional benchmarking" tool works the same way over 42 structural variables):
 * 1. each indicator is standardised over all subjects passed: z = (x - mean) / s;
 * 2. within a dimension D, d_D(a, b) = sqrt( (1 / k_ab) * sum_{t in D, both present}
 *    (z_at - z_bt)^2 ), the Euclidean distance divided by sqrt of the number of indicators
 *    compared, so missing data neither shrinks nor grows a distance;
 * 3. d(a, b) = sum_D w_D d_D / sum_D w_D over the dimensions with at least one indicator in
 *    common. 0 = identical; symmetric; with complete data each d_D is a metric, so the triangle
 *    inequality holds.
 * Runs in O(n^2 k) over typed arrays, computing each pair once.
 */
export function distanceMatrix(
  subjects: readonly StructuralSubject[],
  opts: { dimensions: readonly SimilarityDimension[] },
): DistanceMatrix {
  const p = prepare(subjects, opts.dimensions);
  const { n, z, width, dimCount, dimStart, dimK, dimWeight, complete } = p;
  const distances = new Float64Array(n * n);
  // Column-major copies: one contiguous array per indicator, so the work for row a runs down
  // whole columns (a against every b > a at once) in tight loops over typed arrays.
  const cols: Float64Array[] = [];
  for (let c = 0; c < width; c++) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = z[i * width + c]!;
    cols.push(col);
  }
  let weightTotal = 0;
  for (let d = 0; d < dimCount; d++) weightTotal += dimWeight[d]!;
  const ss = new Float64Array(n);
  const zeros = new Float64Array(n);
  const acc = new Float64Array(n);
  // Weight of the dimensions a pair could not be compared on (usually 0), so that the weight
  // sum is weightTotal - missingWeight without a second accumulator per dimension.
  const missingWeight = new Float64Array(n);
  // For pairs where one side lacks a value: bit t of present[i * dimCount + d] says row i has
  // indicator t of dimension d, and filled holds z with 0 for a missing value, so the shared
  // indicators are summed without a data-dependent branch (dimensions of up to 31 indicators;
  // wider ones test NaN instead).
  const present = new Int32Array(n * dimCount);
  const filled = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < dimCount; d++) {
      let bits = 0;
      for (let t = 0; t < dimK[d]! && t < 31; t++) {
        const v = z[i * width + dimStart[d]! + t]!;
        if (v === v) {
          bits |= 1 << t;
          filled[i * width + dimStart[d]! + t] = v;
        }
      }
      present[i * dimCount + d] = bits;
    }
  }
  /** Dimension d between a and b when one of them lacks a value there: the mean over the indicators both have. */
  const partial = (a: number, b: number, d: number, w: number): void => {
    const k = dimK[d]!;
    const oa = a * width + dimStart[d]!;
    const ob = b * width + dimStart[d]!;
    let s = 0;
    let cnt = 0;
    if (k <= 31) {
      const common = present[a * dimCount + d]! & present[b * dimCount + d]!;
      if (common !== 0) {
        for (let t = 0; t < k; t++) {
          const bit = (common >>> t) & 1;
          const diff = filled[oa + t]! - filled[ob + t]!;
          s += bit * (diff * diff);
          cnt += bit;
        }
      }
    } else {
      for (let t = 0; t < k; t++) {
        const diff = z[oa + t]! - z[ob + t]!;
        if (diff === diff) {
          s += diff * diff;
          cnt++;
        }
      }
    }
    if (cnt > 0) acc[b] = acc[b]! + w * Math.sqrt(s / cnt);
    else missingWeight[b] = missingWeight[b]! + w;
  };
  for (let a = 0; a < n; a++) {
    const b0 = a + 1;
    if (b0 >= n) break;
    acc.fill(0, b0);
    missingWeight.fill(0, b0);
    for (let d = 0; d < dimCount; d++) {
      const w = dimWeight[d]!;
      if (w === 0) continue;
      const kd = dimK[d]!;
      if (kd <= FUSED_WIDTH) {
        // One pass per dimension of up to six indicators (shorter ones padded with columns of
        // zeros, whose differences add +0): a's values in registers, b's down the columns, the
        // root taken at once. A NaN sum means one side lacks a value: that pair sums the
        // indicators both have, in order, from the differences already in registers.
        const c0 = dimStart[d]!;
        const p0 = cols[c0]!;
        const p1 = kd > 1 ? cols[c0 + 1]! : zeros;
        const p2 = kd > 2 ? cols[c0 + 2]! : zeros;
        const p3 = kd > 3 ? cols[c0 + 3]! : zeros;
        const p4 = kd > 4 ? cols[c0 + 4]! : zeros;
        const p5 = kd > 5 ? cols[c0 + 5]! : zeros;
        const a0 = p0[a]!;
        const a1 = p1[a]!;
        const a2 = p2[a]!;
        const a3 = p3[a]!;
        const a4 = p4[a]!;
        const a5 = p5[a]!;
        const invK = 1 / kd;
        const padding = FUSED_WIDTH - kd;
        for (let b = b0; b < n; b++) {
          const x0 = a0 - p0[b]!;
          const x1 = a1 - p1[b]!;
          const x2 = a2 - p2[b]!;
          const x3 = a3 - p3[b]!;
          const x4 = a4 - p4[b]!;
          const x5 = a5 - p5[b]!;
          const sum = x0 * x0 + x1 * x1 + x2 * x2 + (x3 * x3 + x4 * x4 + x5 * x5);
          if (sum === sum) {
            acc[b] = acc[b]! + w * Math.sqrt(sum * invK);
            continue;
          }
          let q = 0;
          let c = -padding;
          if (x0 === x0) {
            q += x0 * x0;
            c++;
          }
          if (x1 === x1) {
            q += x1 * x1;
            c++;
          }
          if (x2 === x2) {
            q += x2 * x2;
            c++;
          }
          if (x3 === x3) {
            q += x3 * x3;
            c++;
          }
          if (x4 === x4) {
            q += x4 * x4;
            c++;
          }
          if (x5 === x5) {
            q += x5 * x5;
            c++;
          }
          if (c > 0) acc[b] = acc[b]! + w * Math.sqrt(q / c);
          else missingWeight[b] = missingWeight[b]! + w;
        }
        continue;
      }
      if (complete[a * dimCount + d] !== 1) {
        for (let b = b0; b < n; b++) partial(a, b, d, w);
        continue;
      }
      // a has every value of d: sum the squared differences six (three, one) columns per pass (a missing
      // value of b makes its sum NaN, and that pair takes the partial path), then the root.
      const k = dimK[d]!;
      const c0 = dimStart[d]!;
      let t = 0;
      ss.fill(0, b0);
      for (; t + 5 < k; t += 6) {
        const p0 = cols[c0 + t]!;
        const p1 = cols[c0 + t + 1]!;
        const p2 = cols[c0 + t + 2]!;
        const p3 = cols[c0 + t + 3]!;
        const p4 = cols[c0 + t + 4]!;
        const p5 = cols[c0 + t + 5]!;
        const a0 = p0[a]!;
        const a1 = p1[a]!;
        const a2 = p2[a]!;
        const a3 = p3[a]!;
        const a4 = p4[a]!;
        const a5 = p5[a]!;
        for (let b = b0; b < n; b++) {
          const x0 = a0 - p0[b]!;
          const x1 = a1 - p1[b]!;
          const x2 = a2 - p2[b]!;
          const x3 = a3 - p3[b]!;
          const x4 = a4 - p4[b]!;
          const x5 = a5 - p5[b]!;
          ss[b] = ss[b]! + (x0 * x0 + x1 * x1 + x2 * x2 + (x3 * x3 + x4 * x4 + x5 * x5));
        }
      }
      for (; t + 2 < k; t += 3) {
        const p0 = cols[c0 + t]!;
        const p1 = cols[c0 + t + 1]!;
        const p2 = cols[c0 + t + 2]!;
        const a0 = p0[a]!;
        const a1 = p1[a]!;
        const a2 = p2[a]!;
        for (let b = b0; b < n; b++) {
          const x = a0 - p0[b]!;
          const y = a1 - p1[b]!;
          const v = a2 - p2[b]!;
          ss[b] = ss[b]! + (x * x + y * y + v * v);
        }
      }
      for (; t < k; t++) {
        const p0 = cols[c0 + t]!;
        const a0 = p0[a]!;
        for (let b = b0; b < n; b++) {
          const x = a0 - p0[b]!;
          ss[b] = ss[b]! + x * x;
        }
      }
      const invK = 1 / k;
      for (let b = b0; b < n; b++) {
        const s = ss[b]!;
        if (s === s) acc[b] = acc[b]! + w * Math.sqrt(s * invK);
        else partial(a, b, d, w);
      }
    }
    const row = a * n;
    for (let b = b0; b < n; b++) {
      const ws = weightTotal - missingWeight[b]!;
      distances[row + b] = ws > 0 ? acc[b]! / ws : Infinity;
    }
  }
  // Mirror the upper triangle in 64 x 64 tiles (a column-wise write per pair would miss the
  // cache on every store).
  const B = 64;
  for (let ib = 0; ib < n; ib += B) {
    for (let jb = ib; jb < n; jb += B) {
      const iEnd = Math.min(ib + B, n);
      const jEnd = Math.min(jb + B, n);
      for (let i = ib; i < iEnd; i++) {
        for (let j = Math.max(jb, i + 1); j < jEnd; j++) distances[j * n + i] = distances[i * n + j]!;
      }
    }
  }
  return { codes: p.codes, size: n, distances };
}

/**
 * The N structurally nearest subjects to `target` (DOMAIN.md 4.4), nearest first (ties by code),
 * with the distance defined in `distanceMatrix`. Subjects that cannot be compared with the target
 * (no indicator in common) are left out. excludeSameCountry leaves out the target's country.
 */
export function referenceRegions(
  target: string,
  subjects: readonly StructuralSubject[],
  opts: ReferenceRegionOptions,
): ReferenceRegion[] {
  if (!Number.isInteger(opts.n) || opts.n < 1) throw new DomainError('OUT_OF_RANGE', `n must be a positive integer, got ${opts.n}`);
  const ti = subjects.findIndex((s) => s.code === target);
  if (ti < 0) {
    if (subjects.length === 0) throw new DomainError('EMPTY_SET', 'no subjects to compare');
    throw new DomainError('UNKNOWN_SUBJECT', `unknown target ${target}`, { subject: target });
  }
  const p = prepare(subjects, opts.dimensions);
  const country = (subjects[ti] as StructuralSubject).country;
  const out: ReferenceRegion[] = [];
  for (let i = 0; i < p.n; i++) {
    if (i === ti) continue;
    if (opts.excludeSameCountry && (subjects[i] as StructuralSubject).country === country) continue;
    const d = rowDistance(p, ti, i);
    if (d === Infinity) continue;
    out.push({ code: p.codes[i] as string, distance: d });
  }
  out.sort((x, y) => x.distance - y.distance || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  return out.slice(0, opts.n);
}
