import { mulberry32, normalDraw } from '@polisee/domain';
import type { DevelopmentAreaValue, IndicatorKindValue, PolarityValue, TransformValue } from '../../modules/indicator/indicator.entity';
import type { ObservationFlagValue } from '../../modules/observation/observation.entity';
import { countryOfNuts } from '../../modules/region/country';
import { SECTORS } from '../../modules/cluster/sectors';
import { readSeedCsv } from './seed-data';

/**
 * The demo indicator set, versioned: real Eurostat figures from seed-data/ (each keeps its
 * source), and generated values flagged DEMO where the real data has gaps. The generator is
 * seeded, so every install gets the same numbers. Bump SEED_VERSION when the output changes.
 */
export const INDICATOR_SEED_VERSION = '2026-11-28.1';
export const YEARS = Array.from({ length: 11 }, (_, i) => 2014 + i); // 2014..2024

export interface IndicatorSeed {
  code: string;
  name: string;
  description: string;
  unit: string;
  kind: IndicatorKindValue;
  polarity: PolarityValue;
  transform: TransformValue;
  area: DevelopmentAreaValue;
  dimension: string | null;
  source: string;
}

const DEMO_SOURCE = `PoliSEE demo generator ${INDICATOR_SEED_VERSION} (not real data)`;
const S = (kind: IndicatorKindValue) => kind;

