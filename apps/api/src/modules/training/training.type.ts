import { enumOf, RIS3_STEPS, type Ris3Step } from '@polisee/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DevelopmentArea } from '../indicator/indicator.type';
import { QUESTION_KINDS, RESOURCE_KINDS, TRAINING_STATUSES, type QuestionKindValue, type ResourceKindValue, type TrainingStatusValue } from './training.entity';

export const TrainingStatus = enumOf(TRAINING_STATUSES);
export type TrainingStatus = TrainingStatusValue;
export const QuestionKind = enumOf(QUESTION_KINDS);
export type QuestionKind = QuestionKindValue;
export const ResourceKind = enumOf(RESOURCE_KINDS);
export type ResourceKind = ResourceKindValue;
export const Ris3StepEnum = enumOf(RIS3_STEPS);
registerEnumType(TrainingStatus, { name: 'TrainingStatus', description: 'DRAFT modules are seen by administrators only.' });
registerEnumType(QuestionKind, { name: 'QuestionKind', description: 'SINGLE: one right option; MULTIPLE: every right option; ORDERING: all options in the right order.' });
registerEnumType(ResourceKind, { name: 'ResourceKind' });
registerEnumType(Ris3StepEnum, { name: 'Ris3Step', description: 'The six steps of the RIS3 Guide.' });

@ObjectType()
export class TrainingResource {
  @Field(() => ResourceKind)
  kind: ResourceKind;

  @Field()
  title: string;

  @Field()
  url: string;
}

@ObjectType({ description: "A link from a lesson into one of the platform's tools (a portal path)." })
export class ToolLink {
  @Field()
  label: string;

  @Field()
  path: string;
}

@ObjectType()
export class TrainingLesson {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field({ description: 'Markdown without raw HTML.' })
  body: string;

  @Field(() => [ToolLink])
  toolLinks: ToolLink[];

  @Field()
  displayedLanguage: string;
}

@ObjectType({ description: 'An option of a quiz question; its id is unique within the question only (a, b, c...).' })
export class QuizOption {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;
}

@ObjectType({ description: 'A quiz question as a learner sees it: never its right answers or explanation before an attempt.' })
export class QuizQuestion {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Field()
  prompt: string;

  @Field(() => [QuizOption])
  options: QuizOption[];
}

@ObjectType({ description: 'A quiz question with its key, for authors (administrators only).' })
export class QuizQuestionKey {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Field()
  prompt: string;

  @Field(() => [QuizOption])
  options: QuizOption[];

  @Field(() => [ID])
  correctOptionIds: string[];

  @Field()
  explanation: string;
}

@ObjectType()
export class TrainingModule {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field(() => Int)
  position: number;

  @Field(() => Ris3StepEnum, { nullable: true })
  ris3Step: Ris3Step | null;

  @Field(() => [DevelopmentArea])
  developmentAreas: DevelopmentArea[];

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => Int)
  durationMinutes: number;

  @Field({ description: 'The language the module was written in.' })
  language: string;

  @Field(() => [String])
  availableLanguages: string[];

  @Field({ description: 'The language of the texts returned (the request locale when translated, else the original).' })
  displayedLanguage: string;

  @Field(() => TrainingStatus)
  status: TrainingStatus;

  @Field(() => Int, { description: 'Percent of right answers needed to pass.' })
  passMark: number;

  @Field(() => [TrainingResource])
  resources: TrainingResource[];

  @Field()
  isDemo: boolean;

  @Field(() => Int)
  lessonCount: number;

  @Field(() => Int)
  questionCount: number;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType()
export class QuestionFeedback {
  @Field(() => ID)
  questionId: string;

  @Field()
  correct: boolean;

  @Field(() => [ID], { description: 'The options chosen, as sent.' })
  chosenOptionIds: string[];

  @Field(() => [ID], { description: 'The right options (for ORDERING: the right order), revealed with the result.' })
  correctOptionIds: string[];

  @Field()
  explanation: string;
}

@ObjectType()
export class TrainingCertificate {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field(() => ID)
  moduleId: string;

  @Field()
  learnerName: string;

  @Field()
  moduleTitle: string;

  @Field(() => Int)
  percent: number;

  @Field(() => Date)
  issuedAt: Date;
}

@ObjectType()
export class QuizResult {
  @Field(() => ID, { nullable: true, description: 'The stored attempt (signed-in users only).' })
  attemptId: string | null;

  @Field(() => Int)
  correct: number;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  percent: number;

  @Field(() => Int)
  passMark: number;

  @Field()
  passed: boolean;

