import fc from 'fast-check';
import { naiveDistanceMatrix } from '../bench/baseline';
import { distanceMatrix, referenceRegions, type SimilarityDimension, type StructuralSubject } from './reference-regions';

// z-scores by hand: x1 = 1, 2, 3 -> -1, 0, 1; x2 = 10, 10, 40 -> -1/sqrt3, -1/sqrt3, 2/sqrt3.
// d(A,B) = sqrt((1 + 0) / 2); d(A,C) = sqrt((4 + 3) / 2); d(B,C) = sqrt((1 + 3) / 2).
const abc: StructuralSubject[] = [
  { code: 'A', country: 'IT', values: { x1: 1, x2: 10 } },
  { code: 'B', country: 'RO', values: { x1: 2, x2: 10 } },
  { code: 'C', country: 'IT', values: { x1: 3, x2: 40 } },
];
const oneDim: SimilarityDimension[] = [{ name: 'economy', indicators: ['x1', 'x2'] }];

describe('distanceMatrix', () => {
  it('matches the hand-computed distances', () => {
    const m = distanceMatrix(abc, { dimensions: oneDim });
    expect(m.codes).toEqual(['A', 'B', 'C']);
    const d = (i: number, j: number) => m.distances[i * 3 + j] as number;
    expect(d(0, 0)).toBe(0);
    expect(d(0, 1)).toBeCloseTo(Math.sqrt(0.5), 12);
    expect(d(0, 2)).toBeCloseTo(Math.sqrt(3.5), 12);
    expect(d(1, 2)).toBeCloseTo(Math.sqrt(2), 12);
    expect(d(2, 1)).toBe(d(1, 2));
  });

  it('averages over the indicators compared, so missing data does not shrink a distance', () => {
    // x2 of B missing: x2 z-scores over A, C are -1/sqrt2, 1/sqrt2.
    const subjects: StructuralSubject[] = [abc[0]!, { code: 'B', country: 'RO', values: { x1: 2, x2: null } }, abc[2]!];
    const m = distanceMatrix(subjects, { dimensions: oneDim });
    expect(m.distances[1]).toBeCloseTo(1, 12); // A-B over x1 only
    expect(m.distances[2]).toBeCloseTo(Math.sqrt(3), 12); // A-C: (4 + 2) / 2
  });

  it('takes the weighted mean over dimensions and +Infinity when nothing is comparable', () => {
    const subjects: StructuralSubject[] = [
      { code: 'A', country: 'IT', values: { x1: 1, y: 0 } },
      { code: 'B', country: 'RO', values: { x1: 2, y: 0 } },
      { code: 'C', country: 'IT', values: { x1: 3, y: null } },
      { code: 'D', country: 'IT', values: { x1: null, y: 3 } },
    ];
    const dims: SimilarityDimension[] = [
      { name: 'a', indicators: ['x1'], weight: 3 },
      { name: 'b', indicators: ['y'], weight: 1 },
    ];
    const m = distanceMatrix(subjects, { dimensions: dims });
    // x1 z: -1, 0, 1; y z: (0,0,3) mean 1 sd sqrt3 -> -1/sqrt3, -1/sqrt3, 2/sqrt3.
    expect(m.distances[0 * 4 + 1]).toBeCloseTo((3 * 1 + 1 * 0) / 4, 12);
    expect(m.distances[0 * 4 + 2]).toBeCloseTo(2, 12); // only dimension a is comparable
    expect(m.distances[2 * 4 + 3]).toBe(Infinity); // C and D share nothing
  });

  it.each<[string, () => unknown, string]>([
    ['no subjects', () => distanceMatrix([], { dimensions: oneDim }), 'EMPTY_SET'],
    ['no dimensions', () => distanceMatrix(abc, { dimensions: [] }), 'EMPTY_SET'],
    ['unknown indicator', () => distanceMatrix(abc, { dimensions: [{ name: 'x', indicators: ['nope'] }] }), 'UNKNOWN_INDICATOR'],
    ['NaN value', () => distanceMatrix([{ code: 'A', country: 'IT', values: { x1: NaN } }], { dimensions: [{ name: 'x', indicators: ['x1'] }] }), 'INVALID_NUMBER'],
    ['negative weight', () => distanceMatrix(abc, { dimensions: [{ name: 'x', indicators: ['x1'], weight: -1 }] }), 'INVALID_WEIGHTS'],
    ['duplicate code', () => distanceMatrix([abc[0]!, abc[0]!], { dimensions: oneDim }), 'INVALID_ARGUMENT'],
  ])('%s -> %s', (_n, fn, code) => {
    expect(fn).toThrow(expect.objectContaining({ code }));
  });

  const value = fc.integer({ min: -10000, max: 10000 }).map((x) => x / 100);
  const complete = (k: number) =>
    fc.array(fc.array(value, { minLength: k, maxLength: k }), { minLength: 3, maxLength: 12 }).map((rows) =>
      rows.map((r, i): StructuralSubject => ({ code: `R${i}`, country: 'XX', values: Object.fromEntries(r.map((v, t) => [`x${t}`, v])) })),
    );
  const dimsFor = (k: number): SimilarityDimension[] => [{ name: 'd', indicators: Array.from({ length: k }, (_, t) => `x${t}`) }];

  it('property: symmetric, zero on the diagonal and on identical subjects, triangle inequality within a dimension', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((k) => complete(k).map((s) => [k, s] as const)), ([k, subjects]) => {
        const withTwin = [...subjects, { ...subjects[0]!, code: 'TWIN' }];
        const { distances: d, size: n } = distanceMatrix(withTwin, { dimensions: dimsFor(k) });
        expect(d[0 * n + (n - 1)]).toBeCloseTo(0, 12);
        for (let a = 0; a < n; a++) {
          expect(d[a * n + a]).toBe(0);
          for (let b = 0; b < n; b++) {
            expect(d[a * n + b]).toBe(d[b * n + a]);
            expect(d[a * n + b]).toBeGreaterThanOrEqual(0);
            for (let c = 0; c < n; c++) expect(d[a * n + c]!).toBeLessThanOrEqual(d[a * n + b]! + d[b * n + c]! + 1e-9);
          }
        }
      }),
    );
  });

  it('property: symmetric and finite with missing values', () => {
    const maybe = fc.option(value, { nil: null, freq: 3 });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, maybe, maybe), { minLength: 2, maxLength: 10 }), (rows) => {
        const subjects = rows.map(([a, b, c], i): StructuralSubject => ({ code: `R${i}`, country: 'XX', values: { a, b, c } }));
        const { distances: d, size: n } = distanceMatrix(subjects, { dimensions: [{ name: 'd1', indicators: ['a', 'b'] }, { name: 'd2', indicators: ['c'] }] });
        for (let x = 0; x < n; x++)
          for (let y = 0; y < n; y++) {
            expect(Number.isFinite(d[x * n + y])).toBe(true);
            expect(d[x * n + y]).toBe(d[y * n + x]);
          }
      }),
    );
  });
});

