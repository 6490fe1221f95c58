import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../auth/auth-user';
import { ExportFile, FileFormat } from '../data-import/import.types';
import type { ForesightChange } from './foresight.service';
import {
  ForesightCommentInput,
  ForesightDriverInput,
  ForesightExerciseInput,
  ForesightScenarioInput,
  ForesightStatementInput,
  InviteForesightPanellistsInput,
  OpenForesightRoundInput,
  PanellistProfileInput,
  SubmitForesightAnswersInput,
} from './foresight.inputs';
import {
  CreatedInvitation,
  ForesightChangeEvent,
  ForesightComment,
  ForesightDriver,
  ForesightExercise,
  ForesightInvitation,
  ForesightParticipation,
  ForesightRound,
  ForesightScenario,
  ForesightStatement,
  PanelSession,
  StatementResult,
} from './foresight.type';

const signedIn = (ctx: Context): AuthUser => {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', 'SIGN_IN_REQUIRED', 'You must be signed in to do this');
  return ctx.user;
};

/** The invitation token: the `token` argument, else the `X-Panel-Token` header. */
const tokenOf = (ctx: Context, arg: string | null | undefined): string | null => arg ?? ctx.panelToken ?? null;

const TOKEN_ARG = { nullable: true, description: 'The invitation token (or send it as the X-Panel-Token header).' } as const;

@Resolver(() => ForesightExercise)
export class ForesightExerciseResolver {
  @Query(() => [ForesightExercise], { description: 'Foresight exercises that run or ran (organisers also see their drafts), newest first.' })
  foresightExercises(@Ctx() ctx: Context): Promise<ForesightExercise[]> {
    return ctx.services.foresight.list(ctx.user, ctx.locale);
  }

  @Authorized()
  @Query(() => [ForesightExercise], { description: 'The exercises the caller may organise.' })
  managedForesightExercises(@Ctx() ctx: Context): Promise<ForesightExercise[]> {
    return ctx.services.foresight.list(ctx.user, ctx.locale, { manageable: true });
  }

  @Query(() => ForesightExercise, { nullable: true })
  foresightExercise(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ForesightExercise | null> {
    return ctx.services.foresight.get(ctx.user, id, ctx.locale);
  }

  @Query(() => ExportFile, { description: 'Published results (organisers: any time) as CSV or XLSX (base64).' })
  exportForesightResults(@Ctx() ctx: Context, @Arg('exerciseId', () => ID) exerciseId: string, @Arg('format', () => FileFormat) format: FileFormat): Promise<ExportFile> {
    return ctx.services.foresight.exportResults(ctx.user, exerciseId, format, ctx.locale);
  }

  @FieldResolver(() => [ForesightStatement])
  async statements(@Root() e: ForesightExercise, @Ctx() ctx: Context): Promise<ForesightStatement[]> {
    const [statements, items] = await Promise.all([ctx.loaders.foresightStatements.load(e.id), ctx.loaders.foresightItems.load(e.id)]);
    return ctx.services.foresight.statementsOf(e.entity, statements, items, ctx.locale);
  }

  @FieldResolver(() => [ForesightRound])
  async rounds(@Root() e: ForesightExercise, @Ctx() ctx: Context): Promise<ForesightRound[]> {
    return ctx.services.foresight.rounds(await ctx.loaders.foresightRounds.load(e.id));
  }

  @FieldResolver(() => [ForesightDriver], { description: 'Scenario drivers: public with the results.' })
  async drivers(@Root() e: ForesightExercise, @Ctx() ctx: Context): Promise<ForesightDriver[]> {
    if (!ctx.services.foresight.resultsVisible(ctx.user, e.entity)) return [];
    return ctx.services.foresight.drivers(await ctx.loaders.foresightDrivers.load(e.id));
  }

  @FieldResolver(() => [ForesightScenario], { description: 'Two to four scenario narratives: public with the results.' })
  async scenarios(@Root() e: ForesightExercise, @Ctx() ctx: Context): Promise<ForesightScenario[]> {
    if (!ctx.services.foresight.resultsVisible(ctx.user, e.entity)) return [];
    const [rows, drivers] = await Promise.all([ctx.loaders.foresightScenarios.load(e.id), ctx.loaders.foresightDrivers.load(e.id)]);
    return ctx.services.foresight.scenarios(rows, drivers);
  }

  @FieldResolver(() => [StatementResult], { nullable: true, description: 'Null until the organiser publishes the results (organisers see them live).' })
  results(@Root() e: ForesightExercise, @Ctx() ctx: Context): Promise<StatementResult[] | null> {
    return ctx.services.foresight.results(ctx.user, e.entity, ctx.locale);
  }

  @Authorized()
  @FieldResolver(() => ForesightParticipation, { description: 'Organisers: counts only, never who answered what.' })
  participation(@Root() e: ForesightExercise, @Ctx() ctx: Context): Promise<ForesightParticipation> {
    return ctx.services.foresight.participation(signedIn(ctx), e.id);
  }

  @Authorized()
  @FieldResolver(() => [ForesightInvitation], { description: 'Organisers: the invitation links (never their answers).' })
  invitations(@Root() e: ForesightExercise, @Ctx() ctx: Context): Promise<ForesightInvitation[]> {
    return ctx.services.foresight.invitations(signedIn(ctx), e.id);
  }

  @Authorized()
  @FieldResolver(() => [ForesightComment], { description: 'Organisers: every comment for moderation, hidden ones too (no authors).' })
  comments(@Root() e: ForesightExercise, @Ctx() ctx: Context): Promise<ForesightComment[]> {
    return ctx.services.foresight.commentsForModeration(signedIn(ctx), e.id);
  }

  // ------------------------------------------------------------ organisers

  @Authorized()
  @Mutation(() => ForesightExercise, { description: 'Creates (no id) or edits an exercise.' })
  saveForesightExercise(@Ctx() ctx: Context, @Arg('input', () => ForesightExerciseInput) input: ForesightExerciseInput): Promise<ForesightExercise> {
    return ctx.services.foresight.saveExercise(signedIn(ctx), input, ctx.locale);
  }

  @Authorized()
  @Mutation(() => ForesightStatement)
  saveForesightStatement(@Ctx() ctx: Context, @Arg('input', () => ForesightStatementInput) input: ForesightStatementInput): Promise<ForesightStatement> {
    return ctx.services.foresight.saveStatement(signedIn(ctx), input, ctx.locale);
  }

  @Authorized()
  @Mutation(() => ID)
  deleteForesightStatement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.foresight.deleteStatement(signedIn(ctx), id);
  }

