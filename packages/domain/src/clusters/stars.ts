import { DomainError, assertFinite } from '../errors';

/**
 * Location quotient (European Cluster Observatory; DOMAIN.md 4.8):
 *   LQ = (e_ir / e_r) / (E_i / E),
 * sector i, region r, e employment in the region, E in the whole area. LQ > 1 means the region is
 * more specialised in the sector than the area. Negative or non-finite inputs: INVALID_NUMBER /
 * OUT_OF_RANGE; a zero region, area or sector-in-area total: ZERO_DENOMINATOR; a part larger than
 * its whole: OUT_OF_RANGE.
 */
export function locationQuotient(e: { sectorInRegion: number; region: number; sectorInArea: number; area: number }): number {
  for (const [k, v] of Object.entries(e)) {
    assertFinite(v, k);
    if (v < 0) throw new DomainError('OUT_OF_RANGE', `${k} cannot be negative, got ${v}`);
  }
  if (e.region === 0 || e.area === 0 || e.sectorInArea === 0) {
    throw new DomainError('ZERO_DENOMINATOR', 'location quotient needs positive region, area and sector-in-area employment');
  }
  if (e.sectorInRegion > e.region || e.sectorInRegion > e.sectorInArea || e.region > e.area || e.sectorInArea > e.area) {
    throw new DomainError('OUT_OF_RANGE', 'a part exceeds its whole (sector in region > region, region > area, ...)');
  }
  return e.sectorInRegion / e.region / (e.sectorInArea / e.area);
}

export interface SectorEmployment {
  readonly sector: string;
  readonly region: string;
  readonly employees: number;
}

export interface ClusterStarOptions {
  /** Share of the sector's regions that earn the size star (default 0.1: top 10%). */
  sizeTopShare?: number;
  /** LQ at or above which the specialisation star is earned (default 2). */
  specialisationLq?: number;
  /** Share of the sector's regions that earn the focus star (default 0.1: top 10%). */
  focusTopShare?: number;
  /**
   * Total employment per region, when the input lists only some sectors (e.g. cluster sectors
   * only). Default: the sum of the region's rows.
   */
  regionTotals?: Readonly<Record<string, number>>;
  /** Total employment of the area. Default: the sum of regionTotals (or of all rows). */
  areaTotal?: number;
}

export interface ClusterStars {
  region: string;
  sector: string;
  employees: number;
  locationQuotient: number;
  /** The sector's share of the region's employment, e_ir / e_r. */
  focus: number;
  size: boolean;
  specialisation: boolean;
  focused: boolean;
  /** 0..3. */
  stars: number;
}

/** Whether `x` is among the top `share` of `all`: fewer than share * m values are strictly larger. */
function inTop(x: number, sortedDesc: readonly number[], share: number): boolean {
  let larger = 0;
  while (larger < sortedDesc.length && (sortedDesc[larger] as number) > x) larger++;
  return x > 0 && larger < share * sortedDesc.length;
}

/**
 * Three-star rating of regional clusters (European Cluster Observatory; DOMAIN.md 4.8): for each
 * (region, sector) one star each for
 * - size: the region is in the top 10% of the sector's regions by employment e_ir;
 * - specialisation: LQ >= 2;
 * - focus: in the top 10% of the sector's regions by e_ir / e_r.
 * "Top 10%": fewer than 10% of the sector's regions (those listed for it) have a strictly larger
 * value, so ties share a star and a sector listed in fewer than 10 regions still has a top one;
 * zero employment never earns a star. Sorted by region, then sector.
 */
export function clusterStars(employment: readonly SectorEmployment[], opts: ClusterStarOptions = {}): ClusterStars[] {
  if (employment.length === 0) throw new DomainError('EMPTY_SET', 'no employment figures');
  const sizeTop = opts.sizeTopShare ?? 0.1;
  const focusTop = opts.focusTopShare ?? 0.1;
  const lqMin = opts.specialisationLq ?? 2;
  for (const [k, v] of [['sizeTopShare', sizeTop], ['focusTopShare', focusTop]] as const) {
    if (!(v > 0 && v <= 1)) throw new DomainError('OUT_OF_RANGE', `${k} must be in (0, 1], got ${v}`);
  }
  assertFinite(lqMin, 'specialisationLq');
  const seen = new Set<string>();
  const rowTotals = new Map<string, number>();
  const sectorTotals = new Map<string, number>();
  for (const e of employment) {
    assertFinite(e.employees, `employees of ${e.region}/${e.sector}`);
    if (e.employees < 0) throw new DomainError('OUT_OF_RANGE', `employees cannot be negative (${e.region}/${e.sector})`);
    const key = `${e.region}\u0000${e.sector}`;
    if (seen.has(key)) throw new DomainError('INVALID_ARGUMENT', `duplicate row ${e.region}/${e.sector}`);
    seen.add(key);
    rowTotals.set(e.region, (rowTotals.get(e.region) ?? 0) + e.employees);
    sectorTotals.set(e.sector, (sectorTotals.get(e.sector) ?? 0) + e.employees);
  }
  const regionTotal = (r: string): number => {
    const t = opts.regionTotals ? opts.regionTotals[r] : rowTotals.get(r);
    if (t === undefined) throw new DomainError('UNKNOWN_SUBJECT', `no total employment for region ${r}`, { subject: r });
    return t;
  };
  const area =
    opts.areaTotal ??
    (opts.regionTotals ? Object.values(opts.regionTotals).reduce((a, b) => a + b, 0) : [...rowTotals.values()].reduce((a, b) => a + b, 0));

  for (const r of rowTotals.keys()) regionTotal(r);
  const rows = employment.map((e) => {
    const region = regionTotal(e.region);
    const lq = locationQuotient({ sectorInRegion: e.employees, region, sectorInArea: sectorTotals.get(e.sector) as number, area });
    return { e, lq, focus: e.employees / region };
  });
  const bySector = new Map<string, { sizes: number[]; focus: number[] }>();
  for (const r of rows) {
    let s = bySector.get(r.e.sector);
    if (!s) bySector.set(r.e.sector, (s = { sizes: [], focus: [] }));
    s.sizes.push(r.e.employees);
    s.focus.push(r.focus);
  }
  for (const s of bySector.values()) {
    s.sizes.sort((a, b) => b - a);
    s.focus.sort((a, b) => b - a);
  }
  return rows
    .map(({ e, lq, focus }) => {
      const s = bySector.get(e.sector)!;
      const size = inTop(e.employees, s.sizes, sizeTop);
      const specialisation = lq >= lqMin;
      const focused = inTop(focus, s.focus, focusTop);
      return {
        region: e.region,
        sector: e.sector,
        employees: e.employees,
        locationQuotient: lq,
        focus,
        size,
        specialisation,
        focused,
        stars: Number(size) + Number(specialisation) + Number(focused),
      };
    })
    .sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : a.sector < b.sector ? -1 : a.sector > b.sector ? 1 : 0));
}
