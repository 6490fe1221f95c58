import { availablePracticeActions, isPartnershipMember, type RevisionStatus } from '@polisee/domain';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AppError } from '../../common/app-error';
import { Indicator } from '../indicator/indicator.type';
import { Partner } from '../partner/partner.type';
import { countryByCode } from '../region/country';
import { Region } from '../region/region.type';
import { User } from '../auth/user.type';
import { CreatePracticeInput, ManagedPracticeFilter, PracticeFilter, TransitionPracticeInput, UpdatePracticeInput } from './practice.inputs';
import {
  Practice,
  PracticeAction,
  PracticeBulkResult,
  PracticeConnection,
  PracticeContact,
  PracticeEvent,
  PracticeFacets,
  PracticeResult,
  PracticeRevision,
  PracticeSearchConnection,
  PracticeSort,
  PracticeStatusCount,
} from './practice.type';

/** Whether the field's selection asks for `name` (directly, or in an inline fragment or a fragment spread). */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    Boolean(
      set?.selections.some((s) => {
        if (s.kind === Kind.FIELD) return s.name.value === name;
        if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
        if (seen.has(s.name.value)) return false;
        seen.add(s.name.value);
        return walk(info.fragments[s.name.value]?.selectionSet);
      }),
    );
  return info.fieldNodes.some((n) => walk(n.selectionSet));
}

const checkSmall = (n: number, field: string) => {
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new AppError('BAD_USER_INPUT', 'PAGE_SIZE_OUT_OF_RANGE', `${field} must be between 1 and 20`, { fieldErrors: [{ field, reason: 'PAGE_SIZE_OUT_OF_RANGE', message: 'Must be between 1 and 20' }] });
};