  @Field(() => [QuestionFeedback])
  questions: QuestionFeedback[];

  @Field(() => TrainingCertificate, { nullable: true, description: 'Issued on a pass by a signed-in user (the first pass keeps its certificate).' })
  certificate: TrainingCertificate | null;
}

@ObjectType()
export class TrainingProgress {
  @Field(() => ID)
  moduleId: string;

  @Field(() => [ID])
  completedLessonIds: string[];

  @Field(() => Int, { nullable: true })
  bestPercent: number | null;

  @Field(() => Int)
  attempts: number;

  @Field()
  passed: boolean;

  @Field(() => TrainingCertificate, { nullable: true })
  certificate: TrainingCertificate | null;
}

@ObjectType()
export class CertificateFile {
  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field()
  contentBase64: string;
}

@ObjectType({ description: 'What the public verification page shows for a code.' })
export class CertificateVerification {
  @Field()
  code: string;

  @Field()
  learnerName: string;

  @Field()
  moduleTitle: string;

  @Field(() => Date)
  issuedAt: Date;

  @Field(() => Int)
  percent: number;
}

@ObjectType()
export class MissedQuestion {
  @Field(() => ID)
  questionId: string;

  @Field()
  prompt: string;

  @Field(() => Int)
  wrong: number;

  @Field(() => Int)
  answered: number;
}

@ObjectType({ description: 'Training statistics of one module (administrators).' })
export class TrainingModuleStatistics {
  @Field(() => ID)
  moduleId: string;

  @Field()
  title: string;

  @Field(() => TrainingStatus)
  status: TrainingStatus;

  @Field(() => Int, { description: 'Signed-in users with progress or an attempt.' })
  learners: number;

  @Field(() => Int, { description: 'Learners who passed the quiz.' })
  completions: number;

  @Field(() => Float, { nullable: true, description: 'completions / learners.' })
  completionRate: number | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => Float, { nullable: true, description: 'Mean percent over all attempts.' })
  averagePercent: number | null;

  @Field(() => [MissedQuestion], { description: 'The questions answered wrong most often, worst first (at most 5).' })
  mostMissed: MissedQuestion[];
}

// ---- the RIS3 self-assessment wheel ----------------------------------------------------------

@ObjectType()
export class CriterionScore {
  @Field(() => Ris3StepEnum)
  step: Ris3Step;

  @Field()
  criterion: string;

  @Field(() => Int)
  score: number;
}

@ObjectType({ description: 'One spoke of the wheel (summariseSelfAssessment of @polisee/domain).' })
export class SelfAssessmentStepSummary {
  @Field(() => Ris3StepEnum)
  step: Ris3Step;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => Float, { nullable: true })
  min: number | null;

  @Field(() => Float, { nullable: true })
  max: number | null;

  @Field(() => Int)
  scored: number;

  @Field(() => Int)
  noInformation: number;
}

@ObjectType()
export class SelfAssessmentSummary {
  @Field(() => [SelfAssessmentStepSummary])
  steps: SelfAssessmentStepSummary[];

  @Field(() => Float, { nullable: true })
  overall: number | null;

  @Field(() => Float)
  completeness: number;
}

@ObjectType({ description: 'A step compared with the partnership (compareSelfAssessment) and with an earlier assessment (selfAssessmentChange).' })
export class SelfAssessmentStepComparison {
  @Field(() => Ris3StepEnum)
  step: Ris3Step;

  @Field(() => Float, { nullable: true })
  own: number | null;

  @Field(() => Float, { nullable: true })
  partnershipMean: number | null;

  @Field(() => Float, { nullable: true })
  partnershipMedian: number | null;

  @Field(() => Int)
  partnershipCount: number;

  @Field(() => Float, { nullable: true })
  gap: number | null;

  @Field(() => Float, { nullable: true })
  earlier: number | null;

  @Field(() => Float, { nullable: true })
  change: number | null;
}

@ObjectType()
export class SelfAssessmentReport {
  @Field(() => SelfAssessmentSummary)
  summary: SelfAssessmentSummary;

  @Field(() => [SelfAssessmentStepComparison])
  comparison: SelfAssessmentStepComparison[];

  @Field(() => Int, { description: "Assessments in the partnership's average (the latest saved one of each learning cycle)." })
  partnershipAssessments: number;
}

@ObjectType()
export class SavedSelfAssessment {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field(() => ID, { nullable: true })
  cycleId: string | null;

  @Field(() => [CriterionScore])
  scores: CriterionScore[];

  @Field(() => Float, { nullable: true })
  overall: number | null;

  @Field(() => Date)
  createdAt: Date;
}
