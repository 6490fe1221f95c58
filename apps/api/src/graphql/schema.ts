import { GraphQLDateTime } from 'graphql-scalars';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from './auth-checker';
import { schemaPubSub } from './pubsub';

/** The schema options every build uses; the resolvers come from the composition root. */
export function buildSchemaFor(resolvers: BuildSchemaOptions['resolvers']): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    pubSub: schemaPubSub,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}

/** The SDL committed as packages/graphql/schema.graphql: sorted so diffs are stable. */
export const printSortedSchema = (schema: GraphQLSchema): string => printSchema(lexicographicSortSchema(schema)) + '\n';