  @Authorized()
  @Mutation(() => [CreatedInvitation], { description: 'Invites by email (a personal link through the outbox) and/or creates links, each shown once.' })
  inviteForesightPanellists(@Ctx() ctx: Context, @Arg('input', () => InviteForesightPanellistsInput) input: InviteForesightPanellistsInput): Promise<CreatedInvitation[]> {
    return ctx.services.foresight.invite(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => ForesightInvitation)
  revokeForesightInvitation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ForesightInvitation> {
    return ctx.services.foresight.revoke(signedIn(ctx), id);
  }

  @Authorized()
  @Mutation(() => ForesightExercise)
  openForesightRound(@Ctx() ctx: Context, @Arg('input', () => OpenForesightRoundInput) input: OpenForesightRoundInput): Promise<ForesightExercise> {
    return ctx.services.foresight.openRound(signedIn(ctx), input, ctx.locale);
  }

  @Authorized()
  @Mutation(() => ForesightExercise, { description: 'Closes the open round and freezes its statistics; finish ends the exercise.' })
  closeForesightRound(
    @Ctx() ctx: Context,
    @Arg('exerciseId', () => ID) exerciseId: string,
    @Arg('finish', () => Boolean, { nullable: true, defaultValue: false }) finish: boolean,
  ): Promise<ForesightExercise> {
    return ctx.services.foresight.closeRound(signedIn(ctx), exerciseId, finish, ctx.locale);
  }

  @Authorized()
  @Mutation(() => ForesightExercise)
  publishForesightResults(@Ctx() ctx: Context, @Arg('exerciseId', () => ID) exerciseId: string, @Arg('published', () => Boolean) published: boolean): Promise<ForesightExercise> {
    return ctx.services.foresight.publish(signedIn(ctx), exerciseId, published, ctx.locale);
  }

  @Authorized()
  @Mutation(() => ForesightComment)
  moderateForesightComment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('hidden', () => Boolean) hidden: boolean): Promise<ForesightComment> {
    return ctx.services.foresight.moderate(signedIn(ctx), id, hidden);
  }

