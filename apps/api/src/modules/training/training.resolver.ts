import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { badInput } from '../../common/app-error';
import { User } from '../auth/user.type';
import {
  RegisterLearnerInput,
  ReorderInput,
  SaveQuizQuestionInput,
  SaveSelfAssessmentInput,
  SaveTrainingLessonInput,
  SaveTrainingModuleInput,
  SelfAssessmentReportInput,
  SetTrainingModuleStatusInput,
  SubmitQuizInput,
  CriterionScoreInput,
} from './training.inputs';
import {
  CertificateFile,
  CertificateVerification,
  QuizQuestion,
  QuizQuestionKey,
  QuizResult,
  SavedSelfAssessment,
  SelfAssessmentReport,
  SelfAssessmentSummary,
  TrainingLesson,
  TrainingModule,
  TrainingModuleStatistics,
  TrainingProgress,
} from './training.type';

const localeOf = (ctx: Context, locale?: string | null) => (locale ?? ctx.locale).slice(0, 35);

@Resolver(() => TrainingModule)
export class TrainingResolver {
  @Query(() => [TrainingModule], { description: 'The training catalogue: published modules in order (administrators may include drafts).' })
  trainingModules(
    @Ctx() ctx: Context,
    @Arg('locale', () => String, { nullable: true }) locale?: string | null,
    @Arg('includeDrafts', () => Boolean, { nullable: true, defaultValue: false }) includeDrafts = false,
  ): Promise<TrainingModule[]> {
    return ctx.services.training.list(ctx.user, localeOf(ctx, locale), includeDrafts);
  }

  @Query(() => TrainingModule, { nullable: true, description: 'A published module by id or slug (drafts for administrators).' })
  trainingModule(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('slug', () => String, { nullable: true }) slug?: string | null,
    @Arg('locale', () => String, { nullable: true }) locale?: string | null,
  ): Promise<TrainingModule | null> {
    return ctx.services.training.get(ctx.user, { id, slug }, localeOf(ctx, locale));
  }

  @FieldResolver(() => [TrainingLesson])
  lessons(@Root() m: TrainingModule, @Ctx() ctx: Context, @Arg('locale', () => String, { nullable: true }) locale?: string | null): Promise<TrainingLesson[]> {
    return ctx.services.training.lessons(m.id, localeOf(ctx, locale));
  }

  @FieldResolver(() => [QuizQuestion], { description: 'The quiz without its answers.' })
  questions(@Root() m: TrainingModule, @Ctx() ctx: Context, @Arg('locale', () => String, { nullable: true }) locale?: string | null): Promise<QuizQuestion[]> {
    return ctx.services.training.questions(m.id, localeOf(ctx, locale));
  }

  @Authorized('ADMIN')
  @FieldResolver(() => [QuizQuestionKey], { description: 'The quiz with its answer key and explanations (administrators).' })
  questionKeys(@Root() m: TrainingModule, @Ctx() ctx: Context): Promise<QuizQuestionKey[]> {
    return ctx.services.training.questionKeys(m.id);
  }

  @Mutation(() => QuizResult, { description: "Scores a quiz on the server; a signed-in user's attempt is stored and a first pass issues a certificate." })
  submitQuizAttempt(@Ctx() ctx: Context, @Arg('input', () => SubmitQuizInput) input: SubmitQuizInput): Promise<QuizResult> {
    return ctx.services.training.submit(ctx.user, input, ctx.locale);
  }

  @Authorized()
  @Mutation(() => [TrainingProgress], { description: 'Marks lessons as completed for the signed-in user (e.g. the progress a visitor kept in the browser).' })
  completeTrainingLessons(@Ctx() ctx: Context, @Arg('lessonIds', () => [ID]) lessonIds: string[]): Promise<TrainingProgress[]> {
    if (lessonIds.length > 200) throw badInput('lessonIds', 'TOO_MANY_LESSONS', 'At most 200 lessons at once');
    return ctx.services.training.completeLessons(ctx.user!, lessonIds);
  }

  @Authorized()
  @Query(() => [TrainingProgress], { description: "The signed-in user's progress, best scores and certificates." })
  myTrainingProgress(@Ctx() ctx: Context): Promise<TrainingProgress[]> {
    return ctx.services.training.progress(ctx.user!);
  }

  @Authorized()
  @Query(() => CertificateFile, { description: 'A certificate of the signed-in user as a PDF (base64).' })
  certificatePdf(@Ctx() ctx: Context, @Arg('code', () => String) code: string): Promise<CertificateFile> {
    return ctx.services.training.certificatePdf(ctx.user!, code);
  }

  @Query(() => CertificateVerification, { nullable: true, description: 'Checks a certificate code (public); null when no certificate has it.' })
  verifyCertificate(@Ctx() ctx: Context, @Arg('code', () => String) code: string): Promise<CertificateVerification | null> {
    return ctx.services.training.verify(code);
  }

