/*
 * The benchmark's data access and its caches, in one place. Everything here depends only on the
 * database's data version (bumped by triggers on every write to the benchmarking tables) and on
 * the year asked for, so it is kept per instance under that version and checked against it on
 * every request: an instance never serves data older than the database, and a cold cache only
 * costs time. The rows are typed here; nothing downstream sees `any`.
 */
import {
  createDataSet,
  drawWeights,
  weightDrawsKey,
  type DataSet,
  type Observation,
  type ObservationFlag,
  type StructuralSubject,
  type WeightDraws,
  type WeightDrawSpec,
} from '@polisee/domain';
import { IsNull, type DataSource } from 'typeorm';
import { IndicatorEntity } from '../indicator/indicator.entity';
import { Indicator } from '../indicator/indicator.type';
import { RegionEntity } from '../region/region.entity';
import { Region } from '../region/region.type';
import { DATA_VERSION_SQL, LATEST_VALUES_SQL, DEFAULT_YEAR_SQL } from './benchmark.sql';
import { LruMap } from '../../common/lru-map';
import { DerivedCache } from './derived-cache';

export type IndicatorRow = IndicatorEntity;
export type RegionRow = RegionEntity;

/** The latest non-missing value at or before a year, per indicator and region (LATEST_VALUES_SQL). */
export interface LatestValueRow {
  indicator: string;
  region: string;
  year: number;
  value: number;
  flag: string | null;
}

/** Regions and active indicators of one data version, with their API shapes made once. */
export interface Catalog {
  regions: readonly RegionRow[];
  regionByCode: ReadonlyMap<string, RegionRow>;
  /** The GraphQL `Region` of each region, by code (shared by every answer of this version). */
  regionTypes: ReadonlyMap<string, Region>;
  /** Active indicators, by code order. */
  indicators: readonly IndicatorRow[];
  indicatorTypes: ReadonlyMap<string, Indicator>;
}

/** The PERFORMANCE values a benchmark for (year, compareYear) is computed from. */
export interface PerformanceData {
  /** Indicators with at least one value up to the year. */
  withValues: ReadonlySet<string>;
  /** `region|indicator|year` of the DEMO-flagged values (shown as DEMO, scored as plain values). */
  demo: ReadonlySet<string>;
  /** `region|indicator` of the values (at or before the year) that are official, not DEMO. */
  official: ReadonlySet<string>;
  /** region -> indicators with a DEMO value among them. */
  demoIndicators: ReadonlyMap<string, ReadonlySet<string>>;
  /** The domain dataset for a set of indicators (all active ones that have values: the usual case). */
  dataset(codes: readonly string[]): DataSet;
}

function latestValueRow(r: Record<string, unknown>): LatestValueRow {
  return { indicator: String(r.indicator), region: String(r.region), year: Number(r.year), value: Number(r.value), flag: r.flag === null || r.flag === undefined ? null : String(r.flag) };
}

/** Domain observation flags: DEMO is ours (a provenance), not a statistical flag. */
const domainFlag = (flag: string | null): ObservationFlag | null => (flag === 'ESTIMATED' || flag === 'BREAK_IN_SERIES' || flag === 'PROVISIONAL' ? flag : null);

const WEIGHT_DRAW_ENTRIES = 16;

export class BenchmarkData {
  private readonly catalogs = new DerivedCache<Catalog>(4);
  private readonly defaultYears = new DerivedCache<number | null>(4);
  private readonly latestRows = new DerivedCache<LatestValueRow[]>(64);
  private readonly structural = new DerivedCache<StructuralSubject[]>(32);
  private readonly performance = new DerivedCache<PerformanceData>(32);
  /** Weight draws depend on (seed, draws, weights) only: shared by every version and region. */
  private readonly draws = new LruMap<string, WeightDraws>(WEIGHT_DRAW_ENTRIES);

  constructor(private readonly ds: DataSource) {}

  async version(): Promise<string> {
    const rows: { version?: unknown }[] = await this.ds.query(DATA_VERSION_SQL);
    return String(rows[0]?.version ?? '0');
  }

  catalog(version: string): Promise<Catalog> {
    return this.catalogs.getOrCompute(version, 'catalog', async () => {
      const [regions, indicators] = await Promise.all([
        this.ds.getRepository(RegionEntity).find({ order: { code: 'ASC' } }),
        this.ds.getRepository(IndicatorEntity).find({ where: { retiredAt: IsNull() }, order: { code: 'ASC' } }),
      ]);
      return {
        regions,
        regionByCode: new Map(regions.map((r) => [r.code, r])),
        regionTypes: new Map(regions.map((r) => [r.code, Region.from(r)])),
        indicators,
        indicatorTypes: new Map(indicators.map((i) => [i.code, Indicator.from(i)])),
      };
    });
  }

