import { Field, ObjectType } from 'type-graphql';

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
