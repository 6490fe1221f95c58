import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AppError } from '../../common/app-error';
import { Indicator } from '../indicator/indicator.type';
import { Region } from '../region/region.type';
import { Observation, ObservationConnection, ObservationFilter } from './observation.type';

@Resolver(() => Observation)
export class ObservationResolver {
  @Query(() => ObservationConnection, { description: 'Region observations, filtered, in indicator, region, year order.' })
  observations(
    @Ctx() ctx: Context,
    @Arg('filter', () => ObservationFilter, { nullable: true }) filter?: ObservationFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ObservationConnection> {
    return ctx.services.observations.list(filter, first, after ?? undefined);
  }

  @Query(() => [Int], { description: 'Years that have at least one value.' })
  availableYears(@Ctx() ctx: Context): Promise<number[]> {
    return ctx.services.observations.availableYears();
  }

  @FieldResolver(() => Indicator)
  async indicator(@Root() o: Observation, @Ctx() ctx: Context): Promise<Indicator> {
    const e = await ctx.loaders.indicatorById.load(o.indicatorId);
    if (!e) throw new AppError('NOT_FOUND', 'INDICATOR_NOT_FOUND', 'Indicator not found');
    return Indicator.from(e);
  }

  @FieldResolver(() => Region)
  async region(@Root() o: Observation, @Ctx() ctx: Context): Promise<Region> {
    const e = await ctx.loaders.regionById.load(o.regionId);
    if (!e) throw new AppError('NOT_FOUND', 'REGION_NOT_FOUND', 'Region not found');
    return Region.from(e);
  }
}