@Resolver(() => Practice)
export class PracticeResolver {
  @Query(() => PracticeSearchConnection, {
    description: 'Published practices. `query` takes web-search syntax: words, "a phrase", -exclusion, or. Accent-insensitive, stemmed in each practice’s language.',
  })
  practices(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('query', () => String, { nullable: true }) query?: string | null,
    @Arg('filter', () => PracticeFilter, { nullable: true }) filter?: PracticeFilter | null,
    @Arg('sort', () => PracticeSort, { nullable: true, defaultValue: PracticeSort.RELEVANCE }) sort?: PracticeSort,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PracticeSearchConnection> {
    // Asked for facets: they come from the page's statement (one scan of the matches, not two).
    return ctx.services.practices.search({ query, filter, sort, first, after }, selects(info, 'facets'));
  }

  @Query(() => Practice, { nullable: true, description: 'A practice by id or slug. Unpublished ones only for admins and their partner’s editors.' })
  practice(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('slug', () => String, { nullable: true }) slug?: string | null,
  ): Promise<Practice | null> {
    return ctx.services.practices.findVisible(ctx.user, { id, slug });
  }

  @Authorized()
  @Query(() => PracticeConnection, { description: 'The console list: every practice for admins, the own partner’s for editors; newest change first.' })
  managedPractices(
    @Ctx() ctx: Context,
    @Arg('filter', () => ManagedPracticeFilter, { nullable: true }) filter?: ManagedPracticeFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PracticeConnection> {
    return ctx.services.practices.listManaged(ctx.user!, { filter, first, after });
  }

  @Authorized()
  @Query(() => [PracticeStatusCount], { description: 'How many practices are in each workflow status (within what the user may manage).' })
  practiceStatusCounts(@Ctx() ctx: Context): Promise<PracticeStatusCount[]> {
    return ctx.services.practices.statusCounts(ctx.user!);
  }

  @Authorized()
  @Mutation(() => Practice, { description: 'Creates a draft. Editors write for their own partner; admins name the partner.' })
  createPractice(@Ctx() ctx: Context, @Arg('input', () => CreatePracticeInput) input: CreatePracticeInput): Promise<Practice> {
    return ctx.services.practices.create(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => Practice, { description: 'Edits a draft in place; edits of a published practice go to its revision (the public text stays until the revision is published).' })
  updatePractice(@Ctx() ctx: Context, @Arg('input', () => UpdatePracticeInput) input: UpdatePracticeInput): Promise<Practice> {
    return ctx.services.practices.update(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => Practice, { description: 'Moves a practice (or its open revision) through the workflow. A refusal carries the guard as extensions.reason.' })
  transitionPractice(@Ctx() ctx: Context, @Arg('input', () => TransitionPracticeInput) input: TransitionPracticeInput): Promise<Practice> {
    return ctx.services.practices.transition(ctx.user!, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => [PracticeBulkResult], { description: 'Publishes each submitted practice or revision; reports each one.' })
  publishPractices(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ): Promise<PracticeBulkResult[]> {
    return ctx.services.practices.bulkPublish(ctx.user!, ids, comment ?? null);
  }

  @FieldResolver(() => String)
  countryName(@Root() p: Practice): string {
    return countryByCode(p.country)?.name ?? p.country;
  }

  @FieldResolver(() => [Region])
  async regions(@Root() p: Practice, @Ctx() ctx: Context): Promise<Region[]> {
    const rs = await ctx.loaders.regionById.loadMany(p.regionIds);
    return rs.filter((r): r is NonNullable<typeof r> & { id: string } => Boolean(r) && !(r instanceof Error)).map((r) => Region.from(r as never));
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The contributing partner.' })
  async partner(@Root() p: Practice, @Ctx() ctx: Context): Promise<Partner | null> {
    const e = await ctx.loaders.partnerById.load(p.partnerId);
    return e ? Partner.from(e) : null;
  }

  @FieldResolver(() => PracticeContact, { nullable: true, description: 'Signed-in members only; null for visitors.' })
  contact(@Root() p: Practice, @Ctx() ctx: Context): PracticeContact | null {
    if (!isPartnershipMember(ctx.user?.role) || (!p.contactName && !p.contactEmail)) return null;
    return { name: p.contactName, email: p.contactEmail, phone: p.contactPhone };
  }

  @FieldResolver(() => [PracticeEvent], { nullable: true, description: 'The history (edits and status moves). Admins and the partner’s editors only.' })
  async history(@Root() p: Practice, @Ctx() ctx: Context): Promise<PracticeEvent[] | null> {
    if (!ctx.services.practices.canManage(ctx.user, p)) return null;
    return (await ctx.loaders.practiceEvents.load(p.id)).map(PracticeEvent.from);
  }

  @FieldResolver(() => PracticeRevision, { nullable: true, description: 'The open revision of a published practice. Admins and the partner’s editors only.' })
  async pendingRevision(@Root() p: Practice, @Ctx() ctx: Context): Promise<PracticeRevision | null> {
    if (p.status !== 'PUBLISHED' || !ctx.services.practices.canManage(ctx.user, p)) return null;
    const r = await ctx.loaders.openRevision.load(p.id);
    return r ? PracticeRevision.from(r) : null;
  }

  @FieldResolver(() => [PracticeAction], { description: 'What the signed-in user may do now (empty for visitors).' })
  async availableActions(@Root() p: Practice, @Ctx() ctx: Context): Promise<PracticeAction[]> {
    if (!ctx.user) return [];
    const r = p.status === 'PUBLISHED' ? await ctx.loaders.openRevision.load(p.id) : null;
    return availablePracticeActions({ status: p.status, partnerId: p.partnerId, revisionStatus: (r?.status ?? null) as RevisionStatus | null }, {
      role: ctx.user.role,
      partnerId: ctx.user.partnerId,
    }) as PracticeAction[];
  }

  @FieldResolver(() => [Practice], { description: 'Published practices sharing development areas, instrument and target groups, and a similar title.' })
  similar(@Root() p: Practice, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 4 }) first: number): Promise<Practice[]> {
    checkSmall(first, 'first');
    return ctx.services.practices.similar(p.id, first);
  }

  @FieldResolver(() => [Practice], { description: 'Published practices from the reference regions (structural similarity) of this practice’s region.' })
  async fromSimilarRegions(@Root() p: Practice, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 4 }) first: number): Promise<Practice[]> {
    checkSmall(first, 'first');
    return (await ctx.services.practices.fromSimilarRegions(p.regionIds, p.id, first)).practices;
  }
}

@Resolver(() => PracticeSearchConnection)
export class PracticeSearchResolver {
  @FieldResolver(() => PracticeFacets, { description: 'Counts per facet value, computed by the database; each respects the query and the other filters.' })
  async facets(@Root() c: PracticeSearchConnection, @Ctx() ctx: Context): Promise<PracticeFacets> {
    const args = c.searchArgs as { query: string | null; filter: PracticeFilter | null; facets: PracticeFacets | null };
    return args.facets ?? ctx.services.practices.facets(args);
  }
}

@Resolver(() => PracticeResult)
export class PracticeResultResolver {
  @FieldResolver(() => Indicator, { nullable: true, description: 'The indicator this result moved.' })
  async indicator(@Root() r: PracticeResult, @Ctx() ctx: Context): Promise<Indicator | null> {
    if (!r.indicatorId) return null;
    const e = await ctx.loaders.indicatorById.load(r.indicatorId);
    return e ? Indicator.from(e) : null;
  }
}

@Resolver(() => PracticeRevision)
export class PracticeRevisionResolver {
  @FieldResolver(() => [Region])
  async regions(@Root() p: PracticeRevision, @Ctx() ctx: Context): Promise<Region[]> {
    const rs = await ctx.loaders.regionById.loadMany(p.regionIds);
    return rs.filter((r) => r && !(r instanceof Error)).map((r) => Region.from(r as never));
  }
}

@Resolver(() => PracticeEvent)
export class PracticeEventResolver {
  @FieldResolver(() => User, { nullable: true })
  async actor(@Root() e: PracticeEvent, @Ctx() ctx: Context): Promise<User | null> {
    if (!e.actorId) return null;
    const u = await ctx.loaders.userById.load(e.actorId);
    return u ? User.from(u) : null;
  }
}
