import crypto from 'node:crypto';
import {
  compareSelfAssessment,
  DomainError,
  matchLocale,
  quizKeyProblems,
  RIS3_STEPS,
  scoreQuiz,
  selfAssessmentChange,
  SOURCE_LOCALE,
  summariseSelfAssessment,
  type Ris3Step,
  type SelfAssessment,
} from '@polisee/domain';
import { In, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import type { Config } from '../../config/env';
import { AppError, badInput } from '../../common/app-error';
import { inTransaction } from '../../db/unit-of-work';
import type { AuthUser, RequestMeta } from '../auth/auth-user';
import type { AuthService, NewSession } from '../auth/auth.service';
import { hashPassword, newToken, sha256 } from '../auth/password';
import { UserEntity } from '../auth/user.entity';
import { LearningCycleEntity } from '../learning-cycle/learning-cycle.entity';
import { outbox } from '../notification/outbox.service';
import { isUuid } from '../partner/partner.service';
import { renderCertificatePdf } from './certificate.pdf';
import { sanitiseMarkdown } from './markdown';
import {
  QuizAttemptEntity,
  QuizQuestionEntity,
  Ris3SelfAssessmentEntity,
  TrainingCertificateEntity,
  TrainingLessonEntity,
  TrainingModuleEntity,
  TrainingProgressEntity,
  type LessonText,
  type ModuleText,
  type QuestionText,
} from './training.entity';
import type {
  CriterionScoreInput,
  RegisterLearnerInput,
  ReorderInput,
  SaveQuizQuestionInput,
  SaveSelfAssessmentInput,
  SaveTrainingLessonInput,
  SaveTrainingModuleInput,
  SelfAssessmentReportInput,
  SetTrainingModuleStatusInput,
  SubmitQuizInput,
} from './training.inputs';
import type {
  CertificateFile,
  CertificateVerification,
  QuizQuestion,
  QuizQuestionKey,
  QuizResult,
  SavedSelfAssessment,
  SelfAssessmentReport,
  SelfAssessmentSummary,
  TrainingCertificate,
  TrainingLesson,
  TrainingModule,
  TrainingModuleStatistics,
  TrainingProgress,
} from './training.type';

const CONFIRMATION_DAYS = 2;
/** Unambiguous letters and digits (no 0/O, 1/I/L) for codes people type. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const TrainingReason = {
  TRAINING_MODULE_NOT_FOUND: 'TRAINING_MODULE_NOT_FOUND',
  MODULE_NOT_PUBLISHED: 'MODULE_NOT_PUBLISHED',
  MODULE_INCOMPLETE: 'MODULE_INCOMPLETE',
  INVALID_ANSWER: 'INVALID_ANSWER',
  CERTIFICATE_NOT_FOUND: 'CERTIFICATE_NOT_FOUND',
  USER_EMAIL_TAKEN: 'USER_EMAIL_TAKEN',
  CONFIRMATION_INVALID: 'CONFIRMATION_INVALID',
  INVALID_SCORE: 'INVALID_SCORE',
  CYCLE_NOT_FOUND: 'CYCLE_NOT_FOUND',
  NOT_YOUR_PARTNERS_CYCLE: 'NOT_YOUR_PARTNERS_CYCLE',
  CYCLE_NOT_IN_ANALYSIS: 'CYCLE_NOT_IN_ANALYSIS',
  LESSON_NOT_FOUND: 'LESSON_NOT_FOUND',
  QUESTION_NOT_FOUND: 'QUESTION_NOT_FOUND',
  INVALID_QUESTION: 'INVALID_QUESTION',
  REORDER_MISMATCH: 'REORDER_MISMATCH',
  UNKNOWN_LANGUAGE: 'UNKNOWN_LANGUAGE',
} as const;

const notFound = () => new AppError('NOT_FOUND', TrainingReason.TRAINING_MODULE_NOT_FOUND, 'Training module not found');
const isAdmin = (u: AuthUser | null) => u?.role === 'ADMIN';

/** The text of `fields` in `locale` when translated (all of them), else the original's. */
function localize<T extends object>(original: T, translations: Record<string, Partial<T>>, language: string, locale: string): { text: T; displayedLanguage: string } {
  const code = matchLocale(locale) ?? SOURCE_LOCALE;
  const t = code === language ? undefined : translations[code];
  if (!t) return { text: original, displayedLanguage: language };
  const text = { ...original };
  for (const k of Object.keys(original) as (keyof T)[]) {
    const v = t[k];
    if (v !== undefined && v !== null && v !== '') text[k] = v as T[keyof T];
  }
  return { text, displayedLanguage: code };
}

function certificateCode(): string {
  const bytes = crypto.randomBytes(10);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return `S3-${chars.slice(0, 5)}-${chars.slice(5, 10)}`;
}

const toCertificate = (c: TrainingCertificateEntity): TrainingCertificate => ({
  id: c.id,
  code: c.code,
  moduleId: c.moduleId,
  learnerName: c.learnerName,
  moduleTitle: c.moduleTitle,
  percent: c.percent,
  issuedAt: c.issuedAt,
});

/** The stored scores as the domain's SelfAssessment (step -> criterion -> score). */
function toAssessment(scores: readonly CriterionScoreInput[] | undefined, field: string): SelfAssessment {
  const a: Partial<Record<Ris3Step, Record<string, number>>> = {};
  for (const s of scores ?? []) (a[s.step] ??= {})[s.criterion] = s.score;
  try {
    summariseSelfAssessment(a);
  } catch (e) {
    if (e instanceof DomainError) throw badInput(field, TrainingReason.INVALID_SCORE, e.message);
    throw e;
  }
  return a;
}

const flatScores = (a: Record<string, Record<string, number>>) =>
  RIS3_STEPS.flatMap((step) => Object.entries(a[step] ?? {}).map(([criterion, score]) => ({ step, criterion, score })));

/**
 * The S3 training package (DOMAIN.md 7): modules of lessons and a quiz, scored on the server with
 * the domain's `scoreQuiz` (the key never leaves the API before an attempt), progress and
 * attempts of signed-in users, certificates with a public verification code, learner
 * self-registration, and the RIS3 self-assessment wheel (DOMAIN.md 4.9).
 */
export class TrainingService {
  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
    private readonly auth: AuthService,
  ) {}

  // ---- reading ---------------------------------------------------------------------------------

  private async counts(ids: string[]): Promise<{ lessons: Map<string, number>; questions: Map<string, number> }> {
    const count = async (table: string) => {
      if (ids.length === 0) return new Map<string, number>();
      const rows: { module_id: string; n: string }[] = await this.ds.query(`SELECT module_id, count(*)::int AS n FROM ${table} WHERE module_id = ANY($1) GROUP BY module_id`, [ids]);
      return new Map(rows.map((r) => [r.module_id, Number(r.n)]));
    };
    return { lessons: await count('training_lesson'), questions: await count('quiz_question') };
  }

  private toModule(m: TrainingModuleEntity, locale: string, counts: { lessons: Map<string, number>; questions: Map<string, number> }): TrainingModule {
    const { text, displayedLanguage } = localize<Required<ModuleText>>({ title: m.title, summary: m.summary }, m.translations, m.language, locale);
    return {
      id: m.id,
      slug: m.slug,
      position: m.position,
      ris3Step: m.ris3Step,
      developmentAreas: m.developmentAreas,
      title: text.title,
      summary: text.summary,
      durationMinutes: m.durationMinutes,
      language: m.language,
      availableLanguages: [m.language, ...Object.keys(m.translations).filter((l) => l !== m.language)].sort(),
      displayedLanguage,
      status: m.status,
      passMark: m.passMark,
      resources: m.resources,
      isDemo: m.isDemo,
      lessonCount: counts.lessons.get(m.id) ?? 0,
      questionCount: counts.questions.get(m.id) ?? 0,
      publishedAt: m.publishedAt,
    };
  }

  /** Published modules in catalogue order; administrators may ask for drafts too. */
  async list(user: AuthUser | null, locale: string, includeDrafts = false): Promise<TrainingModule[]> {
    const where = includeDrafts && isAdmin(user) ? {} : { status: 'PUBLISHED' as const };
    const rows = await this.ds.getRepository(TrainingModuleEntity).find({ where, order: { position: 'ASC', title: 'ASC' } });
    const counts = await this.counts(rows.map((r) => r.id));
    return rows.map((m) => this.toModule(m, locale, counts));
  }

  private async findVisible(user: AuthUser | null, by: { id?: string | null; slug?: string | null }): Promise<TrainingModuleEntity | null> {
    const repo = this.ds.getRepository(TrainingModuleEntity);
    const m = by.id ? (isUuid(by.id) ? await repo.findOneBy({ id: by.id }) : null) : by.slug ? await repo.findOneBy({ slug: by.slug.slice(0, 120) }) : null;
    if (!m || (m.status !== 'PUBLISHED' && !isAdmin(user))) return null;
    return m;
  }

  async get(user: AuthUser | null, by: { id?: string | null; slug?: string | null }, locale: string): Promise<TrainingModule | null> {
    const m = await this.findVisible(user, by);
    return m ? this.toModule(m, locale, await this.counts([m.id])) : null;
  }

  async lessons(moduleId: string, locale: string): Promise<TrainingLesson[]> {
    const rows = await this.ds.getRepository(TrainingLessonEntity).find({ where: { moduleId }, order: { position: 'ASC' } });
    const module = await this.ds.getRepository(TrainingModuleEntity).findOneByOrFail({ id: moduleId });
    return rows.map((l) => {
      const { text, displayedLanguage } = localize<Required<LessonText>>({ title: l.title, body: l.body }, l.translations, module.language, locale);
      return { id: l.id, position: l.position, title: text.title, body: text.body, toolLinks: l.toolLinks, displayedLanguage };
    });
  }

  private localizedQuestion(q: QuizQuestionEntity, language: string, locale: string) {
    const code = matchLocale(locale) ?? SOURCE_LOCALE;
    const t: QuestionText | undefined = code === language ? undefined : q.translations[code];
    return {
      prompt: t?.prompt || q.prompt,
      explanation: t?.explanation || q.explanation,
      options: q.options.map((o) => ({ id: o.id, text: t?.options?.[o.id] || o.text })),
    };
  }

  /** The quiz as learners see it: prompts and options only. */
  async questions(moduleId: string, locale: string): Promise<QuizQuestion[]> {
    const module = await this.ds.getRepository(TrainingModuleEntity).findOneByOrFail({ id: moduleId });
    const rows = await this.ds.getRepository(QuizQuestionEntity).find({ where: { moduleId }, order: { position: 'ASC' } });
    return rows.map((q) => {
      const l = this.localizedQuestion(q, module.language, locale);
      return { id: q.id, position: q.position, kind: q.kind, prompt: l.prompt, options: l.options };
    });
  }

  /** The quiz with its key, in the original language (authors). */
  async questionKeys(moduleId: string): Promise<QuizQuestionKey[]> {
    const rows = await this.ds.getRepository(QuizQuestionEntity).find({ where: { moduleId }, order: { position: 'ASC' } });
    return rows.map((q) => ({ id: q.id, position: q.position, kind: q.kind, prompt: q.prompt, options: q.options, correctOptionIds: q.correctOptionIds, explanation: q.explanation }));
  }

  // ---- quiz --------------------------------------------------------------------------------------

  /**
   * Scores an attempt on the server. Anyone may take a quiz; a signed-in user's attempt is
   * stored, and their first pass issues the certificate. Only published modules take attempts.
   */
  async submit(user: AuthUser | null, input: SubmitQuizInput, locale: string): Promise<QuizResult> {
    return inTransaction(this.ds, undefined, async (em) => {
      const module = isUuid(input.moduleId) ? await em.getRepository(TrainingModuleEntity).findOneBy({ id: input.moduleId }) : null;
      if (!module) throw notFound();
      if (module.status !== 'PUBLISHED') throw new AppError('CONFLICT', TrainingReason.MODULE_NOT_PUBLISHED, 'This module is not published');
      const questions = await em.getRepository(QuizQuestionEntity).find({ where: { moduleId: module.id }, order: { position: 'ASC' } });
      if (questions.length === 0) throw new AppError('CONFLICT', TrainingReason.MODULE_INCOMPLETE, 'This module has no quiz');
      let score;
      try {
        score = scoreQuiz(
          questions.map((q) => ({ id: q.id, kind: q.kind, optionIds: q.options.map((o) => o.id), correctOptionIds: q.correctOptionIds })),
          input.answers,
          module.passMark,
        );
      } catch (e) {
        if (e instanceof DomainError) throw badInput('answers', TrainingReason.INVALID_ANSWER, e.message);
        throw e;
      }
      const chosen = new Map(input.answers.map((a) => [a.questionId, a.optionIds]));
      const feedback = questions.map((q, i) => ({
        questionId: q.id,
        correct: score.outcomes[i]!.correct,
        chosenOptionIds: chosen.get(q.id) ?? [],
        correctOptionIds: q.correctOptionIds,
        explanation: this.localizedQuestion(q, module.language, locale).explanation,
      }));
      let attemptId: string | null = null;
      let certificate: TrainingCertificate | null = null;
      if (user) {
        const attempt = await em.getRepository(QuizAttemptEntity).save(
          em.create(QuizAttemptEntity, {
            moduleId: module.id,
            userId: user.id,
            answers: input.answers.map((a) => ({ questionId: a.questionId, optionIds: a.optionIds })),
            outcomes: score.outcomes,
            correct: score.correct,
            total: score.total,
            percent: score.percent,
            passed: score.passed,
          }),
        );
        attemptId = attempt.id;
        if (score.passed) certificate = toCertificate(await this.issueCertificate(em, user, module, attempt, locale));
      }
      return { attemptId, correct: score.correct, total: score.total, percent: score.percent, passMark: module.passMark, passed: score.passed, questions: feedback, certificate };
    });
  }

  /** The first pass issues the certificate; later passes keep it (one per learner and module). */
  private async issueCertificate(em: EntityManager, user: AuthUser, module: TrainingModuleEntity, attempt: QuizAttemptEntity, locale: string): Promise<TrainingCertificateEntity> {
    const repo = em.getRepository(TrainingCertificateEntity);
    const existing = await repo.findOneBy({ userId: user.id, moduleId: module.id });
    if (existing) return existing;
    const u = await em.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    const title = localize<Required<ModuleText>>({ title: module.title, summary: module.summary }, module.translations, module.language, locale).text.title;
    return repo.save(
      em.create(TrainingCertificateEntity, {
        code: certificateCode(),
        userId: user.id,
        moduleId: module.id,
        attemptId: attempt.id,
        learnerName: u.name,
        moduleTitle: title,
        percent: attempt.percent,
        issuedAt: new Date(),
      }),
    );
  }

  // ---- progress ----------------------------------------------------------------------------------

  /** Marks lessons done (of published modules); returns the progress of each module touched. */
  async completeLessons(user: AuthUser, lessonIds: string[]): Promise<TrainingProgress[]> {
    const ids = [...new Set(lessonIds.filter(isUuid))];
    if (ids.length === 0) return [];
    const moduleIds = await inTransaction(this.ds, undefined, async (em) => {
      const lessons = await em
        .getRepository(TrainingLessonEntity)
        .createQueryBuilder('l')
        .innerJoin(TrainingModuleEntity, 'm', "m.id = l.module_id AND m.status = 'PUBLISHED'")
        .where('l.id IN (:...ids)', { ids })
        .getMany();
      const byModule = new Map<string, string[]>();
      for (const l of lessons) byModule.set(l.moduleId, [...(byModule.get(l.moduleId) ?? []), l.id]);
      for (const [moduleId, done] of byModule) {
        await em.query(
          `INSERT INTO training_progress (user_id, module_id, lesson_ids, updated_at) VALUES ($1, $2, $3::uuid[], now())
           ON CONFLICT (user_id, module_id) DO UPDATE SET lesson_ids = ARRAY(SELECT DISTINCT unnest(training_progress.lesson_ids || EXCLUDED.lesson_ids)), updated_at = now()`,
          [user.id, moduleId, done],
        );
      }
      return [...byModule.keys()];
    });
    return (await this.progress(user)).filter((p) => moduleIds.includes(p.moduleId));
  }

  /** The signed-in user's progress in every module they have started, attempted or completed. */
  async progress(user: AuthUser): Promise<TrainingProgress[]> {
    const [progress, attempts, certificates] = await Promise.all([
      this.ds.getRepository(TrainingProgressEntity).findBy({ userId: user.id }),
      this.ds.query(`SELECT module_id, count(*)::int AS n, max(percent) AS best, bool_or(passed) AS passed FROM quiz_attempt WHERE user_id = $1 GROUP BY module_id`, [user.id]) as Promise<
        { module_id: string; n: number; best: number; passed: boolean }[]
      >,
      this.ds.getRepository(TrainingCertificateEntity).findBy({ userId: user.id }),
    ]);
    // Lessons deleted since stay out of the count.
    const lessonIds = new Set((await this.ds.getRepository(TrainingLessonEntity).find({ select: { id: true } })).map((l) => l.id));
    const moduleIds = new Set([...progress.map((p) => p.moduleId), ...attempts.map((a) => a.module_id), ...certificates.map((c) => c.moduleId)]);
    return [...moduleIds].map((moduleId) => {
      const a = attempts.find((x) => x.module_id === moduleId);
      const c = certificates.find((x) => x.moduleId === moduleId);
      return {
        moduleId,
        completedLessonIds: (progress.find((p) => p.moduleId === moduleId)?.lessonIds ?? []).filter((id) => lessonIds.has(id)),
        bestPercent: a ? Number(a.best) : null,
        attempts: a ? Number(a.n) : 0,
        passed: Boolean(a?.passed),
        certificate: c ? toCertificate(c) : null,
      };
    });
  }

  // ---- certificates ------------------------------------------------------------------------------

  async verify(code: string): Promise<CertificateVerification | null> {
    const c = await this.ds.getRepository(TrainingCertificateEntity).findOneBy({ code: code.trim().toUpperCase().slice(0, 20) });
    return c ? { code: c.code, learnerName: c.learnerName, moduleTitle: c.moduleTitle, issuedAt: c.issuedAt, percent: c.percent } : null;
  }

  /** The certificate as a PDF, for its learner (or an administrator). */
  async certificatePdf(user: AuthUser, code: string): Promise<CertificateFile> {
    const c = await this.ds.getRepository(TrainingCertificateEntity).findOneBy({ code: code.trim().toUpperCase().slice(0, 20) });
    if (!c || (c.userId !== user.id && !isAdmin(user))) throw new AppError('NOT_FOUND', TrainingReason.CERTIFICATE_NOT_FOUND, 'Certificate not found');
    const base = (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '');
    const pdf = await renderCertificatePdf({ ...c, verifyUrl: `${base}/training/verify/${c.code}` });
    return { fileName: `certificate-${c.code}.pdf`, contentType: 'application/pdf', contentBase64: pdf.toString('base64') };
  }

  // ---- learners ----------------------------------------------------------------------------------

  /**
   * Self-registration: a LEARNER account that stays inactive (cannot sign in) until the emailed
   * link is opened. The token's hash lives in the invitation column; invitations and
   * confirmations never accept each other's tokens (an invited user is active, a learner to
   * confirm is not). Registering an unconfirmed address again sends a new link.
   */
  async registerLearner(input: RegisterLearnerInput): Promise<boolean> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    const locale = matchLocale(input.locale ?? '') ?? SOURCE_LOCALE;
    return inTransaction(this.ds, undefined, async (em) => {
      const repo = em.getRepository(UserEntity);
      const existing = await repo.findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
      const pending = existing && existing.role === 'LEARNER' && !existing.active && existing.invitationTokenHash !== null;
      if (existing && !pending) {
        throw new AppError('CONFLICT', TrainingReason.USER_EMAIL_TAKEN, 'An account with this email already exists', {
          fieldErrors: [{ field: 'email', reason: TrainingReason.USER_EMAIL_TAKEN, message: 'An account with this email already exists' }],
        });
      }
      const token = newToken();
      const expiresAt = new Date(Date.now() + CONFIRMATION_DAYS * 24 * 3600 * 1000);
      const user = existing ?? repo.create({ email, role: 'LEARNER', partnerId: null });
      Object.assign(user, { name: input.name.trim(), passwordHash, active: false, invitationTokenHash: sha256(token), invitationExpiresAt: expiresAt });
      const saved = await repo.save(user);
      const prefix = locale === SOURCE_LOCALE ? '' : `/${locale}`;
      await outbox.enqueue(em, {
        to: email,
        template: 'learner-confirmation',
        params: { name: saved.name, confirmPath: `${prefix}/training/confirm?token=${encodeURIComponent(token)}`, expiresAt: expiresAt.toISOString().slice(0, 10) },
      });
      return true;
    });
  }

  async confirmLearner(token: string, meta: RequestMeta): Promise<NewSession> {
    return inTransaction(this.ds, undefined, async (em) => {
      const repo = em.getRepository(UserEntity);
      const u = await repo.findOne({ where: { invitationTokenHash: sha256(token), invitationExpiresAt: MoreThan(new Date()) }, lock: { mode: 'pessimistic_write' } });
      if (!u || u.role !== 'LEARNER' || u.active || !u.passwordHash) throw badInput('token', TrainingReason.CONFIRMATION_INVALID, 'This confirmation link is not valid or has expired');
      Object.assign(u, { active: true, invitationTokenHash: null, invitationExpiresAt: null, lastLoginAt: new Date() });
      const user = await repo.save(u);
      return this.auth.openSession(user, meta, em);
    });
  }

  // ---- the RIS3 self-assessment wheel ------------------------------------------------------------

  summarise(scores: readonly CriterionScoreInput[]): SelfAssessmentSummary {
    return summariseSelfAssessment(toAssessment(scores, 'scores'));
  }

  /** The partnership: the latest saved assessment of each learning cycle. */
  private async partnershipAssessments(): Promise<SelfAssessment[]> {
    const rows: { scores: Record<string, Record<string, number>> }[] = await this.ds.query(
      `SELECT DISTINCT ON (cycle_id) scores FROM ris3_self_assessment WHERE cycle_id IS NOT NULL ORDER BY cycle_id, created_at DESC`,
    );
    return rows.map((r) => r.scores as SelfAssessment);
  }

  async report(input: SelfAssessmentReportInput): Promise<SelfAssessmentReport> {
    const own = toAssessment(input.scores, 'scores');
    const earlier = input.earlierScores ? toAssessment(input.earlierScores, 'earlierScores') : null;
    const peers = await this.partnershipAssessments();
    const comparison = compareSelfAssessment(own, peers);
    const change = earlier ? selfAssessmentChange(earlier, own) : null;
    return {
      summary: summariseSelfAssessment(own),
      partnershipAssessments: peers.length,
      comparison: comparison.map((c, i) => ({
        step: c.step,
        own: c.own,
        partnershipMean: c.peerMean,
        partnershipMedian: c.peerMedian,
        partnershipCount: c.peerCount,
        gap: c.gap,
        earlier: change?.[i]?.before ?? null,
        change: change?.[i]?.change ?? null,
      })),
    };
  }

  /** Saves an assessment; with a cycle, only its editors may, and only while it is in ANALYSIS. */
  async saveAssessment(user: AuthUser, input: SaveSelfAssessmentInput): Promise<SavedSelfAssessment> {
    const scores = toAssessment(input.scores, 'scores') as Record<string, Record<string, number>>;
    return inTransaction(this.ds, undefined, async (em) => {
      if (input.cycleId) {
        const c = await em.getRepository(LearningCycleEntity).findOneBy({ id: input.cycleId });
        if (!c) throw new AppError('NOT_FOUND', TrainingReason.CYCLE_NOT_FOUND, 'Learning cycle not found');
        if (!isAdmin(user) && (user.role === 'LEARNER' || user.partnerId !== c.partnerId)) {
          throw new AppError('FORBIDDEN', TrainingReason.NOT_YOUR_PARTNERS_CYCLE, "You can only change your own partner's cycles");
        }
        if (c.stage !== 'ANALYSIS' || c.finishedAt !== null) throw new AppError('CONFLICT', TrainingReason.CYCLE_NOT_IN_ANALYSIS, 'The cycle is not in its ANALYSIS stage');
      }
      const saved = await em.getRepository(Ris3SelfAssessmentEntity).save(
        em.create(Ris3SelfAssessmentEntity, { userId: user.id, cycleId: input.cycleId ?? null, label: input.label.trim(), scores, overall: summariseSelfAssessment(scores).overall }),
      );
      return this.toSaved(saved);
    });
  }

  private toSaved(a: Ris3SelfAssessmentEntity): SavedSelfAssessment {
    return { id: a.id, label: a.label, cycleId: a.cycleId, scores: flatScores(a.scores), overall: a.overall, createdAt: a.createdAt };
  }

  async myAssessments(user: AuthUser): Promise<SavedSelfAssessment[]> {
    const rows = await this.ds.getRepository(Ris3SelfAssessmentEntity).find({ where: { userId: user.id }, order: { createdAt: 'DESC' }, take: 50 });
    return rows.map((a) => this.toSaved(a));
  }

  // ---- authoring (administrators) ----------------------------------------------------------------

  private language(code: string, field: string): string {
    const l = matchLocale(code);
    if (!l || l !== code) throw badInput(field, TrainingReason.UNKNOWN_LANGUAGE, `Unknown language ${code}`);
    return l;
  }

  async saveModule(input: SaveTrainingModuleInput): Promise<TrainingModule> {
    const language = this.language(input.language, 'language');
    let translations: Record<string, ModuleText> | undefined;
    if (input.translations) {
      translations = {};
      for (const t of input.translations) translations[this.language(t.locale, 'translations')] = { title: t.title.trim(), summary: t.summary.trim() };
    }
    const saved = await inTransaction(this.ds, undefined, async (em) => {
      const repo = em.getRepository(TrainingModuleEntity);
      const existing = input.id ? await repo.findOneBy({ id: input.id }) : null;
      if (input.id && !existing) throw notFound();
      const values = {
        title: input.title.trim(),
        summary: input.summary.trim(),
        ris3Step: input.ris3Step ?? null,
        developmentAreas: [...new Set(input.developmentAreas)],
        durationMinutes: input.durationMinutes,
        language,
        passMark: input.passMark,
        resources: input.resources.map((r) => ({ kind: r.kind, title: r.title.trim(), url: r.url.trim() })),
        ...(translations ? { translations } : {}),
      };
      if (existing) return repo.save(Object.assign(existing, values));
      const position = Number((await em.query(`SELECT coalesce(max(position), 0) + 1 AS p FROM training_module`))[0].p);
      return repo.save(em.create(TrainingModuleEntity, { ...values, slug: await this.freeSlug(em, values.title), position, status: 'DRAFT' }));
    });
    return this.toModule(saved, SOURCE_LOCALE, await this.counts([saved.id]));
  }

  private async freeSlug(em: EntityManager, title: string): Promise<string> {
    const base =
      title
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 100) || 'module';
    for (let i = 1; ; i++) {
      const slug = i === 1 ? base : `${base}-${i}`;
      if (!(await em.getRepository(TrainingModuleEntity).existsBy({ slug }))) return slug;
    }
  }

  async setStatus(input: SetTrainingModuleStatusInput): Promise<TrainingModule> {
    const saved = await inTransaction(this.ds, undefined, async (em) => {
      const m = await em.getRepository(TrainingModuleEntity).findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!m) throw notFound();
      if (input.status === 'PUBLISHED') {
        const lessons = await em.getRepository(TrainingLessonEntity).countBy({ moduleId: m.id });
        const questions = await em.getRepository(QuizQuestionEntity).countBy({ moduleId: m.id });
        if (lessons === 0 || questions === 0) throw new AppError('CONFLICT', TrainingReason.MODULE_INCOMPLETE, 'A module needs at least one lesson and one quiz question to be published');
        if (m.status !== 'PUBLISHED') m.publishedAt = new Date();
      }
      m.status = input.status;
      return em.getRepository(TrainingModuleEntity).save(m);
    });
    return this.toModule(saved, SOURCE_LOCALE, await this.counts([saved.id]));
  }

  async saveLesson(input: SaveTrainingLessonInput): Promise<TrainingLesson> {
    let translations: Record<string, LessonText> | undefined;
    if (input.translations) {
      translations = {};
      for (const t of input.translations) translations[this.language(t.locale, 'translations')] = { title: t.title.trim(), body: sanitiseMarkdown(t.body) };
    }
    const body = sanitiseMarkdown(input.body);
    if (!body) throw badInput('body', 'BODY_REQUIRED', 'The lesson needs text');
    const saved = await inTransaction(this.ds, undefined, async (em) => {
      if (!(await em.getRepository(TrainingModuleEntity).existsBy({ id: input.moduleId }))) throw notFound();
      const repo = em.getRepository(TrainingLessonEntity);
      const values = { title: input.title.trim(), body, toolLinks: input.toolLinks.map((l) => ({ label: l.label.trim(), path: l.path })), ...(translations ? { translations } : {}) };
      if (input.id) {
        const l = await repo.findOneBy({ id: input.id, moduleId: input.moduleId });
        if (!l) throw new AppError('NOT_FOUND', TrainingReason.LESSON_NOT_FOUND, 'Lesson not found');
        return repo.save(Object.assign(l, values));
      }
      const position = Number((await em.query(`SELECT coalesce(max(position), 0) + 1 AS p FROM training_lesson WHERE module_id = $1`, [input.moduleId]))[0].p);
      return repo.save(em.create(TrainingLessonEntity, { ...values, moduleId: input.moduleId, position }));
    });
    return { id: saved.id, position: saved.position, title: saved.title, body: saved.body, toolLinks: saved.toolLinks, displayedLanguage: SOURCE_LOCALE };
  }

  async deleteLesson(id: string): Promise<boolean> {
    const r = await this.ds.getRepository(TrainingLessonEntity).delete({ id });
    if (!r.affected) throw new AppError('NOT_FOUND', TrainingReason.LESSON_NOT_FOUND, 'Lesson not found');
    return true;
  }

  async saveQuestion(input: SaveQuizQuestionInput): Promise<QuizQuestionKey> {
    const options = input.options.map((o) => ({ id: o.id, text: o.text.trim() }));
    const problems = quizKeyProblems({ kind: input.kind, optionIds: options.map((o) => o.id), correctOptionIds: input.correctOptionIds });
    if (problems.length > 0) throw badInput('correctOptionIds', TrainingReason.INVALID_QUESTION, `The answer key does not fit the question: ${problems.join(', ')}`);
    const saved = await inTransaction(this.ds, undefined, async (em) => {
      if (!(await em.getRepository(TrainingModuleEntity).existsBy({ id: input.moduleId }))) throw notFound();
      const repo = em.getRepository(QuizQuestionEntity);
      const values = { kind: input.kind, prompt: input.prompt.trim(), options, correctOptionIds: input.correctOptionIds, explanation: input.explanation.trim() };
      if (input.id) {
        const q = await repo.findOneBy({ id: input.id, moduleId: input.moduleId });
        if (!q) throw new AppError('NOT_FOUND', TrainingReason.QUESTION_NOT_FOUND, 'Question not found');
        return repo.save(Object.assign(q, values));
      }
      const position = Number((await em.query(`SELECT coalesce(max(position), 0) + 1 AS p FROM quiz_question WHERE module_id = $1`, [input.moduleId]))[0].p);
      return repo.save(em.create(QuizQuestionEntity, { ...values, moduleId: input.moduleId, position, translations: {} }));
    });
    return { id: saved.id, position: saved.position, kind: saved.kind, prompt: saved.prompt, options: saved.options, correctOptionIds: saved.correctOptionIds, explanation: saved.explanation };
  }

  async deleteQuestion(id: string): Promise<boolean> {
    const r = await this.ds.getRepository(QuizQuestionEntity).delete({ id });
    if (!r.affected) throw new AppError('NOT_FOUND', TrainingReason.QUESTION_NOT_FOUND, 'Question not found');
    return true;
  }

  /** Puts every lesson (or question) of a module in the order given; the list must name each exactly once. */
  async reorder(kind: 'lessons' | 'questions', input: ReorderInput): Promise<boolean> {
    const entity = kind === 'lessons' ? TrainingLessonEntity : QuizQuestionEntity;
    return inTransaction(this.ds, undefined, async (em) => {
      const rows: { id: string }[] = await em.getRepository(entity).find({ where: { moduleId: input.moduleId }, select: { id: true } });
      const have = new Set(rows.map((r) => r.id));
      if (rows.length === 0 && !(await em.getRepository(TrainingModuleEntity).existsBy({ id: input.moduleId }))) throw notFound();
      if (input.ids.length !== have.size || new Set(input.ids).size !== have.size || input.ids.some((id) => !have.has(id))) {
        throw badInput('ids', TrainingReason.REORDER_MISMATCH, 'List every item of the module exactly once');
      }
      for (const [i, id] of input.ids.entries()) await em.getRepository(entity).update({ id }, { position: i + 1 });
      return true;
    });
  }

  /** Learners, completions, average score and the most-missed questions of each module. */
  async statistics(): Promise<TrainingModuleStatistics[]> {
    const modules = await this.ds.getRepository(TrainingModuleEntity).find({ order: { position: 'ASC' } });
    const ids = modules.map((m) => m.id);
    if (ids.length === 0) return [];
    const learners: { module_id: string; n: number }[] = await this.ds.query(
      `SELECT module_id, count(DISTINCT user_id)::int AS n FROM (SELECT module_id, user_id FROM training_progress UNION SELECT module_id, user_id FROM quiz_attempt) x GROUP BY module_id`,
    );
    const attempts: { module_id: string; n: number; avg: number | null; passed: number }[] = await this.ds.query(
      `SELECT module_id, count(*)::int AS n, avg(percent)::float8 AS avg, count(DISTINCT user_id) FILTER (WHERE passed)::int AS passed FROM quiz_attempt GROUP BY module_id`,
    );
    const missed: { module_id: string; question_id: string; wrong: number; answered: number }[] = await this.ds.query(
      `SELECT a.module_id, o->>'questionId' AS question_id,
              count(*) FILTER (WHERE NOT (o->>'correct')::boolean)::int AS wrong, count(*)::int AS answered
         FROM quiz_attempt a CROSS JOIN LATERAL jsonb_array_elements(a.outcomes) o
        GROUP BY a.module_id, o->>'questionId'`,
    );
    const questionIds = [...new Set(missed.map((m) => m.question_id))].filter(isUuid);
    const prompts = new Map(
      questionIds.length ? (await this.ds.getRepository(QuizQuestionEntity).find({ where: { id: In(questionIds) }, select: { id: true, prompt: true } })).map((q) => [q.id, q.prompt]) : [],
    );
    return modules.map((m) => {
      const l = learners.find((x) => x.module_id === m.id)?.n ?? 0;
      const a = attempts.find((x) => x.module_id === m.id);
      const completions = a?.passed ?? 0;
      return {
        moduleId: m.id,
        title: m.title,
        status: m.status,
        learners: l,
        completions,
        completionRate: l > 0 ? completions / l : null,
        attempts: a?.n ?? 0,
        averagePercent: a && a.avg !== null ? Number(a.avg) : null,
        mostMissed: missed
          .filter((x) => x.module_id === m.id && x.wrong > 0 && prompts.has(x.question_id))
          .sort((x, y) => y.wrong / y.answered - x.wrong / x.answered || y.wrong - x.wrong)
          .slice(0, 5)
          .map((x) => ({ questionId: x.question_id, prompt: prompts.get(x.question_id)!, wrong: x.wrong, answered: x.answered })),
      };
    });
  }
}
