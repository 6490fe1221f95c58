import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list screen's view (filters, sort, page size) kept in the URL query string, so a reload or a
 * shared link shows the same rows in the same order. Each parameter has a codec: it reads the
 * raw values of its key (an unknown or malformed value falls back to the default) and writes
 * nothing when the value equals the default, so a fresh screen has a clean URL.
 */
export interface ParamCodec<T> {
  readonly defaultValue: T;
  parse(raw: readonly string[]): T;
  format(value: T): string[];
}

export type Codecs = Record<string, ParamCodec<unknown>>;
export type ValuesOf<C extends Codecs> = { [K in keyof C]: C[K] extends ParamCodec<infer T> ? T : never };

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Free text (a search box); trimmed when written. */
export function textParam(defaultValue = ''): ParamCodec<string> {
  return {
    defaultValue,
    parse: (raw) => raw[0] ?? defaultValue,
    format: (value) => (value.trim() ? [value.trim()] : []),
  };
}

/** One value of an enum, or '' for "any". */
export function enumParam<K extends string>(values: readonly K[]): ParamCodec<K | ''> {
  return {
    defaultValue: '',
    parse: (raw) => (raw[0] && (values as readonly string[]).includes(raw[0]) ? (raw[0] as K) : ''),
    format: (value) => (value ? [value] : []),
  };
}

/**
 * Several values, written as one comma-separated parameter (`?country=IT,RO`). With `values`,
 * only those are accepted; otherwise any non-empty token matching `pattern` is.
 */
export function listParam<K extends string = string>(options: { values?: readonly K[]; pattern?: RegExp } = {}): ParamCodec<K[]> {
  const accept = (token: string) =>
    token !== '' && (!options.values || (options.values as readonly string[]).includes(token)) && (!options.pattern || options.pattern.test(token));
  return {
    defaultValue: [],
    parse: (raw) => [...new Set(raw.flatMap((item) => item.split(',')).map((token) => token.trim()).filter(accept))] as K[],
    format: (value) => (value.length ? [value.join(',')] : []),
  };
}

/** An integer, optionally one of a fixed set (page sizes). */
export function intParam(defaultValue: number, allowed?: readonly number[]): ParamCodec<number> {
  return {
    defaultValue,
    parse: (raw) => {
      const text = raw[0];
      if (text == null || !/^-?\d+$/.test(text)) return defaultValue;
      const value = Number(text);
      return allowed && !allowed.includes(value) ? defaultValue : value;
    },
    format: (value) => (value === defaultValue ? [] : [String(value)]),
  };
}

/** An optional integer (a year), null when absent. */
export function optionalIntParam(): ParamCodec<number | null> {
  return {
    defaultValue: null,
    parse: (raw) => (raw[0] != null && /^-?\d+$/.test(raw[0]) ? Number(raw[0]) : null),
    format: (value) => (value == null ? [] : [String(value)]),
  };
}

/** A flag, written as `1` when it differs from the default. */
export function boolParam(defaultValue = false): ParamCodec<boolean> {
  return {
    defaultValue,
    parse: (raw) => (raw[0] == null ? defaultValue : raw[0] === '1' || raw[0] === 'true'),
    format: (value) => (value === defaultValue ? [] : [value ? '1' : '0']),
  };
}

export type SortDirection = 'ASC' | 'DESC';
export interface SortValue<F extends string> {
  field: F;
  direction: SortDirection;
}

/** A sort order as `?sort=name` or `?sort=-budget` (descending), from a fixed set of fields. */
export function sortParam<F extends string>(fields: readonly F[], defaultValue: SortValue<F>): ParamCodec<SortValue<F>> {
  const key = (field: string) => field.toLowerCase();
  return {
    defaultValue,
    parse: (raw) => {
      const text = raw[0];
      if (!text) return defaultValue;
      const descending = text.startsWith('-');
      const field = fields.find((candidate) => key(candidate) === (descending ? text.slice(1) : text));
      return field ? { field, direction: descending ? 'DESC' : 'ASC' } : defaultValue;
    },
    format: (value) =>
      value.field === defaultValue.field && value.direction === defaultValue.direction
        ? []
        : [`${value.direction === 'DESC' ? '-' : ''}${key(value.field)}`],
  };
}

/** Reads every codec's key from `search`. */
export function readParams<C extends Codecs>(codecs: C, search: URLSearchParams): ValuesOf<C> {
  const values: Record<string, unknown> = {};
  for (const [name, codec] of Object.entries(codecs)) values[name] = codec.parse(search.getAll(name));
  return values as ValuesOf<C>;
}

/**
 * Writes `values` into a copy of `search`: keys of other screens' codecs are kept, keys whose
 * value is the default are removed.
 */
export function writeParams<C extends Codecs>(codecs: C, search: URLSearchParams, values: Partial<ValuesOf<C>>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(values)) {
    const codec = codecs[name];
    if (!codec) continue;
    next.delete(name);
    for (const item of codec.format(value)) next.append(name, item);
  }
  return next;
}

/** True when every value equals its codec's default (nothing to clear). */
export function isDefault<C extends Codecs>(codecs: C, values: ValuesOf<C>): boolean {
  return Object.entries(codecs).every(([name, codec]) => same(codec.format((values as Record<string, unknown>)[name]), codec.format(codec.defaultValue)));
}

/**
 * The typed view of the URL for these codecs, and a setter that merges a partial change into the
 * URL (replacing the history entry: filtering is not navigation). `reset` clears them all.
 *
 * Changes merge into the latest address this hook wrote or saw, not into the one of the render
 * that created the handler: React Router's own functional setter reads its render's search, so
 * a second change made before the first one re-renders (a quick user, a test) would drop it.
 */
export function useUrlState<C extends Codecs>(codecs: C) {
  const [search, setSearch] = useSearchParams();
  const latest = useRef({ seen: search.toString(), search });
  if (latest.current.seen !== search.toString()) latest.current = { seen: search.toString(), search };
  const values = useMemo(() => readParams(codecs, search), [codecs, search]);
  const update = useCallback(
    (change: Partial<ValuesOf<C>>) => {
      const next = writeParams(codecs, latest.current.search, change);
      latest.current = { ...latest.current, search: next };
      setSearch(next, { replace: true });
    },
    [codecs, setSearch],
  );
  const reset = useCallback(() => {
    const defaults: Record<string, unknown> = {};
    for (const [name, codec] of Object.entries(codecs)) defaults[name] = codec.defaultValue;
    update(defaults as Partial<ValuesOf<C>>);
  }, [codecs, update]);
  return { values, update, reset, isDefault: isDefault(codecs, values) };
}