describe('distanceMatrix against the plain definition', () => {
  // The engine takes a one-pass path for dimensions of up to six indicators and a column-sum
  // path for wider ones, each with its own handling of missing values: both must give the
  // distance as defined (naiveDistanceMatrix, written straight from DOMAIN.md 4.4).
  const value = fc.integer({ min: -10000, max: 10000 }).map((x) => x / 100);
  const maybe = fc.option(value, { nil: null, freq: 4 });
  const setup = fc
    .array(fc.record({ k: fc.integer({ min: 1, max: 9 }), weight: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 4 })
    .filter((dims) => dims.some((d) => d.weight > 0))
    .chain((dims) => {
      const dimensions: SimilarityDimension[] = dims.map((d, di) => ({ name: `d${di}`, weight: d.weight, indicators: Array.from({ length: d.k }, (_, t) => `x${di}_${t}`) }));
      const codes = dimensions.flatMap((d) => d.indicators);
      return fc
        .array(fc.array(maybe, { minLength: codes.length, maxLength: codes.length }), { minLength: 2, maxLength: 14 })
        // every indicator needs one subject that has it
        .map((rows) => [{ ...rows, 0: codes.map((_, c) => rows[0]![c] ?? 1) }, rows] as const)
        .map(([first, rows]) => ({
          dimensions,
          subjects: rows.map((r, i): StructuralSubject => ({ code: `R${i}`, country: 'XX', values: Object.fromEntries(codes.map((c, t) => [c, (i === 0 ? first[0]! : r)[t] ?? null])) })),
        }));
    });

  it('property: every pair equals the plain definition, with and without missing values, for narrow and wide dimensions', () => {
    fc.assert(
      fc.property(setup, ({ dimensions, subjects }) => {
        const { distances, size } = distanceMatrix(subjects, { dimensions });
        const expected = naiveDistanceMatrix(subjects, dimensions);
        for (let a = 0; a < size; a++)
          for (let b = 0; b < size; b++) {
            if (a === b) continue;
            const want = expected[a]![b]!;
            const got = distances[a * size + b]!;
            if (want === Infinity) expect(got).toBe(Infinity);
            else expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, want));
          }
      }),
      { numRuns: 300 },
    );
  });
});

describe('referenceRegions', () => {
  it('returns the nearest first with their distance', () => {
    const r = referenceRegions('A', abc, { n: 5, dimensions: oneDim });
    expect(r.map((x) => x.code)).toEqual(['B', 'C']);
    expect(r[0]!.distance).toBeCloseTo(Math.sqrt(0.5), 12);
  });

  it.each<[string, number, boolean, string[]]>([
    ['n limits', 1, false, ['B']],
    ['own country excluded', 5, true, ['B']],
    ['from C', 5, false, ['B', 'A']],
  ])('%s', (_n, n, excludeSameCountry, expected) => {
    const target = _n === 'from C' ? 'C' : 'A';
    expect(referenceRegions(target, abc, { n, excludeSameCountry, dimensions: oneDim }).map((x) => x.code)).toEqual(expected);
  });

  it.each<[string, () => unknown, string]>([
    ['unknown target', () => referenceRegions('Z', abc, { n: 1, dimensions: oneDim }), 'UNKNOWN_SUBJECT'],
    ['n = 0', () => referenceRegions('A', abc, { n: 0, dimensions: oneDim }), 'OUT_OF_RANGE'],
    ['empty set', () => referenceRegions('A', [], { n: 1, dimensions: oneDim }), 'EMPTY_SET'],
  ])('%s -> %s', (_n, fn, code) => {
    expect(fn).toThrow(expect.objectContaining({ code }));
  });
});
