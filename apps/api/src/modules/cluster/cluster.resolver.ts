import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AppError } from '../../common/app-error';
import { Region } from '../region/region.type';
import { sectorOf } from './cluster.service';
import { Cluster, ClusterStar, Sector } from './cluster.type';

@Resolver(() => Cluster)
export class ClusterResolver {
  @Query(() => [Sector])
  sectors(@Ctx() ctx: Context): Sector[] {
    return ctx.services.clusters.sectors();
  }

  @Query(() => [Cluster])
  async clusters(
    @Ctx() ctx: Context,
    @Arg('region', () => String, { nullable: true }) region?: string | null,
    @Arg('sector', () => String, { nullable: true }) sector?: string | null,
  ): Promise<Cluster[]> {
    return (await ctx.services.clusters.list({ region: region ?? undefined, sector: sector ?? undefined })).map(Cluster.from);
  }

  @Query(() => [ClusterStar], { description: 'Cluster stars (European Cluster Observatory) by region and/or sector.' })
  clusterStars(
    @Ctx() ctx: Context,
    @Arg('region', () => String, { nullable: true }) region?: string | null,
    @Arg('sector', () => String, { nullable: true }) sector?: string | null,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('minStars', () => Int, { nullable: true, defaultValue: 0 }) minStars = 0,
  ): Promise<ClusterStar[]> {
    return ctx.services.clusters.stars({ region: region ?? undefined, sector: sector ?? undefined, year: year ?? undefined, minStars });
  }

  @FieldResolver(() => Region)
  async region(@Root() c: Cluster, @Ctx() ctx: Context): Promise<Region> {
    const r = await ctx.loaders.regionById.load(c.regionId);
    if (!r) throw new AppError('NOT_FOUND', 'REGION_NOT_FOUND', 'Region not found');
    return Region.from(r);
  }

  @FieldResolver(() => Sector)
  sector(@Root() c: Cluster): Sector {
    return sectorOf(c.sectorCode);
  }
}
