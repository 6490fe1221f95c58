import fc from 'fast-check';
import { clusterStars, locationQuotient } from './stars';

describe('locationQuotient', () => {
  it.each([
    [{ sectorInRegion: 10, region: 100, sectorInArea: 100, area: 1000 }, 1],
    [{ sectorInRegion: 80, region: 100, sectorInArea: 100, area: 1000 }, 8],
    [{ sectorInRegion: 0, region: 100, sectorInArea: 100, area: 1000 }, 0],
    [{ sectorInRegion: 790, region: 800, sectorInArea: 900, area: 1000 }, (790 / 800) / 0.9],
  ])('%j -> %d', (e, lq) => {
    expect(locationQuotient(e)).toBeCloseTo(lq, 12);
  });

  it.each([
    [{ sectorInRegion: 1, region: 0, sectorInArea: 1, area: 1 }, 'ZERO_DENOMINATOR'],
    [{ sectorInRegion: 1, region: 1, sectorInArea: 0, area: 1 }, 'ZERO_DENOMINATOR'],
    [{ sectorInRegion: -1, region: 1, sectorInArea: 1, area: 1 }, 'OUT_OF_RANGE'],
    [{ sectorInRegion: 5, region: 1, sectorInArea: 10, area: 100 }, 'OUT_OF_RANGE'],
    [{ sectorInRegion: NaN, region: 1, sectorInArea: 1, area: 1 }, 'INVALID_NUMBER'],
  ])('%j -> %s', (e, code) => {
    expect(() => locationQuotient(e)).toThrow(expect.objectContaining({ code }));
  });

  it('property: sum over regions of e_r * LQ_ir is the area total', () => {
    // sum_r e_r * LQ_ir = E for every sector i (identity of the LQ definition)
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 10 }), (rows) => {
        const area = rows.reduce((a, [s, o]) => a + s + o, 0);
        const sectorInArea = rows.reduce((a, [s]) => a + s, 0);
        const sum = rows.reduce((a, [s, o]) => a + (s + o) * locationQuotient({ sectorInRegion: s, region: s + o, sectorInArea, area }), 0);
        expect(sum).toBeCloseTo(area, 6);
      }),
    );
  });
});

describe('clusterStars', () => {
  const employment = [
    { region: 'r1', sector: 'A', employees: 80 },
    { region: 'r1', sector: 'B', employees: 20 },
    { region: 'r2', sector: 'A', employees: 10 },
    { region: 'r2', sector: 'B', employees: 90 },
    { region: 'r3', sector: 'A', employees: 10 },
    { region: 'r3', sector: 'B', employees: 790 },
  ];

  it('awards size, specialisation and focus stars (hand-computed)', () => {
    const stars = clusterStars(employment);
    const by = Object.fromEntries(stars.map((s) => [`${s.region}/${s.sector}`, s]));
    expect(by['r1/A']).toMatchObject({ size: true, specialisation: true, focused: true, stars: 3, locationQuotient: 8, focus: 0.8 });
    expect(by['r3/B']).toMatchObject({ size: true, specialisation: false, focused: true, stars: 2 });
    expect(by['r2/A']!.stars).toBe(0);
    expect(by['r2/B']!.stars).toBe(0);
    expect(by['r1/B']!.stars).toBe(0);
    expect(stars.map((s) => `${s.region}/${s.sector}`)).toEqual(['r1/A', 'r1/B', 'r2/A', 'r2/B', 'r3/A', 'r3/B']);
  });

  it('uses given region and area totals when the input lists only cluster sectors', () => {
    const stars = clusterStars([{ region: 'r1', sector: 'A', employees: 50 }, { region: 'r2', sector: 'A', employees: 50 }], {
      regionTotals: { r1: 100, r2: 900 },
    });
    expect(stars[0]!.locationQuotient).toBeCloseTo((50 / 100) / (100 / 1000), 12);
    expect(stars[0]!.specialisation).toBe(true);
    expect(stars[1]!.specialisation).toBe(false);
    // ties share the size star
    expect(stars.every((s) => s.size)).toBe(true);
  });

  it('a top share of 10% of 20 regions gives the size star to two', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ region: `r${String(i).padStart(2, '0')}`, sector: 'A', employees: i + 1 }));
    rows.push(...rows.map((r) => ({ ...r, sector: 'B', employees: 100 })));
    expect(clusterStars(rows).filter((s) => s.sector === 'A' && s.size).map((s) => s.region)).toEqual(['r18', 'r19']);
  });

  it.each<[string, () => unknown, string]>([
    ['empty', () => clusterStars([]), 'EMPTY_SET'],
    ['duplicate', () => clusterStars([employment[0]!, employment[0]!]), 'INVALID_ARGUMENT'],
    ['missing total', () => clusterStars(employment, { regionTotals: { r1: 100 } }), 'UNKNOWN_SUBJECT'],
    ['bad share', () => clusterStars(employment, { sizeTopShare: 0 }), 'OUT_OF_RANGE'],
    ['negative', () => clusterStars([{ region: 'r', sector: 's', employees: -1 }]), 'OUT_OF_RANGE'],
  ])('%s -> %s', (_n, fn, code) => {
    expect(fn).toThrow(expect.objectContaining({ code }));
  });

  it('property: stars count the three flags and specialisation follows LQ >= 2', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 30 }), (rows) => {
        const unique = new Map(rows.map(([r, s, e]) => [`${r}/${s}`, { region: `r${r}`, sector: `s${s}`, employees: e }]));
        for (const s of clusterStars([...unique.values()])) {
          expect(s.stars).toBe(Number(s.size) + Number(s.specialisation) + Number(s.focused));
          expect(s.specialisation).toBe(s.locationQuotient >= 2);
        }
      }),
    );
  });
});