  @Authorized()
  @Mutation(() => ForesightDriver)
  saveForesightDriver(@Ctx() ctx: Context, @Arg('input', () => ForesightDriverInput) input: ForesightDriverInput): Promise<ForesightDriver> {
    return ctx.services.foresight.saveDriver(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => ID)
  deleteForesightDriver(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.foresight.deleteScenarioPart(signedIn(ctx), 'driver', id);
  }

  @Authorized()
  @Mutation(() => ForesightScenario)
  saveForesightScenario(@Ctx() ctx: Context, @Arg('input', () => ForesightScenarioInput) input: ForesightScenarioInput): Promise<ForesightScenario> {
    return ctx.services.foresight.saveScenario(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => ID)
  deleteForesightScenario(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.foresight.deleteScenarioPart(signedIn(ctx), 'scenario', id);
  }
}

/** The panellist's side: the invitation token is the only credential. */
@Resolver(() => PanelSession)
export class PanelResolver {
  @Query(() => PanelSession, { description: "The token holder's exercise, own answers and the group's anonymous feedback." })
  panelSession(@Ctx() ctx: Context, @Arg('token', () => String, TOKEN_ARG) token?: string | null): Promise<PanelSession> {
    return ctx.services.panel.session(tokenOf(ctx, token), ctx.locale);
  }

  @Mutation(() => PanelSession, { description: 'Saves own answers in the open round; refused once it closes (ROUND_CLOSED).' })
  submitForesightAnswers(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitForesightAnswersInput) input: SubmitForesightAnswersInput,
    @Arg('token', () => String, TOKEN_ARG) token?: string | null,
  ): Promise<PanelSession> {
    return ctx.services.panel.submit(tokenOf(ctx, token), input, ctx.locale);
  }

  @Mutation(() => PanelSession)
  updatePanellistProfile(
    @Ctx() ctx: Context,
    @Arg('input', () => PanellistProfileInput) input: PanellistProfileInput,
    @Arg('token', () => String, TOKEN_ARG) token?: string | null,
  ): Promise<PanelSession> {
    return ctx.services.panel.profile(tokenOf(ctx, token), input, ctx.locale);
  }

  @Mutation(() => ForesightComment, { description: 'An anonymous comment on a statement (moderated).' })
  postForesightComment(
    @Ctx() ctx: Context,
    @Arg('input', () => ForesightCommentInput) input: ForesightCommentInput,
    @Arg('token', () => String, TOKEN_ARG) token?: string | null,
  ): Promise<ForesightComment> {
    return ctx.services.panel.comment(tokenOf(ctx, token), input);
  }
}

const toEvent = (c: ForesightChange): ForesightChangeEvent => Object.assign(new ForesightChangeEvent(), { exerciseId: c.exerciseId, kind: c.kind, at: new Date() });

/**
 * Live changes over graphql-ws: every API instance LISTENs on PostgreSQL and feeds its own
 * subscribers, so a change made through any instance reaches every subscriber.
 */
@Resolver()
export class ForesightLiveResolver {
  @Subscription(() => ForesightChangeEvent, {
    description: "A panellist's exercise changed (answers, comments, rounds): the answering page refetches its statistics.",
    subscribe: async ({ args, context }: { args: Record<string, unknown>; context: Context }) => {
      const me = await context.services.panel.resolve((args as { token?: string }).token ?? context.panelToken);
      return context.services.foresightLive.subscribe(me.exercise.id);
    },
  })
  async foresightChanged(@Root() change: ForesightChange, @Ctx() ctx: Context, @Arg('token', () => String, TOKEN_ARG) token?: string | null): Promise<ForesightChangeEvent> {
    await ctx.services.panel.resolve(tokenOf(ctx, token)); // a link revoked meanwhile gets no more events
    return toEvent(change);
  }

  @Subscription(() => ForesightChangeEvent, {
    description: "Organisers: an exercise's changes, for live participation and consensus dashboards.",
    subscribe: async ({ args, context }: { args: Record<string, unknown>; context: Context }) => {
      const user = signedIn(context);
      const id = String((args as { exerciseId: string }).exerciseId);
      await context.services.foresight.participation(user, id); // refuses anyone who may not organise it
      return context.services.foresightLive.subscribe(id);
    },
  })
  foresightExerciseChanged(@Root() change: ForesightChange, @Arg('exerciseId', () => ID) _exerciseId: string): ForesightChangeEvent {
    return toEvent(change);
  }
}
