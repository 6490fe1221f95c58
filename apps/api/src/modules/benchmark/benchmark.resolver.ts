import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Benchmark, BenchmarkOptions, DimensionWeightInput, ReferenceRegion, SimilarityDimension } from './benchmark.type';

@Resolver()
export class BenchmarkResolver {
  @Query(() => [SimilarityDimension], { description: 'Dimensions that group the structural indicators for similarity.' })
  similarityDimensions(@Ctx() ctx: Context): Promise<SimilarityDimension[]> {
    return ctx.services.benchmarks.dimensions();
  }

  @Query(() => Int, {
    nullable: true,
    description: 'The year a benchmark uses when none is asked for: the most recent year in which official (non-DEMO) values cover the most performance indicators. Null while there is no data.',
  })
  defaultBenchmarkYear(@Ctx() ctx: Context): Promise<number | null> {
    return ctx.services.benchmarks.defaultYearOrNull();
  }

  @Query(() => [ReferenceRegion], { description: 'The regions structurally most similar to a region (DOMAIN.md 4.4).' })
  referenceRegions(
    @Ctx() ctx: Context,
    @Arg('region', () => String) region: string,
    @Arg('n', () => Int, { nullable: true, defaultValue: 10 }) n = 10,
    @Arg('excludeSameCountry', () => Boolean, { nullable: true, defaultValue: false }) excludeSameCountry = false,
    @Arg('dimensionWeights', () => [DimensionWeightInput], { nullable: true }) dimensionWeights?: DimensionWeightInput[],
  ): Promise<ReferenceRegion[]> {
    return ctx.services.benchmarks.referenceRegions(region, n, excludeSameCountry, dimensionWeights ?? undefined);
  }

  @Query(() => Benchmark, { description: 'Performance profile of a region against its reference group (DOMAIN.md 4.5-4.7).' })
  benchmark(
    @Ctx() ctx: Context,
    @Arg('region', () => String) region: string,
    @Arg('options', () => BenchmarkOptions, { nullable: true }) options?: BenchmarkOptions,
  ): Promise<Benchmark> {
    return ctx.services.benchmarks.benchmark(region, options ?? {});
  }
}
