import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import type { AuthUser } from '../auth/auth-user';
import { AppError, badInput } from './learning-cycle.errors';
import { Indicator } from '../indicator/indicator.type';
import { Partner } from '../partner/partner.type';
import { Practice } from '../practice/practice.type';
import { Region } from '../region/region.type';
import {
  ChooseGapsInput,
  CreateLearningCycleInput,
  EvaluationInput,
  KpiReadingInput,
  LearningCycleFilter,
  MeasureInput,
  PeerReviewInput,
  PilotActionFilter,
  PilotActionInput,
  RegionalAssessmentInput,
  SaveBenchmarkSnapshotInput,
  SelectPracticesInput,
  TransferInput,
  TransitionLearningCycleInput,
  UpdateLearningCycleInput,
} from './learning-cycle.inputs';
import {
  ActionMeasure,
  AvailableTransition,
  BenchmarkSnapshot,
  CycleEvaluation,
  CycleTransfer,
  CycleTransition,
  GuardFailure,
  LearningCycle,
  LearningCycleConnection,
  MeasureIndicator,
  PeerMatch,
  PeerReview,
  PeerReviewConnection,
  PeerReviewTodo,
  PilotAction,
  PilotActionConnection,
  PilotKpi,
  RegionalAssessment,
} from './learning-cycle.type';

const signedIn = (ctx: Context): AuthUser => {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', 'SIGN_IN_REQUIRED', 'You must be signed in to do this');
  return ctx.user;
};

async function partnerOf(ctx: Context, id: string): Promise<Partner | null> {
  const p = await ctx.loaders.partnerById.load(id);
  return p ? Partner.from(p) : null;
}

/** Practices by id, in order, that the user may see. */
async function practicesOf(ctx: Context, ids: string[]): Promise<Practice[]> {
  const out = await Promise.all(ids.map((id) => ctx.services.practices.findVisible(ctx.user, { id })));
  return out.filter((p): p is Practice => p !== null);
}

async function regionOf(ctx: Context, id: string): Promise<Region | null> {
  const r = await ctx.loaders.regionById.load(id);
  return r ? Region.from(r) : null;
}

