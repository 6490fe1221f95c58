import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { countryByCode } from '../region/country';
import { Region } from '../region/region.type';
import { CreatePartnerInput, PartnerFilter, PartnerOrder, UpdatePartnerInput } from './partner.inputs';
import { Partner, PartnerConnection } from './partner.type';

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => PartnerConnection, { description: 'Partners, filtered and sorted, as a Relay connection.' })
  partners(
    @Ctx() ctx: Context,
    @Arg('filter', () => PartnerFilter, { nullable: true }) filter?: PartnerFilter,
    @Arg('orderBy', () => PartnerOrder, { nullable: true }) orderBy?: PartnerOrder,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PartnerConnection> {
    return ctx.services.partners.list({ filter, orderBy, first, after: after ?? undefined });
  }

  @Query(() => Partner, { nullable: true })
  partner(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Partner | null> {
    return ctx.services.partners.get(id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Partner)
  createPartner(@Ctx() ctx: Context, @Arg('input', () => CreatePartnerInput) input: CreatePartnerInput): Promise<Partner> {
    return ctx.services.partners.create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Partner)
  updatePartner(@Ctx() ctx: Context, @Arg('input', () => UpdatePartnerInput) input: UpdatePartnerInput): Promise<Partner> {
    return ctx.services.partners.update(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Deletes a partner that has no user accounts; returns its id.' })
  deletePartner(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.partners.delete(id);
  }

  @FieldResolver(() => Region, { nullable: true })
  async region(@Root() p: Partner, @Ctx() ctx: Context): Promise<Region | null> {
    if (!p.regionId) return null;
    const r = await ctx.loaders.regionById.load(p.regionId);
    return r ? Region.from(r) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'NUTS code of the partner region.' })
  async regionCode(@Root() p: Partner, @Ctx() ctx: Context): Promise<string | null> {
    if (!p.regionId) return null;
    return (await ctx.loaders.regionById.load(p.regionId))?.code ?? null;
  }

  @FieldResolver(() => String)
  countryName(@Root() p: Partner): string {
    return countryByCode(p.country)?.name ?? p.country;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Visible to signed-in members only; null for visitors.' })
  contactEmail(@Root() p: Partner, @Ctx() ctx: Context): string | null {
    return ctx.user ? p.privateContactEmail : null;
  }
}
