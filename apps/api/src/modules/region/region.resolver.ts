import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Cluster } from '../cluster/cluster.type';
import { Partner } from '../partner/partner.type';
import { COUNTRIES } from './country';
import { Country, Region } from './region.type';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'Regions, optionally of one country (ISO alpha-2).' })
  async regions(@Ctx() ctx: Context, @Arg('country', () => String, { nullable: true }) country?: string | null): Promise<Region[]> {
    return (await ctx.services.regions.list(country ?? undefined)).map(Region.from);
  }

  @Query(() => Region, { nullable: true })
  async region(@Ctx() ctx: Context, @Arg('code') code: string): Promise<Region | null> {
    const r = await ctx.services.regions.byCode(code);
    return r ? Region.from(r) : null;
  }

  @Query(() => [Country], { description: 'The countries of the programme area.' })
  countries(): Country[] {
    return COUNTRIES.map(Country.from);
  }

  @FieldResolver(() => [Cluster])
  async clusters(@Root() region: Region, @Ctx() ctx: Context): Promise<Cluster[]> {
    return (await ctx.loaders.clustersByRegion.load(region.id)).map(Cluster.from);
  }

  @FieldResolver(() => [Partner])
  async partners(@Root() region: Region, @Ctx() ctx: Context): Promise<Partner[]> {
    return (await ctx.loaders.partnersByRegion.load(region.id)).map(Partner.from);
  }
}