  @Mutation(() => Boolean, { description: 'Registers a LEARNER account; it can sign in once the emailed confirmation link is opened.' })
  registerLearner(@Ctx() ctx: Context, @Arg('input', () => RegisterLearnerInput) input: RegisterLearnerInput): Promise<boolean> {
    return ctx.services.training.registerLearner(input);
  }

  @Mutation(() => User, { description: "Confirms a learner's email and signs them in." })
  async confirmLearnerEmail(@Ctx() ctx: Context, @Arg('token', () => String) token: string): Promise<User> {
    if (token.length < 20 || token.length > 200) throw badInput('token', 'CONFIRMATION_INVALID', 'This confirmation link is not valid or has expired');
    const s = await ctx.services.training.confirmLearner(token, ctx.request);
    ctx.setSessionCookie(s.token, s.expiresAt);
    return User.from(s.user);
  }

  // ---- RIS3 self-assessment ----

  @Query(() => SelfAssessmentSummary, { description: 'The wheel of a set of scores (summariseSelfAssessment of @polisee/domain).' })
  selfAssessmentSummary(@Ctx() ctx: Context, @Arg('scores', () => [CriterionScoreInput]) scores: CriterionScoreInput[]): SelfAssessmentSummary {
    if (scores.length > 18) throw badInput('scores', 'INVALID_SCORE', 'At most 18 criteria');
    return ctx.services.training.summarise(scores);
  }

  @Query(() => SelfAssessmentReport, { description: "The wheel compared with the partnership's average and with an earlier assessment." })
  selfAssessmentReport(@Ctx() ctx: Context, @Arg('input', () => SelfAssessmentReportInput) input: SelfAssessmentReportInput): Promise<SelfAssessmentReport> {
    return ctx.services.training.report(input);
  }

  @Authorized()
  @Mutation(() => SavedSelfAssessment, { description: "Saves an assessment, optionally to a learning cycle's ANALYSIS stage." })
  saveSelfAssessment(@Ctx() ctx: Context, @Arg('input', () => SaveSelfAssessmentInput) input: SaveSelfAssessmentInput): Promise<SavedSelfAssessment> {
    return ctx.services.training.saveAssessment(ctx.user!, input);
  }

  @Authorized()
  @Query(() => [SavedSelfAssessment], { description: "The signed-in user's saved assessments, newest first." })
  mySelfAssessments(@Ctx() ctx: Context): Promise<SavedSelfAssessment[]> {
    return ctx.services.training.myAssessments(ctx.user!);
  }

  // ---- authoring ----

  @Authorized('ADMIN')
  @Mutation(() => TrainingModule)
  saveTrainingModule(@Ctx() ctx: Context, @Arg('input', () => SaveTrainingModuleInput) input: SaveTrainingModuleInput): Promise<TrainingModule> {
    return ctx.services.training.saveModule(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => TrainingModule, { description: 'Publishes (needs a lesson and a question) or withdraws a module.' })
  setTrainingModuleStatus(@Ctx() ctx: Context, @Arg('input', () => SetTrainingModuleStatusInput) input: SetTrainingModuleStatusInput): Promise<TrainingModule> {
    return ctx.services.training.setStatus(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => TrainingLesson)
  saveTrainingLesson(@Ctx() ctx: Context, @Arg('input', () => SaveTrainingLessonInput) input: SaveTrainingLessonInput): Promise<TrainingLesson> {
    return ctx.services.training.saveLesson(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean)
  deleteTrainingLesson(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw badInput('id', 'LESSON_NOT_FOUND', 'Lesson not found');
    return ctx.services.training.deleteLesson(id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean)
  reorderTrainingLessons(@Ctx() ctx: Context, @Arg('input', () => ReorderInput) input: ReorderInput): Promise<boolean> {
    return ctx.services.training.reorder('lessons', input);
  }

  @Authorized('ADMIN')
  @Mutation(() => QuizQuestionKey)
  saveQuizQuestion(@Ctx() ctx: Context, @Arg('input', () => SaveQuizQuestionInput) input: SaveQuizQuestionInput): Promise<QuizQuestionKey> {
    return ctx.services.training.saveQuestion(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean)
  deleteQuizQuestion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw badInput('id', 'QUESTION_NOT_FOUND', 'Question not found');
    return ctx.services.training.deleteQuestion(id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean)
  reorderQuizQuestions(@Ctx() ctx: Context, @Arg('input', () => ReorderInput) input: ReorderInput): Promise<boolean> {
    return ctx.services.training.reorder('questions', input);
  }

  @Authorized('ADMIN')
  @Query(() => [TrainingModuleStatistics], { description: 'Learners, completion rate, average score and most-missed questions per module.' })
  trainingStatistics(@Ctx() ctx: Context): Promise<TrainingModuleStatistics[]> {
    return ctx.services.training.statistics();
  }
}
