import type { BenchmarkQuery, ResultOf } from '@polisee/graphql';

export type Benchmark = ResultOf<typeof BenchmarkQuery>['benchmark'];
export type BenchmarkIndicator = Benchmark['indicators'][number];
