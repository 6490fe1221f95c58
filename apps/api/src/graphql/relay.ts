import { Field, ObjectType } from 'type-graphql';
import { AppError, CommonReason } from '../common/app-error';

@ObjectType({ description: 'Relay connection page information.' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface KeysetCursor {
  /** The row's sort key, as PostgreSQL prints it (text keeps full timestamp precision). */
  v: string;
  id: string;
}

export const encodeCursor = (c: KeysetCursor): string => Buffer.from(JSON.stringify([c.v, c.id])).toString('base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a cursor's sort value must look like, by the SQL type it is cast to. Cursors are parsed
 * strictly, so a forged one is BAD_USER_INPUT here instead of a cast error in SQL.
 */
export const CURSOR_VALUE: Readonly<Record<string, RegExp>> = {
  text: /^[\s\S]{0,500}$/,
  // as PostgreSQL prints timestamptz::text: 2026-11-29 17:04:37.123456+00
  timestamptz: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/,
  'double precision': /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i,
};

/** 2026-02-31 matches the pattern but is no day (PostgreSQL would fail the cast). */
function isCalendarDate(v: string): boolean {
  const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

const invalidCursor = () =>
  new AppError('BAD_USER_INPUT', CommonReason.INVALID_CURSOR, 'The cursor is not valid for this list', {
    fieldErrors: [{ field: 'after', reason: CommonReason.INVALID_CURSOR, message: 'Invalid cursor' }],
  });

/** Decodes a cursor made by encodeCursor; `value` checks the sort value (see CURSOR_VALUE). */
export function decodeCursor(cursor: string, value: RegExp = CURSOR_VALUE.text!): KeysetCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' && UUID.test(parsed[1]) && value.test(parsed[0]) && !parsed[0].includes('\0')) {
    if (value === CURSOR_VALUE['double precision'] && !Number.isFinite(Number(parsed[0]))) throw invalidCursor();
    if (value === CURSOR_VALUE.timestamptz && !isCalendarDate(parsed[0])) throw invalidCursor();
    return { v: parsed[0], id: parsed[1] };
  }
  throw invalidCursor();
}

export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', CommonReason.PAGE_SIZE_OUT_OF_RANGE, `first must be between 1 and ${MAX_PAGE_SIZE}`, {
      fieldErrors: [{ field: 'first', reason: CommonReason.PAGE_SIZE_OUT_OF_RANGE, message: `Must be between 1 and ${MAX_PAGE_SIZE}` }],
    });
  }
}

/**
 * A forward page of a Relay connection from rows fetched with `first + 1` (the extra row only
 * says there is a next page).
 */
export function forwardPage<R, N>(
  fetched: readonly R[],
  args: { first: number; after?: string | null },
  totalCount: number,
  edge: (row: R, index: number) => { cursor: string; node: N },
): { edges: { cursor: string; node: N }[]; pageInfo: PageInfo; totalCount: number } {
  const edges = fetched.slice(0, args.first).map(edge);
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: fetched.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
