import type { EntityManager } from 'typeorm';
import { LearningCycleEntity } from '../../modules/learning-cycle/learning-cycle.entity';
import {
  QuizQuestionEntity,
  Ris3SelfAssessmentEntity,
  TrainingLessonEntity,
  TrainingModuleEntity,
  type LessonText,
  type ModuleText,
  type QuestionText,
} from '../../modules/training/training.entity';
import { summariseSelfAssessment } from '@polisee/domain';
import { SELF_ASSESSMENT_SEEDS, TRAINING_SEEDS } from './training.seed';
import { sanitiseMarkdown } from '../../modules/training/markdown';

/** The training package, published, when there is no module yet. Returns the modules added. */
export async function seedTraining(em: EntityManager): Promise<number> {
  if ((await em.getRepository(TrainingModuleEntity).count()) > 0) return 0;
  const publishedAt = new Date(Date.UTC(2025, 8, 1));
  for (const [i, m] of TRAINING_SEEDS.entries()) {
    const translations: Record<string, ModuleText> = {};
    for (const [locale, t] of Object.entries(m.translations ?? {})) translations[locale] = { title: t.title, summary: t.summary };
    const module = await em.getRepository(TrainingModuleEntity).save(
      em.create(TrainingModuleEntity, {
        slug: m.slug,
        position: i + 1,
        ris3Step: m.step,
        developmentAreas: m.areas,
        title: m.title,
        summary: m.summary,
        durationMinutes: m.minutes,
        language: 'en',
        translations,
        status: 'PUBLISHED',
        passMark: m.passMark,
        resources: m.resources,
        isDemo: false,
        publishedAt,
      }),
    );
    await em.getRepository(TrainingLessonEntity).insert(
      m.lessons.map((l, k) => {
        const lt: Record<string, LessonText> = {};
        for (const [locale, t] of Object.entries(m.translations ?? {})) {
          const x = t.lessons[k];
          if (x) lt[locale] = { title: x.title, body: sanitiseMarkdown(x.body) };
        }
        return { moduleId: module.id, position: k + 1, title: l.title, body: sanitiseMarkdown(l.body), toolLinks: l.links ?? [], translations: lt };
      }),
    );
    await em.getRepository(QuizQuestionEntity).insert(
      m.questions.map((q, k) => {
        const qt: Record<string, QuestionText> = {};
        for (const [locale, t] of Object.entries(m.translations ?? {})) {
          const x = t.questions[k];
          if (x) qt[locale] = { prompt: x.prompt, explanation: x.explanation, options: x.options };
        }
        return {
          moduleId: module.id,
          position: k + 1,
          kind: q.kind,
          prompt: q.prompt,
          options: q.options.map(([id, text]) => ({ id, text })),
          correctOptionIds: q.correct,
          explanation: q.explanation,
          translations: qt,
        };
      }),
    );
  }
  return TRAINING_SEEDS.length;
}

/** Demo RIS3 self-assessments of three demo cycles, flagged demo, when none is stored yet. */
export async function seedSelfAssessments(em: EntityManager): Promise<number> {
  if ((await em.getRepository(Ris3SelfAssessmentEntity).count()) > 0) return 0;
  const cycles = await em.getRepository(LearningCycleEntity).find({ where: { isDemo: true }, order: { title: 'ASC' } });
  const rows = SELF_ASSESSMENT_SEEDS.filter((s) => cycles[s.cycleIndex]).map((s) => ({
    userId: null,
    cycleId: cycles[s.cycleIndex]!.id,
    label: `RIS3 self-assessment: ${cycles[s.cycleIndex]!.title}`.slice(0, 200),
    scores: s.scores,
    overall: summariseSelfAssessment(s.scores).overall,
    isDemo: true,
  }));
  if (rows.length > 0) await em.getRepository(Ris3SelfAssessmentEntity).insert(rows);
  return rows.length;
}
