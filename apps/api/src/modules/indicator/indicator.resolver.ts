import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { CreateIndicatorInput, IndicatorFilter, UpdateIndicatorInput } from './indicator.inputs';
import { Indicator } from './indicator.type';
import { localizedText } from './indicator.localize';

const localeArg = { nullable: true, description: 'Locale of the text (it, ro, ...); defaults to the request’s Accept-Language. Falls back to English.' } as const;

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], { description: 'Indicator definitions; retired ones only when asked.' })
  async indicators(@Ctx() ctx: Context, @Arg('filter', () => IndicatorFilter, { nullable: true }) filter?: IndicatorFilter): Promise<Indicator[]> {
    return (await ctx.services.indicators.list(filter ?? {})).map(Indicator.from);
  }

  @Query(() => Indicator, { nullable: true })
  async indicator(@Ctx() ctx: Context, @Arg('code') code: string): Promise<Indicator | null> {
    const e = await ctx.services.indicators.byCode(code);
    return e ? Indicator.from(e) : null;
  }

  @Authorized('ADMIN')
  @Mutation(() => Indicator)
  async createIndicator(@Ctx() ctx: Context, @Arg('input', () => CreateIndicatorInput) input: CreateIndicatorInput): Promise<Indicator> {
    return Indicator.from(await ctx.services.indicators.create(input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Indicator)
  async updateIndicator(@Ctx() ctx: Context, @Arg('input', () => UpdateIndicatorInput) input: UpdateIndicatorInput): Promise<Indicator> {
    return Indicator.from(await ctx.services.indicators.update(input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Indicator, { description: 'Retires an indicator: its data stays, benchmarks and imports leave it out.' })
  async retireIndicator(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Indicator> {
    return Indicator.from(await ctx.services.indicators.setRetired(id, true));
  }

  @Authorized('ADMIN')
  @Mutation(() => Indicator)
  async restoreIndicator(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Indicator> {
    return Indicator.from(await ctx.services.indicators.setRetired(id, false));
  }

  @FieldResolver(() => String)
  name(@Root() i: Indicator, @Ctx() ctx: Context, @Arg('locale', () => String, localeArg) locale?: string): string {
    return localizedText(i, 'name', locale ?? ctx.locale);
  }

  @FieldResolver(() => String)
  unit(@Root() i: Indicator, @Ctx() ctx: Context, @Arg('locale', () => String, localeArg) locale?: string): string {
    return localizedText(i, 'unit', locale ?? ctx.locale);
  }

  @FieldResolver(() => String)
  description(@Root() i: Indicator, @Ctx() ctx: Context, @Arg('locale', () => String, localeArg) locale?: string): string {
    return localizedText(i, 'description', locale ?? ctx.locale);
  }

  @FieldResolver(() => Int)
  async observationCount(@Root() i: Indicator, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.indicatorStats.load(i.id)).observationCount;
  }

  @FieldResolver(() => Int, { nullable: true })
  async firstYear(@Root() i: Indicator, @Ctx() ctx: Context): Promise<number | null> {
    return (await ctx.loaders.indicatorStats.load(i.id)).firstYear;
  }

  @FieldResolver(() => Int, { nullable: true })
  async lastYear(@Root() i: Indicator, @Ctx() ctx: Context): Promise<number | null> {
    return (await ctx.loaders.indicatorStats.load(i.id)).lastYear;
  }

  @FieldResolver(() => Float, { description: 'Share (0..1) of its observations flagged DEMO.' })
  async demoShare(@Root() i: Indicator, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.indicatorStats.load(i.id)).demoShare;
  }
}
