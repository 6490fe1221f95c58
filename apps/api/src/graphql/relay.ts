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

export function decodeCursor(cursor: string): KeysetCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { v: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw new AppError('BAD_USER_INPUT', CommonReason.INVALID_CURSOR, 'The cursor is not valid for this list', {
    fieldErrors: [{ field: 'after', reason: CommonReason.INVALID_CURSOR, message: 'Invalid cursor' }],
  });
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