export const INDICATOR_SEEDS: readonly IndicatorSeed[] = [
  // Structural: context used for similarity (DOMAIN.md 4.4), grouped into dimensions.
  { code: 'POPULATION', name: 'Population on 1 January', description: 'Residents of the region on 1 January.', unit: 'persons', kind: S('STRUCTURAL'), polarity: 'HIGHER_IS_BETTER', transform: 'LOG', area: 'MULTILEVEL_GOVERNANCE', dimension: 'Demography', source: 'Eurostat demo_r_pjangroup (S1) for IT, EL, HR 2023-2025; DEMO elsewhere' },
  { code: 'POP_DENSITY', name: 'Population density', description: 'Residents per square kilometre.', unit: 'inhabitants/km²', kind: S('STRUCTURAL'), polarity: 'HIGHER_IS_BETTER', transform: 'LOG', area: 'MULTILEVEL_GOVERNANCE', dimension: 'Demography', source: 'DEMO: population over approximate area' },
  { code: 'OLD_AGE_SHARE', name: 'Population aged 65 and over', description: 'Share of residents aged 65 or more.', unit: '% of population', kind: S('STRUCTURAL'), polarity: 'LOWER_IS_BETTER', transform: 'NONE', area: 'SKILLS_AND_JOBS', dimension: 'Demography', source: DEMO_SOURCE },
  { code: 'URBAN_POP_SHARE', name: 'Population in cities', description: 'Share of residents living in cities (degree of urbanisation 1).', unit: '% of population', kind: S('STRUCTURAL'), polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'SPECIALISATION', dimension: 'Demography', source: DEMO_SOURCE },
  { code: 'GDP_PC_EUR', name: 'GDP per inhabitant', description: 'Gross domestic product per inhabitant at current prices.', unit: 'EUR', kind: S('STRUCTURAL'), polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'FINANCIAL_FRAMEWORK', dimension: 'Economy', source: 'Eurostat nama_10r_2gdp (S2) for HU11, HU12, HU31, RO12, RO31, RO32; DEMO elsewhere, scaled from the country figure' },
  { code: 'TOURISM_NIGHTS', name: 'Nights spent in tourist accommodation', description: 'Nights per 1,000 inhabitants.', unit: 'nights per 1,000 inh.', kind: S('STRUCTURAL'), polarity: 'HIGHER_IS_BETTER', transform: 'SQRT', area: 'SUSTAINABLE_DEVELOPMENT', dimension: 'Economy', source: 'Eurostat tour_occ_nin2 (S1) for IT, EL, HR 2023-2024; DEMO elsewhere' },
  { code: 'AGRI_EMP_SHARE', name: 'Employment in agriculture', description: 'Share of employment in agriculture, forestry and fishing (NACE A).', unit: '% of employment', kind: S('STRUCTURAL'), polarity: 'LOWER_IS_BETTER', transform: 'SQRT', area: 'SPECIALISATION', dimension: 'Sectoral structure', source: DEMO_SOURCE },
  { code: 'INDUSTRY_EMP_SHARE', name: 'Employment in industry', description: 'Share of employment in industry excluding construction (NACE B-E).', unit: '% of employment', kind: S('STRUCTURAL'), polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'SPECIALISATION', dimension: 'Sectoral structure', source: DEMO_SOURCE },
  // Performance: scored and aggregated (DOMAIN.md 4.5), RIS-like, one or more per area.
  { code: 'BERD_EUR_PER_INH', name: 'Business R&D expenditure', description: 'Business enterprise expenditure on R&D per inhabitant.', unit: 'EUR per inhabitant', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'SQRT', area: 'INNOVATION_RD', dimension: null, source: 'Eurostat rd_e_gerdreg via nestauk/eurito_indicators (E1), 2014-2018; DEMO other years' },
  { code: 'GOV_HE_RD_PCT_GDP', name: 'Public R&D expenditure', description: 'R&D expenditure of government and higher education as % of GDP.', unit: '% of GDP', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'INNOVATION_RD', dimension: null, source: DEMO_SOURCE },
  { code: 'PATENT_APPS_PER_MIO', name: 'PCT patent applications', description: 'PCT patent applications per million inhabitants.', unit: 'per million inh.', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'SQRT', area: 'INNOVATION_RD', dimension: null, source: DEMO_SOURCE },
  { code: 'HRST_TERTIARY_PCT', name: 'Human resources in science and technology (tertiary educated)', description: 'Persons with tertiary education as % of the active population (HRSTE).', unit: '% of active population', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'SKILLS_AND_JOBS', dimension: null, source: 'Eurostat hrst_st_rcat via nestauk/eurito_indicators (E2), 2011-2020 (break in 2014); DEMO later years' },
  { code: 'UNEMPLOYMENT_RATE', name: 'Unemployment rate', description: 'Unemployed as % of the labour force aged 15-74.', unit: '%', kind: 'PERFORMANCE', polarity: 'LOWER_IS_BETTER', transform: 'NONE', area: 'SKILLS_AND_JOBS', dimension: null, source: 'Eurostat lfst_r_lfu3rt (S2) for HU11, HU12, HU31, RO12, RO31, RO32; DEMO elsewhere, scaled from the country figure' },
  { code: 'LIFELONG_LEARNING_PCT', name: 'Lifelong learning', description: 'Adults aged 25-64 in education or training in the last four weeks.', unit: '% of population 25-64', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'SKILLS_AND_JOBS', dimension: null, source: DEMO_SOURCE },
  { code: 'SME_INNOVATORS_PCT', name: 'SMEs introducing product innovations', description: 'Share of SMEs that introduced a product innovation.', unit: '% of SMEs', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'SPECIALISATION', dimension: null, source: DEMO_SOURCE },
  { code: 'KIS_EMPLOYMENT_PCT', name: 'Employment in knowledge-intensive services', description: 'Share of employment in knowledge-intensive service activities.', unit: '% of employment', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'SPECIALISATION', dimension: null, source: DEMO_SOURCE },
  { code: 'INNOV_SME_COLLAB_PCT', name: 'Innovative SMEs collaborating with others', description: 'Share of SMEs with innovation co-operation agreements.', unit: '% of SMEs', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'INTERNATIONAL_COOPERATION', dimension: null, source: DEMO_SOURCE },
  { code: 'INTL_COPUB_PER_MIO', name: 'International scientific co-publications', description: 'Co-publications with at least one foreign co-author per million inhabitants.', unit: 'per million inh.', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'SQRT', area: 'INTERNATIONAL_COOPERATION', dimension: null, source: DEMO_SOURCE },
  { code: 'VENTURE_CAPITAL_PCT_GDP', name: 'Venture capital investment', description: 'Venture capital investment as % of GDP.', unit: '% of GDP', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'SQRT', area: 'FINANCIAL_FRAMEWORK', dimension: null, source: DEMO_SOURCE },
  { code: 'RENEWABLE_ENERGY_PCT', name: 'Renewable energy share', description: 'Share of renewable energy in gross final energy consumption.', unit: '%', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'SUSTAINABLE_DEVELOPMENT', dimension: null, source: DEMO_SOURCE },
  { code: 'GOV_QUALITY_INDEX', name: 'Quality of government', description: 'Regional quality of government index (EQI-like, 0 = EU average).', unit: 'index', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', transform: 'NONE', area: 'MULTILEVEL_GOVERNANCE', dimension: null, source: DEMO_SOURCE },
];

/** Approximate area (km²) and population (millions) where no real figure is in seed-data. */
const AREA_KM2: Record<string, number> = {
  ITC1: 25387, ITC2: 3261, ITC3: 5416, ITC4: 23864, ITF1: 10832, ITF2: 4461, ITF3: 13671, ITF4: 19541, ITF5: 10073, ITF6: 15222,
  ITG1: 25832, ITG2: 24100, ITH1: 7398, ITH2: 6207, ITH3: 18345, ITH4: 7924, ITH5: 22453, ITI1: 22987, ITI2: 8464, ITI3: 9401, ITI4: 17232,
  AT11: 3965, AT12: 19180, AT13: 415, AT21: 9536, AT22: 16401, AT31: 11983, AT32: 7155, AT33: 12648, AT34: 2602, SI03: 12212, SI04: 8061,
  HU11: 525, HU12: 6391, HU21: 11237, HU22: 11328, HU23: 14169, HU31: 13430, HU32: 17729, HU33: 18339, SK01: 2053, SK02: 14993, SK03: 16263, SK04: 15726,
  RO11: 34160, RO12: 34100, RO21: 36850, RO22: 35762, RO31: 34453, RO32: 1821, RO41: 29212, RO42: 32034,
  BG31: 19070, BG32: 14974, BG33: 14487, BG34: 19799, BG41: 20306, BG42: 22365,
  EL30: 3808, EL41: 3836, EL42: 5286, EL43: 8336, EL51: 14157, EL52: 18811, EL53: 9451, EL54: 9203, EL61: 14037, EL62: 2307, EL63: 11350, EL64: 15549, EL65: 15490,
  HR02: 14200, HR03: 24705, HR05: 641, HR06: 9600, RS11: 3234, RS12: 21614, RS21: 26493, RS22: 26248, ME00: 13812, MK00: 25713,
};
const POP_MIO: Record<string, number> = {
  AT11: 0.3, AT12: 1.7, AT13: 1.93, AT21: 0.56, AT22: 1.25, AT31: 1.5, AT32: 0.56, AT33: 0.76, AT34: 0.4, SI03: 1.1, SI04: 0.99,
  HU11: 1.7, HU12: 1.3, HU21: 1.05, HU22: 0.98, HU23: 0.88, HU31: 1.1, HU32: 1.45, HU33: 1.2, SK01: 0.72, SK02: 1.8, SK03: 1.3, SK04: 1.6,
  RO11: 2.5, RO12: 2.3, RO21: 3.2, RO22: 2.4, RO31: 3.0, RO32: 2.3, RO41: 2.0, RO42: 1.7, BG31: 0.7, BG32: 0.78, BG33: 0.9, BG34: 1.0, BG41: 2.1, BG42: 1.4,
  RS11: 1.68, RS12: 1.85, RS21: 1.9, RS22: 1.5, ME00: 0.62, MK00: 1.84,
};
/** Regional GDP per inhabitant relative to the country (capitals and the industrial north above 1). */
const GDP_FACTOR: Record<string, number> = {
  AT13: 1.2, AT32: 1.15, AT33: 1.05, AT34: 1.12, AT31: 1.05, AT11: 0.72, AT21: 0.88, AT22: 0.93, AT12: 0.85,
  SI04: 1.2, SI03: 0.82, SK01: 2.1, SK02: 0.85, SK03: 0.75, SK04: 0.68, HU21: 0.85, HU22: 0.9, HU23: 0.65, HU32: 0.62, HU33: 0.68,
  RO11: 0.9, RO21: 0.55, RO22: 0.78, RO41: 0.7, RO42: 1.0, BG41: 1.7, BG31: 0.55, BG32: 0.6, BG33: 0.75, BG34: 0.75, BG42: 0.62,
  EL30: 1.35, EL41: 0.72, EL42: 1.05, EL43: 0.85, EL51: 0.7, EL52: 0.82, EL53: 0.9, EL54: 0.7, EL61: 0.78, EL62: 0.9, EL63: 0.7, EL64: 0.92, EL65: 0.8,
  HR02: 0.65, HR03: 0.95, HR05: 1.65, HR06: 0.75, RS11: 1.6, RS12: 0.95, RS21: 0.7, RS22: 0.65, ME00: 1, MK00: 1,
  ITC1: 1.05, ITC2: 1.25, ITC3: 1.05, ITC4: 1.35, ITH1: 1.55, ITH2: 1.35, ITH3: 1.12, ITH4: 1.08, ITH5: 1.25, ITI1: 1.08, ITI2: 0.88, ITI3: 0.95, ITI4: 1.15,
  ITF1: 0.85, ITF2: 0.72, ITF3: 0.62, ITF4: 0.62, ITF5: 0.72, ITF6: 0.58, ITG1: 0.6, ITG2: 0.7,
};
/** Country GDP per inhabitant (EUR) where seed-data has no country row (RS, ME, MK): approximate. */
const EXTRA_COUNTRY_GDP: Record<string, number> = { RS: 6000, ME: 6800, MK: 5200 };
const EXTRA_COUNTRY_UNEMP: Record<string, number> = { RS: 13, ME: 16, MK: 18 };

export interface ObservationSeed {
  indicator: string;
  region: string;
  year: number;
  value: number | null;
  flag: ObservationFlagValue | null;
  source: string;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Builds every observation of the demo set for the given regions. */
export function observationSeeds(regionCodes: readonly string[]): ObservationSeed[] {
  const out: ObservationSeed[] = [];
  const have = new Set<string>();
  const put = (o: ObservationSeed) => {
    const key = `${o.indicator}|${o.region}|${o.year}`;
    if (have.has(key) || !regionCodes.includes(o.region) || !YEARS.includes(o.year)) return;
    have.add(key);
    out.push(o);
  };
  const flagOf = (f: string | undefined): ObservationFlagValue | null => (f === 'p' ? 'PROVISIONAL' : f === 'b' ? 'BREAK_IN_SERIES' : null);

  // Real figures first; generated values only fill what is left.
  const gdp = readSeedCsv<Record<string, string>>('eurostat_gdp_pc_eur_unemployment_2014_2024.csv');
  const countryGdp = new Map<string, number>();
  const countryUnemp = new Map<string, number>();
  for (const r of gdp) {
    if (r.level === 'country') {
      if (r.gdp_per_capita_eur_current) countryGdp.set(`${r.geo}|${r.year}`, Number(r.gdp_per_capita_eur_current));
      if (r.unemployment_rate_15_74_pct) countryUnemp.set(`${r.geo}|${r.year}`, Number(r.unemployment_rate_15_74_pct));
      continue;
    }
    const src = 'Eurostat (S2), see seed-data/SOURCES.md';
    if (r.gdp_per_capita_eur_current) put({ indicator: 'GDP_PC_EUR', region: r.geo!, year: Number(r.year), value: Number(r.gdp_per_capita_eur_current), flag: flagOf(r.gdp_flag), source: src });
    if (r.unemployment_rate_15_74_pct) put({ indicator: 'UNEMPLOYMENT_RATE', region: r.geo!, year: Number(r.year), value: Number(r.unemployment_rate_15_74_pct), flag: flagOf(r.unemployment_flag), source: src });
  }
  for (const r of readSeedCsv<Record<string, string>>('eurostat_population_it_el_hr_2023_2025.csv')) {
    put({ indicator: 'POPULATION', region: r.nuts_id!, year: Number(r.year), value: Number(r.population_1jan), flag: null, source: 'Eurostat (S1), see seed-data/SOURCES.md' });
  }
  for (const r of readSeedCsv<Record<string, string>>('eurostat_tourism_nights_per_1000_inh_it_el_hr_2023_2024.csv')) {
    put({ indicator: 'TOURISM_NIGHTS', region: r.nuts_id!, year: Number(r.year), value: Number(r.nights_per_1000_inhabitants), flag: null, source: 'Eurostat (S1), see seed-data/SOURCES.md' });
  }
  // NUTS 2016 -> 2021: HR04 (Kontinentalna Hrvatska) was split into HR02, HR05, HR06; its value
  // stands in for each successor, flagged ESTIMATED. HU10 was split into HU11 and HU12.
  const successors: Record<string, string[]> = { HR04: ['HR02', 'HR05', 'HR06'], HU10: ['HU11', 'HU12'] };
  const berd = readSeedCsv<Record<string, string>>('eurostat_berd_eur_per_inhabitant_nuts2_2014_2018.csv');
  const hrst = readSeedCsv<Record<string, string>>('eurostat_hrst_tertiary_educated_pct_active_pop_2011_2020.csv');
  for (const [rows, indicator, col, src] of [
    [berd, 'BERD_EUR_PER_INH', 'berd_eur_per_inhabitant', 'Eurostat via nestauk/eurito_indicators (E1)'],
    [hrst, 'HRST_TERTIARY_PCT', 'hrste_pct_of_active_population', 'Eurostat hrst_st_rcat via nestauk/eurito_indicators (E2)'],
  ] as const) {
    for (const r of rows) {
      const value = Number(r[col]);
      if (!r[col] || !Number.isFinite(value)) continue;
      const year = Number(r.year);
      const flag: ObservationFlagValue | null = indicator === 'HRST_TERTIARY_PCT' && year === 2014 ? 'BREAK_IN_SERIES' : null;
      put({ indicator, region: r.geo!, year, value, flag, source: src });
      for (const s of successors[r.geo!] ?? []) {
        put({ indicator, region: s, year, value, flag: 'ESTIMATED', source: `${src}; NUTS 2016 ${r.geo} value applied to its NUTS 2021 successor` });
      }
    }
  }

  // Generated values: a latent development level per region drives correlated indicators.
  const rng = mulberry32(20121005);
  const noise = (sd: number) => normalDraw(rng) * sd;
  const level = new Map<string, number>();
  const gdpOf = (region: string, year: number): number => {
    const country = region.slice(0, 2) === 'EL' ? 'EL' : region.slice(0, 2);
    const base = countryGdp.get(`${country}|${year}`) ?? EXTRA_COUNTRY_GDP[country]! * (1 + 0.04 * (year - 2014));
    return base * (GDP_FACTOR[region] ?? 1);
  };
  for (const region of regionCodes) level.set(region, Math.log(gdpOf(region, 2019) / 18000));

  for (const region of regionCodes) {
    const d = level.get(region)!;
    const country = countryOfNuts(region)?.code ?? region.slice(0, 2);
    const nuts = region.slice(0, 2);
    const capital = ['AT13', 'HU11', 'RO32', 'BG41', 'EL30', 'HR05', 'SK01', 'SI04', 'RS11', 'ITI4'].includes(region);
    const popBase = POP_MIO[region] !== undefined ? POP_MIO[region]! * 1e6 : null;
    const offsets: Record<string, number> = {};
    for (const seed of INDICATOR_SEEDS) offsets[seed.code] = noise(1);
    const o = (code: string) => offsets[code]!;
    for (const year of YEARS) {
      const t = year - 2014;
      const demo = (indicator: string, value: number, digits = 1) =>
        put({ indicator, region, year, value: round(value, digits), flag: 'DEMO', source: DEMO_SOURCE });
      // Population: real 2023 figure carried back with a small yearly decline where known.
      const real2023 = out.find((x) => x.indicator === 'POPULATION' && x.region === region && x.year === 2023)?.value ?? null;
      const pop2023 = real2023 ?? popBase ?? 1e6;
      const pop = pop2023 * (1 + 0.003 * (2023 - year) * (nuts === 'IT' ? 0.3 : 1));
      demo('POPULATION', pop, 0);
      demo('POP_DENSITY', pop / (AREA_KM2[region] ?? 10000), 1);
      demo('OLD_AGE_SHARE', clamp(19 + 2.2 * o('OLD_AGE_SHARE') + (nuts === 'IT' ? 3.5 : 0) + 0.25 * t, 12, 30));
      demo('URBAN_POP_SHARE', clamp(capital ? 85 + 5 * rng() : 30 + 10 * d + 12 * o('URBAN_POP_SHARE'), 8, 98));
      demo('GDP_PC_EUR', gdpOf(region, year) * (1 + 0.02 * noise(1)), 0);
      demo('TOURISM_NIGHTS', Math.max(300, 4200 * Math.exp(0.6 * o('TOURISM_NIGHTS')) * (year === 2020 ? 0.45 : year === 2021 ? 0.7 : 1)), 0);
      demo('AGRI_EMP_SHARE', clamp((capital ? 1 : 9) - 7 * d + 3 * o('AGRI_EMP_SHARE'), 0.3, 38));
      demo('INDUSTRY_EMP_SHARE', clamp(20 + 4 * d + 5 * o('INDUSTRY_EMP_SHARE') - (capital ? 8 : 0), 6, 38));
      demo('BERD_EUR_PER_INH', Math.max(2, 220 * Math.exp(1.6 * d + 0.5 * o('BERD_EUR_PER_INH')) * (1 + 0.03 * t)), 1);
      demo('GOV_HE_RD_PCT_GDP', clamp(0.45 + 0.15 * d + 0.18 * o('GOV_HE_RD_PCT_GDP') + (capital ? 0.35 : 0), 0.02, 1.6), 2);
      demo('PATENT_APPS_PER_MIO', Math.max(0.5, 45 * Math.exp(1.5 * d + 0.5 * o('PATENT_APPS_PER_MIO'))), 1);
      demo('HRST_TERTIARY_PCT', clamp(28 + 9 * d + 4 * o('HRST_TERTIARY_PCT') + (capital ? 12 : 0) + 0.5 * t, 10, 60));
      const cu = countryUnemp.get(`${nuts}|${year}`) ?? EXTRA_COUNTRY_UNEMP[nuts]! * (1 - 0.03 * t);
      demo('UNEMPLOYMENT_RATE', clamp(cu * (1 - 0.35 * d) * Math.exp(0.2 * o('UNEMPLOYMENT_RATE')), 1.5, 35));
      demo('LIFELONG_LEARNING_PCT', clamp(8 + 6 * d + 2.5 * o('LIFELONG_LEARNING_PCT') + (country === 'AT' || country === 'SI' ? 5 : 0), 0.5, 25));
      demo('SME_INNOVATORS_PCT', clamp(24 + 10 * d + 5 * o('SME_INNOVATORS_PCT'), 3, 55));
      demo('KIS_EMPLOYMENT_PCT', clamp(32 + 9 * d + 4 * o('KIS_EMPLOYMENT_PCT') + (capital ? 10 : 0), 15, 60));
      demo('INNOV_SME_COLLAB_PCT', clamp(10 + 5 * d + 3 * o('INNOV_SME_COLLAB_PCT'), 1, 30));
      demo('INTL_COPUB_PER_MIO', Math.max(10, 700 * Math.exp(1.3 * d + 0.5 * o('INTL_COPUB_PER_MIO') + (capital ? 0.8 : 0)) * (1 + 0.04 * t)), 0);
      demo('VENTURE_CAPITAL_PCT_GDP', clamp(0.03 * Math.exp(1.2 * d + 0.6 * o('VENTURE_CAPITAL_PCT_GDP') + (capital ? 0.7 : 0)), 0.001, 0.6), 3);
      demo('RENEWABLE_ENERGY_PCT', clamp(22 + 8 * o('RENEWABLE_ENERGY_PCT') + (country === 'AT' ? 12 : 0) + 0.8 * t, 4, 80));
      demo('GOV_QUALITY_INDEX', clamp(0.9 * d + 0.4 * o('GOV_QUALITY_INDEX') + (country === 'AT' ? 0.8 : 0), -2.5, 2.5), 2);
    }
  }
  return out;
}


/** Generated employment by sector and region (DEMO), the basis of location quotients. */
export function sectorEmploymentSeeds(regionCodes: readonly string[]): { region: string; sector: string; year: number; employees: number }[] {
  const rng = mulberry32(20140501);
  const bias: Record<string, Record<string, number>> = {
    ITI3: { FURNITURE: 4, TEXTILES: 4, MACHINERY: 2 }, ITH3: { FURNITURE: 2.5, TEXTILES: 2.5, MACHINERY: 2 }, ITC4: { MACHINERY: 2.5, CHEMICALS: 2 },
    AT22: { AUTOMOTIVE: 3.5, MACHINERY: 2 }, AT31: { MACHINERY: 2.5, AUTOMOTIVE: 2 }, SK02: { AUTOMOTIVE: 4 }, HU21: { AUTOMOTIVE: 3.5 },
    RO21: { TEXTILES: 3, AGRI_FOOD: 2 }, RO12: { AUTOMOTIVE: 2.5 }, RO32: { ICT: 3 }, BG41: { ICT: 3 }, HU11: { ICT: 2.5, CHEMICALS: 2 },
    EL42: { TOURISM: 5 }, EL43: { TOURISM: 4 }, EL62: { TOURISM: 5 }, HR03: { TOURISM: 4.5 }, ME00: { TOURISM: 3.5 }, EL30: { LOGISTICS: 2.5 },
    SI03: { ENERGY: 2, FURNITURE: 2 }, RS12: { AGRI_FOOD: 3 }, BG32: { AGRI_FOOD: 2.5 }, HU33: { AGRI_FOOD: 2.5 },
  };
  const out: { region: string; sector: string; year: number; employees: number }[] = [];
  for (const region of regionCodes) {
    const pop = POP_MIO[region] ?? 1.2;
    for (const s of SECTORS) {
      const share = 0.012 * (bias[region]?.[s.code] ?? 0.5 + rng());
      for (const year of [2020, 2022]) {
        out.push({ region, sector: s.code, year, employees: Math.round(pop * 1e6 * 0.42 * share * (year === 2022 ? 1.02 : 1)) });
      }
    }
    // Total regional employment row, so LQs have the right denominators.
    for (const year of [2020, 2022]) out.push({ region, sector: 'TOTAL', year, employees: Math.round(pop * 1e6 * 0.42) });
  }
  return out;
}