  /** The most recent year with official values for the most PERFORMANCE indicators (null: no data yet). */
  defaultYear(version: string): Promise<number | null> {
    return this.defaultYears.getOrCompute(version, 'year', async () => {
      const rows: { year?: unknown }[] = await this.ds.query(DEFAULT_YEAR_SQL);
      const year = rows[0]?.year;
      return year === null || year === undefined ? null : Number(year);
    });
  }

  /**
   * Cached per data version and year; matchmaking reads the performance values through it. With
   * `officialOnly`, DEMO values are passed over for the latest official one.
   */
  latest(version: string, year: number, kind: 'STRUCTURAL' | 'PERFORMANCE', officialOnly = false): Promise<LatestValueRow[]> {
    return this.latestRows.getOrCompute(version, `${kind}|${year}|${officialOnly}`, async () => {
      const rows: Record<string, unknown>[] = await this.ds.query(LATEST_VALUES_SQL, [year, kind, officialOnly]);
      return rows.map(latestValueRow);
    });
  }

  /** Every region with its STRUCTURAL values at or before the year (the similarity input). */
  structuralSubjects(version: string, year: number): Promise<StructuralSubject[]> {
    return this.structural.getOrCompute(version, String(year), async () => {
      const [catalog, rows] = await Promise.all([this.catalog(version), this.latest(version, year, 'STRUCTURAL')]);
      const values = new Map<string, Record<string, number | null>>(catalog.regions.map((r) => [r.code, {}]));
      for (const row of rows) {
        const v = values.get(row.region);
        if (v) v[row.indicator] = row.value;
      }
      return catalog.regions.map((r) => ({ code: r.code, country: r.country, values: values.get(r.code)! }));
    });
  }

  performanceData(version: string, year: number, compareYear: number | null, officialOnly = false): Promise<PerformanceData> {
    return this.performance.getOrCompute(version, `${year}|${compareYear ?? ''}|${officialOnly}`, async () => {
      const [current, earlier] = await Promise.all([
        this.latest(version, year, 'PERFORMANCE', officialOnly),
        compareYear !== null ? this.latest(version, compareYear, 'PERFORMANCE', officialOnly) : Promise.resolve([] as LatestValueRow[]),
      ]);
      const rows = [...current, ...earlier];
      const demo = new Set<string>();
      const demoIndicators = new Map<string, Set<string>>();
      for (const row of rows) {
        if (row.flag !== 'DEMO') continue;
        demo.add(`${row.region}|${row.indicator}|${row.year}`);
        const set = demoIndicators.get(row.region);
        if (set) set.add(row.indicator);
        else demoIndicators.set(row.region, new Set([row.indicator]));
      }
      // A row of both years for the same (region, indicator, year) is one observation.
      const seen = new Set<string>();
      const observations: Observation[] = [];
      for (const row of rows) {
        const key = `${row.region}|${row.indicator}|${row.year}`;
        if (seen.has(key)) continue;
        seen.add(key);
        observations.push({ subject: row.region, indicator: row.indicator, year: row.year, value: row.value, flag: domainFlag(row.flag) });
      }
      const datasets = new LruMap<string, DataSet>(8);
      return {
        withValues: new Set(current.map((r) => r.indicator)),
        demo,
        official: new Set(current.filter((r) => r.flag !== 'DEMO').map((r) => `${r.region}|${r.indicator}`)),
        demoIndicators,
        dataset(codes) {
          const key = codes.join(',');
          let ds = datasets.get(key);
          if (!ds) {
            const wanted = new Set(codes);
            ds = createDataSet(observations.filter((o) => wanted.has(o.indicator)));
            datasets.set(key, ds);
          }
          return ds;
        },
      };
    });
  }

  /** `drawWeights`, memoised per instance (bounded): the draws depend only on their spec. */
  readonly weightDraws = (spec: WeightDrawSpec): WeightDraws => {
    const key = weightDrawsKey(spec);
    let drawn = this.draws.get(key);
    if (!drawn) {
      drawn = drawWeights(spec);
      this.draws.set(key, drawn);
    }
    return drawn;
  };
}
