import { GraphQLDateTime } from 'graphql-scalars';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { BenchmarkResolver } from '../modules/benchmark/benchmark.resolver';
import { ClusterResolver } from '../modules/cluster/cluster.resolver';
import { ImportResolver } from '../modules/data-import/import.resolver';
import { IndicatorResolver } from '../modules/indicator/indicator.resolver';
import { ObservationResolver } from '../modules/observation/observation.resolver';
import { PartnerResolver } from '../modules/partner/partner.resolver';
import { PracticeEventResolver, PracticeResolver, PracticeResultResolver, PracticeRevisionResolver, PracticeSearchResolver } from '../modules/practice/practice.resolver';
import { RegionResolver } from '../modules/region/region.resolver';
import { authChecker } from './auth-checker';

export const RESOLVERS = [
  AuthResolver,
  PartnerResolver,
  RegionResolver,
  IndicatorResolver,
  ObservationResolver,
  BenchmarkResolver,
  ClusterResolver,
  ImportResolver,
  PracticeResolver,
  PracticeSearchResolver,
  PracticeResultResolver,
  PracticeRevisionResolver,
  PracticeEventResolver,
] as const;

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}

/** The SDL committed as packages/graphql/schema.graphql: sorted so diffs are stable. */
export const printSortedSchema = (schema: GraphQLSchema): string => printSchema(lexicographicSortSchema(schema)) + '\n';
