import { DomainError } from '../errors';

/*
 * The closed lists below are defined once, here: the API's entity columns and GraphQL enums
 * derive from them (see vocabulary/enum-of.ts), so the store, the schema and the engine cannot
 * drift apart.
 */

/** Whether a higher raw value is better (most indicators) or worse (e.g. unemployment rate). */
export const POLARITIES = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** STRUCTURAL indicators describe context and drive similarity; PERFORMANCE ones are scored. */
export const INDICATOR_KINDS = ['STRUCTURAL', 'PERFORMANCE'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Transform applied before normalisation (DOMAIN.md 4.1: skewed per-capita counts). */
export const INDICATOR_TRANSFORMS = ['NONE', 'SQRT', 'LOG'] as const;
export type IndicatorTransform = (typeof INDICATOR_TRANSFORMS)[number];

/** The six development areas of the work plan plus the horizontal theme (DOMAIN.md 2). */
export const DEVELOPMENT_AREAS = [
  'INNOVATION_RD',
  'SUSTAINABLE_DEVELOPMENT',
  'INTERNATIONAL_COOPERATION',
  'FINANCIAL_FRAMEWORK',
  'SPECIALISATION',
  'SKILLS_AND_JOBS',
  'MULTILEVEL_GOVERNANCE',
] as const;
export type DevelopmentArea = (typeof DEVELOPMENT_AREAS)[number];

export interface Indicator {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly kind: IndicatorKind;
  readonly polarity: Polarity;
  readonly transform: IndicatorTransform;
  readonly areas: readonly DevelopmentArea[];
  readonly source?: string;
}

/** Flags an observation may carry (Eurostat-like): estimated, break in series, provisional. */
export const OBSERVATION_FLAGS = ['ESTIMATED', 'BREAK_IN_SERIES', 'PROVISIONAL'] as const;
export type ObservationFlag = (typeof OBSERVATION_FLAGS)[number];

/**
 * Flags a stored value may carry: the statistical ones plus DEMO, which marks a value generated
 * to fill a gap in the real data (never fed to the engine as a statistical flag).
 */
export const STORED_OBSERVATION_FLAGS = [...OBSERVATION_FLAGS, 'DEMO'] as const;
export type StoredObservationFlag = (typeof STORED_OBSERVATION_FLAGS)[number];

/** One value of one indicator for one subject (region or cluster) in one year. */
export interface Observation {
  readonly subject: string;
  readonly indicator: string;
  readonly year: number;
  /** `null` is missing: it stays missing and is never read as zero. */
  readonly value: number | null;
  readonly flag?: ObservationFlag | null;
}

/** A value picked from a data set, with the year it comes from (it may be earlier). */
export interface PickedValue {
  readonly value: number | null;
  readonly year: number | null;
  readonly flag: ObservationFlag | null;
}

/**
 * Subjects x indicators x years. Built once from observations; lookups are O(1).
 * Missing cells and explicit `null` observations are both "missing".
 */
export interface DataSet {
  readonly subjects: readonly string[];
  readonly indicators: readonly string[];
  readonly years: readonly number[];
  /** subject -> indicator -> year -> observation */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<number, Observation>>>;
}

/**
 * Builds a data set from observations. Values must be finite or null (INVALID_NUMBER otherwise);
 * a duplicate (subject, indicator, year) is an INVALID_ARGUMENT error rather than a silent
 * overwrite.
 */
export function createDataSet(observations: readonly Observation[]): DataSet {
  const cells = new Map<string, Map<string, Map<number, Observation>>>();
  const indicators = new Set<string>();
  const years = new Set<number>();
  for (const o of observations) {
    if (o.value !== null && !Number.isFinite(o.value)) {
      throw new DomainError('INVALID_NUMBER', `observation ${o.subject}/${o.indicator}/${o.year} is not finite`);
    }
    if (!Number.isInteger(o.year)) {
      throw new DomainError('INVALID_NUMBER', `observation year must be an integer, got ${o.year}`);
    }
    let bySubject = cells.get(o.subject);
    if (!bySubject) cells.set(o.subject, (bySubject = new Map()));
    let byIndicator = bySubject.get(o.indicator);
    if (!byIndicator) bySubject.set(o.indicator, (byIndicator = new Map()));
    if (byIndicator.has(o.year)) {
      throw new DomainError('INVALID_ARGUMENT', `duplicate observation ${o.subject}/${o.indicator}/${o.year}`);
    }
    byIndicator.set(o.year, o);
    indicators.add(o.indicator);
    years.add(o.year);
  }
  return {
    subjects: [...cells.keys()].sort(),
    indicators: [...indicators].sort(),
    years: [...years].sort((a, b) => a - b),
    cells,
  };
}

const MISSING: PickedValue = { value: null, year: null, flag: null };

/** The value observed in exactly `year` (missing if none). */
export function valueInYear(ds: DataSet, subject: string, indicator: string, year: number): PickedValue {
  const o = ds.cells.get(subject)?.get(indicator)?.get(year);
  if (!o || o.value === null) return MISSING;
  return { value: o.value, year: o.year, flag: o.flag ?? null };
}

/**
 * The latest non-missing value at or before `year`, per indicator (scoreboards use the latest
 * available year when the reference year is not yet published).
 */
export function latestAvailable(ds: DataSet, subject: string, indicator: string, year: number): PickedValue {
  const byYear = ds.cells.get(subject)?.get(indicator);
  if (!byYear) return MISSING;
  let best: Observation | undefined;
  for (const o of byYear.values()) {
    if (o.value === null || o.year > year) continue;
    if (!best || o.year > best.year) best = o;
  }
  return best && best.value !== null ? { value: best.value, year: best.year, flag: best.flag ?? null } : MISSING;
}

/**
 * A subjects x indicators slice for one year: exact year, or (`latest: true`) the latest value
 * at or before it, per indicator. Returns `values[s][i]` aligned with the arguments.
 */
export function sliceYear(
  ds: DataSet,
  subjects: readonly string[],
  indicators: readonly string[],
  year: number,
  opts: { latest?: boolean } = {},
): PickedValue[][] {
  const pick = opts.latest ? latestAvailable : valueInYear;
  return subjects.map((s) => indicators.map((i) => pick(ds, s, i, year)));
}
