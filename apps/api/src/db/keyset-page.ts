import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError, CommonReason } from '../common/app-error';
import { forwardPage, type PageInfo } from '../graphql/relay';

/**
 * Keyset (seek) paging, the one implementation every list uses: order by the sort keys plus a
 * unique id, fetch `first + 1` rows after the cursor with one row-value comparison
 * `(k1, k2, id) > (:c1, :c2, :id)` (an index on the keys serves it; no OFFSET), and count the
 * filtered rows in parallel. The cursor carries the keys as PostgreSQL prints them as text, so
 * timestamps keep their full precision.
 */

/** One sort key: its SQL expression and the type its cursor text is cast back to. */
export interface KeysetKey {
  expr: string;
  cast: 'text' | 'double precision' | 'integer' | 'smallint' | 'timestamptz' | 'uuid';
}

export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number, max = MAX_PAGE_SIZE): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new AppError('BAD_USER_INPUT', CommonReason.PAGE_SIZE_OUT_OF_RANGE, `first must be between 1 and ${max}`, {
      fieldErrors: [{ field: 'first', reason: CommonReason.PAGE_SIZE_OUT_OF_RANGE, message: `Must be between 1 and ${max}` }],
    });
  }
}

interface Cursor {
  keys: string[];
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 2026-02-31 matches the pattern but is no day (PostgreSQL would fail the cast). */
function isCalendarDate(v: string): boolean {
  const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/**
 * What a cursor's key must look like, by the SQL type it is cast to. Cursors are parsed
 * strictly, so a forged one is BAD_USER_INPUT here instead of a cast error in SQL.
 */
const KEY_SHAPE: Readonly<Record<KeysetKey['cast'], (v: string) => boolean>> = {
  text: (v) => v.length <= 500 && !v.includes('\u0000'),
  // as PostgreSQL prints timestamptz::text (2026-11-29 17:04:37.123456+00), and a real calendar day
  timestamptz: (v) =>
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/.test(v) && isCalendarDate(v),
  'double precision': (v) => /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(v) && Number.isFinite(Number(v)),
  integer: (v) => /^-?\d{1,10}$/.test(v) && Math.abs(Number(v)) <= 2147483647,
  smallint: (v) => /^-?\d{1,5}$/.test(v) && Math.abs(Number(v)) <= 32767,
  uuid: (v) => UUID.test(v),
};

export const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify([...c.keys, c.id])).toString('base64url');

/** Decodes a cursor made by encodeCursor for these keys, checking every value's shape. */
export function decodeCursor(cursor: string, keys: readonly KeysetKey[]): Cursor {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // not JSON: invalid below
  }
  if (Array.isArray(parsed) && parsed.length === keys.length + 1 && parsed.every((p) => typeof p === 'string')) {
    const values = parsed as string[];
    const id = values[keys.length]!;
    if (UUID.test(id) && keys.every((k, i) => KEY_SHAPE[k.cast](values[i]!))) return { keys: values.slice(0, keys.length), id };
  }
  throw new AppError('BAD_USER_INPUT', CommonReason.INVALID_CURSOR, 'The cursor is not valid for this list', {
    fieldErrors: [{ field: 'after', reason: CommonReason.INVALID_CURSOR, message: 'Invalid cursor' }],
  });
}

export interface KeysetPageArgs {
  first: number;
  after?: string | null;
}

export interface KeysetOptions<E extends ObjectLiteral & { id: string }, N> {
  /** The filtered query; called twice (the page and the count), so it must build a fresh one. */
  query: () => SelectQueryBuilder<E>;
  keys: readonly KeysetKey[];
  /** The unique tiebreaker, e.g. `p.id` (a uuid column). */
  id: string;
  direction: 'ASC' | 'DESC';
  /** Largest page a client may ask for (default 100). */
  maxFirst?: number;
  /** The node of a row; `raw` holds the row's selected columns (joined codes and the like). */
  node: (entity: E, raw: Record<string, unknown>) => N;
}

export interface KeysetConnection<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export async function keysetPage<E extends ObjectLiteral & { id: string }, N>(args: KeysetPageArgs, o: KeysetOptions<E, N>): Promise<KeysetConnection<N>> {
  checkPageSize(args.first, o.maxFirst);
  const page = o.query().limit(args.first + 1);
  o.keys.forEach((k, i) => {
    page.addSelect(`(${k.expr})::text`, `keyset_${i}`);
    if (i === 0) page.orderBy(k.expr, o.direction);
    else page.addOrderBy(k.expr, o.direction);
  });
  if (o.keys.length === 0) page.orderBy(o.id, o.direction);
  else page.addOrderBy(o.id, o.direction);
  if (args.after) {
    const c = decodeCursor(args.after, o.keys);
    const left = [...o.keys.map((k) => k.expr), o.id].join(', ');
    const right = [...o.keys.map((k, i) => `CAST(:keyset_${i} AS ${k.cast})`), 'CAST(:keyset_id AS uuid)'].join(', ');
    const params: Record<string, string> = { keyset_id: c.id };
    c.keys.forEach((v, i) => (params[`keyset_${i}`] = v));
    page.andWhere(`(${left}) ${o.direction === 'ASC' ? '>' : '<'} (${right})`, params);
  }
  const [{ entities, raw }, totalCount] = await Promise.all([page.getRawAndEntities(), o.query().getCount()]);
  // Raw rows and entities come in the same order (one row per entity: no to-many joins here).
  return forwardPage(entities, args, totalCount, (e, i) => {
    const row = raw[i] as Record<string, unknown>;
    return {
      cursor: encodeCursor({ keys: o.keys.map((_k, j) => String(row[`keyset_${j}`])), id: e.id }),
      node: o.node(e, row),
    };
  });
}