@Resolver(() => LearningCycle)
export class LearningCycleResolver {
  @Query(() => LearningCycleConnection, { description: 'Learning cycles, most recently changed first. Visitors see public cycles only.' })
  learningCycles(
    @Ctx() ctx: Context,
    @Arg('filter', () => LearningCycleFilter, { nullable: true }) filter?: LearningCycleFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<LearningCycleConnection> {
    return ctx.services.learningCycles.list(ctx.user, { filter, first, after: after ?? undefined });
  }

  @Query(() => LearningCycle, { nullable: true, description: 'A cycle; visitors only see cycles their owner marked public.' })
  learningCycle(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<LearningCycle | null> {
    return ctx.services.learningCycles.get(ctx.user, id);
  }

  @Query(() => [PeerMatch], { description: "Peer regions for a cycle's chosen gaps: reference regions that perform better on them." })
  peerMatches(@Ctx() ctx: Context, @Arg('cycleId', () => ID) cycleId: string, @Arg('first', () => Int, { nullable: true, defaultValue: 5 }) first = 5): Promise<PeerMatch[]> {
    if (first < 1 || first > 30) throw badInput('first', 'Must be between 1 and 30');
    return ctx.services.learningCycles.matches(ctx.user, cycleId, first);
  }

  @Authorized()
  @Mutation(() => LearningCycle)
  createLearningCycle(@Ctx() ctx: Context, @Arg('input', () => CreateLearningCycleInput) input: CreateLearningCycleInput): Promise<LearningCycle> {
    return ctx.services.learningCycles.create(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => LearningCycle)
  updateLearningCycle(@Ctx() ctx: Context, @Arg('input', () => UpdateLearningCycleInput) input: UpdateLearningCycleInput): Promise<LearningCycle> {
    return ctx.services.learningCycles.update(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => LearningCycle, {
    description: "Moves a cycle through the domain's transition(); refused with CONFLICT and the guard as extensions.reason. START_NEW_CYCLE returns the new cycle.",
  })
  transitionLearningCycle(@Ctx() ctx: Context, @Arg('input', () => TransitionLearningCycleInput) input: TransitionLearningCycleInput): Promise<LearningCycle> {
    return ctx.services.learningCycles.transition(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => LearningCycle)
  saveRegionalAssessment(@Ctx() ctx: Context, @Arg('input', () => RegionalAssessmentInput) input: RegionalAssessmentInput): Promise<LearningCycle> {
    return ctx.services.learningCycles.saveAssessment(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => LearningCycle, { description: "Benchmarks the cycle's region now and stores options and result as they are." })
  saveBenchmarkSnapshot(@Ctx() ctx: Context, @Arg('input', () => SaveBenchmarkSnapshotInput) input: SaveBenchmarkSnapshotInput): Promise<LearningCycle> {
    return ctx.services.learningCycles.saveSnapshot(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => LearningCycle)
  chooseBenchmarkGaps(@Ctx() ctx: Context, @Arg('input', () => ChooseGapsInput) input: ChooseGapsInput): Promise<LearningCycle> {
    return ctx.services.learningCycles.chooseGaps(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => LearningCycle)
  selectPractices(@Ctx() ctx: Context, @Arg('input', () => SelectPracticesInput) input: SelectPracticesInput): Promise<LearningCycle> {
    return ctx.services.learningCycles.selectPractices(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => PeerReview)
  savePeerReview(@Ctx() ctx: Context, @Arg('input', () => PeerReviewInput) input: PeerReviewInput): Promise<PeerReview> {
    return ctx.services.learningCycles.savePeerReview(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => PeerReview, { description: 'Completes a peer review when its guards pass (peers from at least two other countries, analysis, recommendations).' })
  completePeerReview(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<PeerReview> {
    return ctx.services.learningCycles.completePeerReview(signedIn(ctx), id);
  }

  @Authorized()
  @Mutation(() => ActionMeasure)
  saveMeasure(@Ctx() ctx: Context, @Arg('input', () => MeasureInput) input: MeasureInput): Promise<ActionMeasure> {
    return ctx.services.learningCycles.saveMeasure(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => ID)
  deleteMeasure(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.learningCycles.deleteMeasure(signedIn(ctx), id);
  }

  @Authorized()
  @Mutation(() => ActionMeasure, { description: "Makes a peer review's to-do item a measure of the action plan." })
  createMeasureFromTodo(@Ctx() ctx: Context, @Arg('todoId', () => ID) todoId: string): Promise<ActionMeasure> {
    return ctx.services.learningCycles.measureFromTodo(signedIn(ctx), todoId);
  }

  @Authorized()
  @Mutation(() => PilotAction)
  savePilotAction(@Ctx() ctx: Context, @Arg('input', () => PilotActionInput) input: PilotActionInput): Promise<PilotAction> {
    return ctx.services.learningCycles.savePilot(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => PilotAction)
  addKpiReading(@Ctx() ctx: Context, @Arg('input', () => KpiReadingInput) input: KpiReadingInput): Promise<PilotAction> {
    return ctx.services.learningCycles.addReading(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => ID)
  deleteKpiReading(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.learningCycles.deleteReading(signedIn(ctx), id);
  }

  @Authorized()
  @Mutation(() => CycleEvaluation)
  saveEvaluation(@Ctx() ctx: Context, @Arg('input', () => EvaluationInput) input: EvaluationInput): Promise<CycleEvaluation> {
    return ctx.services.learningCycles.saveEvaluation(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => CycleTransfer, {
    description: "TRANSFER: drafts a policy example from the cycle's evaluation and pilots (contributed by the cycle's owner) and links the transfer to it.",
  })
  draftPracticeFromCycle(@Ctx() ctx: Context, @Arg('cycleId', () => ID) cycleId: string): Promise<CycleTransfer> {
    return ctx.services.learningCycles.draftPractice(signedIn(ctx), cycleId);
  }

  @Authorized()
  @Mutation(() => CycleTransfer)
  saveTransfer(@Ctx() ctx: Context, @Arg('input', () => TransferInput) input: TransferInput): Promise<CycleTransfer> {
    return ctx.services.learningCycles.saveTransfer(signedIn(ctx), input);
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<Region | null> {
    return regionOf(ctx, c.regionId);
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<Partner | null> {
    return partnerOf(ctx, c.partnerId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the signed-in user may change it (their partner's, or an admin; not finished)." })
  canEdit(@Root() c: LearningCycle, @Ctx() ctx: Context): boolean {
    return ctx.services.learningCycles.canEdit(ctx.user, c);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The cycle this one opened when it finished.' })
  nextCycleId(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.services.learningCycles.nextCycleId(c.id);
  }

  @FieldResolver(() => [CycleTransition])
  async transitions(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<CycleTransition[]> {
    return (await ctx.services.learningCycles.transitions(c.id)).map(CycleTransition.from);
  }

  @FieldResolver(() => [AvailableTransition], { description: 'Moves the domain offers now, with the guards that refuse them.' })
  availableTransitions(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<AvailableTransition[]> {
    return ctx.services.learningCycles.availableTransitions(c);
  }

  @FieldResolver(() => RegionalAssessment, { nullable: true })
  async assessment(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<RegionalAssessment | null> {
    const a = await ctx.services.learningCycles.assessment(c.id);
    return a ? RegionalAssessment.from(a) : null;
  }

  @FieldResolver(() => BenchmarkSnapshot, { nullable: true })
  benchmarkSnapshot(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<BenchmarkSnapshot | null> {
    return ctx.services.learningCycles.snapshot(c.id);
  }

  @FieldResolver(() => [PeerReview])
  async peerReviews(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<PeerReview[]> {
    return (await ctx.loaders.peerReviewsByCycle.load(c.id)).map(PeerReview.from);
  }

  @FieldResolver(() => [ActionMeasure])
  async measures(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<ActionMeasure[]> {
    return (await ctx.loaders.measuresByCycle.load(c.id)).map(ActionMeasure.from);
  }

  @FieldResolver(() => [PilotAction])
  async pilots(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<PilotAction[]> {
    return (await ctx.loaders.pilotsByCycle.load(c.id)).map(PilotAction.from);
  }

  @FieldResolver(() => CycleEvaluation, { nullable: true })
  evaluation(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<CycleEvaluation | null> {
    return ctx.services.learningCycles.evaluation(c.id);
  }

  @FieldResolver(() => [Practice], { description: 'The selected policy examples the user may see (published ones, or drafts they manage).' })
  selectedPractices(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<Practice[]> {
    return practicesOf(ctx, c.selectedPracticeIds);
  }

  @FieldResolver(() => CycleTransfer, { nullable: true })
  transfer(@Root() c: LearningCycle, @Ctx() ctx: Context): Promise<CycleTransfer | null> {
    return ctx.services.learningCycles.transfer(c.id);
  }
}

@Resolver(() => ActionMeasure)
export class ActionMeasureResolver {
  @FieldResolver(() => [MeasureIndicator])
  async indicators(@Root() m: ActionMeasure, @Ctx() ctx: Context): Promise<MeasureIndicator[]> {
    return (await ctx.loaders.measureIndicatorsByMeasure.load(m.id)).map(MeasureIndicator.from);
  }

  @FieldResolver(() => Indicator, { nullable: true, description: 'The platform indicator of the gap it answers.' })
  async gapIndicator(@Root() m: ActionMeasure, @Ctx() ctx: Context): Promise<Indicator | null> {
    if (!m.gapIndicatorCode) return null;
    const i = await ctx.services.indicators.byCode(m.gapIndicatorCode);
    return i ? Indicator.from(i) : null;
  }
}

@Resolver(() => PilotAction)
export class PilotActionResolver {
  @Query(() => PilotActionConnection, { description: 'Pilot actions, newest first; visitors see those of public cycles.' })
  pilotActions(
    @Ctx() ctx: Context,
    @Arg('filter', () => PilotActionFilter, { nullable: true }) filter?: PilotActionFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PilotActionConnection> {
    return ctx.services.learningCycles.pilots(ctx.user, { filter, first, after: after ?? undefined });
  }

  @Query(() => PilotAction, { nullable: true })
  pilotAction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<PilotAction | null> {
    return ctx.services.learningCycles.pilot(ctx.user, id);
  }

  @FieldResolver(() => LearningCycle)
  async cycle(@Root() p: PilotAction, @Ctx() ctx: Context): Promise<LearningCycle> {
    return LearningCycle.from((await ctx.loaders.cycleById.load(p.cycleId))!);
  }

  @FieldResolver(() => ActionMeasure)
  async measure(@Root() p: PilotAction, @Ctx() ctx: Context): Promise<ActionMeasure> {
    return ActionMeasure.from((await ctx.loaders.measureById.load(p.measureId))!);
  }

  @FieldResolver(() => Partner, { nullable: true })
  leadPartner(@Root() p: PilotAction, @Ctx() ctx: Context): Promise<Partner | null> {
    return partnerOf(ctx, p.leadPartnerId);
  }

  @FieldResolver(() => [Partner])
  async participants(@Root() p: PilotAction, @Ctx() ctx: Context): Promise<Partner[]> {
    return (await Promise.all(p.participantPartnerIds.map((id) => partnerOf(ctx, id)))).filter((x): x is Partner => x !== null);
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() p: PilotAction, @Ctx() ctx: Context): Promise<Region | null> {
    return regionOf(ctx, p.regionId);
  }

  @FieldResolver(() => [PilotKpi], { description: "The measure's indicators with this pilot's readings and the domain's KPI achievement." })
  async kpis(@Root() p: PilotAction, @Ctx() ctx: Context): Promise<PilotKpi[]> {
    const [indicators, readings] = await Promise.all([ctx.loaders.measureIndicatorsByMeasure.load(p.measureId), ctx.loaders.readingsByPilot.load(p.id)]);
    return ctx.services.learningCycles.pilotKpis(indicators, readings);
  }
}

@Resolver(() => PeerReview)
export class PeerReviewResolver {
  @Query(() => PeerReviewConnection, { description: 'Peer reviews, newest first; visitors see completed ones of public cycles.' })
  peerReviews(
    @Ctx() ctx: Context,
    @Arg('completedOnly', () => Boolean, { nullable: true, defaultValue: false }) completedOnly = false,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PeerReviewConnection> {
    return ctx.services.learningCycles.peerReviews(ctx.user, { completedOnly, first, after: after ?? undefined });
  }

  @FieldResolver(() => Region, { nullable: true })
  hostRegion(@Root() r: PeerReview, @Ctx() ctx: Context): Promise<Region | null> {
    return regionOf(ctx, r.hostRegionId);
  }

  @FieldResolver(() => Partner, { nullable: true })
  hostPartner(@Root() r: PeerReview, @Ctx() ctx: Context): Promise<Partner | null> {
    return partnerOf(ctx, r.hostPartnerId);
  }

  @FieldResolver(() => LearningCycle)
  async cycle(@Root() r: PeerReview, @Ctx() ctx: Context): Promise<LearningCycle> {
    return LearningCycle.from((await ctx.loaders.cycleById.load(r.cycleId))!);
  }

  @FieldResolver(() => [PeerReviewTodo])
  async todos(@Root() r: PeerReview, @Ctx() ctx: Context): Promise<PeerReviewTodo[]> {
    return (await ctx.loaders.todosByPeerReview.load(r.id)).map(PeerReviewTodo.from);
  }

  @FieldResolver(() => [String], { description: 'Countries the peers come from, other than the host region’s.' })
  async peerCountries(@Root() r: PeerReview, @Ctx() ctx: Context): Promise<string[]> {
    const host = await ctx.loaders.regionById.load(r.hostRegionId);
    return ctx.services.learningCycles.peerCountries(r, host?.country ?? '');
  }

  @FieldResolver(() => [GuardFailure], { description: 'Guards that keep the review from being completed (empty when it can be).' })
  completionBlockers(@Root() r: PeerReview, @Ctx() ctx: Context): Promise<GuardFailure[]> {
    return ctx.services.learningCycles.peerReviewFailures(r);
  }
}

@Resolver(() => CycleTransfer)
export class CycleTransferResolver {
  @FieldResolver(() => Practice, { nullable: true, description: 'The drafted policy example, when the user may see it.' })
  async practice(@Root() t: CycleTransfer, @Ctx() ctx: Context): Promise<Practice | null> {
    return t.practiceId ? ((await practicesOf(ctx, [t.practiceId]))[0] ?? null) : null;
  }
}

@Resolver(() => PeerMatch)
export class PeerMatchResolver {
  @FieldResolver(() => [Practice], { description: 'Published policy examples of the region on the development areas of the gaps.' })
  practices(@Root() m: PeerMatch, @Ctx() ctx: Context): Promise<Practice[]> {
    return practicesOf(ctx, m.practiceIds);
  }

  @FieldResolver(() => Region)
  async region(@Root() m: PeerMatch, @Ctx() ctx: Context): Promise<Region> {
    return (await regionOf(ctx, m.regionId))!;
  }

  @FieldResolver(() => [Partner])
  async partners(@Root() m: PeerMatch, @Ctx() ctx: Context): Promise<Partner[]> {
    return (await Promise.all(m.partnerIds.map((id) => partnerOf(ctx, id)))).filter((x): x is Partner => x !== null);
  }

  @FieldResolver(() => [PilotAction])
  async pilots(@Root() m: PeerMatch, @Ctx() ctx: Context): Promise<PilotAction[]> {
    const rows = await Promise.all(m.pilotIds.map((id) => ctx.loaders.pilotById.load(id)));
    return rows.filter((x) => x !== null).map((p) => PilotAction.from(p!));
  }
}
