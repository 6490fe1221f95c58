import { countryOfNuts } from '../../modules/region/country';
import { readSeedCsv } from './seed-data';

/**
 * Approximate points for the regions the S5 source has no point for, placed by hand near each
 * region's main population centre so the portal's map can show every partner. Marked as such
 * in `coordinateSource`.
 */
const APPROX: Record<string, [number, number]> = {
  ITC1: [45.05, 7.9], ITC2: [45.74, 7.35], ITC3: [44.3, 8.7], ITF1: [42.2, 13.8], ITF2: [41.6, 14.6],
  ITF3: [40.9, 14.8], ITF4: [41.0, 16.6], ITF5: [40.5, 16.1], ITF6: [39.0, 16.4], ITG1: [37.5, 14.1],
  ITG2: [40.1, 9.0], ITH1: [46.7, 11.4], ITH2: [46.1, 11.1], ITH3: [45.6, 11.9], ITH4: [46.1, 13.1],
  ITH5: [44.5, 11.0], ITI1: [43.4, 11.1], ITI2: [42.95, 12.5], ITI3: [43.35, 13.1], ITI4: [41.9, 12.8],
  AT13: [48.21, 16.37], AT21: [46.75, 13.85], AT32: [47.4, 13.1], AT33: [47.2, 11.4], AT34: [47.25, 9.9],
  HU11: [47.5, 19.05], HU22: [47.2, 16.9], HU23: [46.2, 18.0], HU32: [47.6, 21.5],
  SK01: [48.3, 17.2], SK03: [48.75, 19.3], RO32: [44.45, 26.1], RO42: [45.7, 21.9], BG42: [42.1, 24.9],
  EL30: [38.0, 23.75], EL41: [39.0, 26.2], EL42: [36.9, 25.4], EL43: [35.25, 24.9], EL53: [40.4, 21.6],
  EL54: [39.6, 20.8], EL62: [38.7, 20.6], EL63: [38.3, 21.6], EL64: [38.6, 22.9],
  HR05: [45.81, 15.98], HR06: [46.2, 16.3], RS11: [44.8, 20.45], RS12: [45.4, 19.9], RS21: [43.9, 20.4],
  RS22: [43.3, 21.9], ME00: [42.7, 19.3], MK00: [41.6, 21.7],
};
export const APPROX_SOURCE = 'PoliSEE hand-placed approximate point (demo)';

export interface RegionSeed {
  code: string;
  name: string;
  country: string;
  level: number;
  latitude: number | null;
  longitude: number | null;
  coordinateSource: string | null;
  nameSource: string;
}

export function regionSeeds(): RegionSeed[] {
  const rows = readSeedCsv<{
    country: string;
    nuts_id: string;
    name: string;
    name_source: string;
    approx_lat: string;
    approx_lon: string;
    coord_source: string;
  }>('nuts2_regions_see.csv');
  return rows.map((r) => {
    const country = countryOfNuts(r.nuts_id);
    if (!country) throw new Error(`nuts2_regions_see.csv: unknown country for ${r.nuts_id}`);
    const hasPoint = r.approx_lat !== '' && r.approx_lon !== '';
    const approx = APPROX[r.nuts_id];
    return {
      code: r.nuts_id,
      name: r.name,
      country: country.code,
      level: 2,
      latitude: hasPoint ? Number(r.approx_lat) : (approx?.[0] ?? null),
      longitude: hasPoint ? Number(r.approx_lon) : (approx?.[1] ?? null),
      coordinateSource: hasPoint ? `S5: ${r.coord_source}` : approx ? APPROX_SOURCE : null,
      nameSource: r.name_source,
    };
  });
}
