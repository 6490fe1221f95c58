import type { Ris3Step } from '@polisee/domain';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DevelopmentArea } from '../indicator/indicator.type';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/password';
import { QuestionKind, ResourceKind, Ris3StepEnum, TrainingStatus } from './training.type';

@InputType()
export class QuizAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown question' })
  questionId: string;

  @Field(() => [ID], { description: 'SINGLE: one id; MULTIPLE: the chosen ids; ORDERING: every option id in the order chosen.' })
  @ArrayMaxSize(12)
  @Length(1, 40, { each: true })
  optionIds: string[];
}

@InputType()
export class SubmitQuizInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown module' })
  moduleId: string;

  @Field(() => [QuizAnswerInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  answers: QuizAnswerInput[];
}

@InputType()
export class RegisterLearnerInput {
  @Field()
  @IsEmail({}, { message: 'Not a valid email address' })
  @Length(3, 254)
  email: string;

  @Field()
  @Length(1, 200, { message: 'Your name has 1 to 200 characters' })
  name: string;

  @Field()
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, { message: `Password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters` })
  password: string;

  @Field({ nullable: true, description: 'The portal locale the confirmation link opens in.' })
  @IsOptional()
  @Length(2, 12)
  locale?: string;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => Ris3StepEnum)
  step: Ris3Step;

  @Field()
  @Length(1, 60)
  criterion: string;

  @Field(() => Int)
  @Min(0)
  @Max(5)
  score: number;
}

@InputType()
export class SelfAssessmentReportInput {
  @Field(() => [CriterionScoreInput])
  @ArrayMaxSize(18)
  @ValidateNested({ each: true })
  scores: CriterionScoreInput[];

  @Field(() => [CriterionScoreInput], { nullable: true, description: 'An earlier assessment to compare with (the wheel over time).' })
  @IsOptional()
  @ArrayMaxSize(18)
  @ValidateNested({ each: true })
  earlierScores?: CriterionScoreInput[];
}

@InputType()
export class SaveSelfAssessmentInput {
  @Field()
  @Length(1, 200, { message: 'Name the assessment' })
  label: string;

  @Field(() => [CriterionScoreInput])
  @ArrayMinSize(1, { message: 'Score at least one criterion' })
  @ArrayMaxSize(18)
  @ValidateNested({ each: true })
  scores: CriterionScoreInput[];

  @Field(() => ID, { nullable: true, description: "A learning cycle in its ANALYSIS stage the assessment belongs to (the cycle's editors only)." })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown learning cycle' })
  cycleId?: string;
}

// ---- authoring (administrators) ----------------------------------------------------------------

@InputType()
export class TrainingResourceInput {
  @Field(() => ResourceKind)
  kind: ResourceKind;

  @Field()
  @Length(1, 200)
  title: string;

  @Field()
  @Matches(/^(https?:\/\/|\/)[^\s]*$/, { message: 'A resource is an http(s) address or a platform path' })
  @Length(1, 500)
  url: string;
}

@InputType()
export class ModuleTranslationInput {
  @Field()
  @Length(2, 12)
  locale: string;

  @Field()
  @Length(1, 200)
  title: string;

  @Field()
  @Length(0, 2000)
  summary: string;
}

@InputType()
export class SaveTrainingModuleInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new draft module.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field()
  @Length(3, 200, { message: 'The title has 3 to 200 characters' })
  title: string;

  @Field()
  @Length(0, 2000)
  summary: string;

  @Field(() => Ris3StepEnum, { nullable: true })
  @IsOptional()
  ris3Step?: Ris3Step | null;

  @Field(() => [DevelopmentArea], { defaultValue: [] })
  @ArrayMaxSize(7)
  developmentAreas: DevelopmentArea[];

  @Field(() => Int)
  @Min(5, { message: 'A module takes 5 to 600 minutes' })
  @Max(600, { message: 'A module takes 5 to 600 minutes' })
  durationMinutes: number;

  @Field()
  @Length(2, 12)
  language: string;

  @Field(() => Int)
  @Min(1, { message: 'The pass mark is 1 to 100 percent' })
  @Max(100, { message: 'The pass mark is 1 to 100 percent' })
  passMark: number;

  @Field(() => [TrainingResourceInput], { defaultValue: [] })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  resources: TrainingResourceInput[];

  @Field(() => [ModuleTranslationInput], { nullable: true, description: 'Absent: the stored translations stay as they are.' })
  @IsOptional()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  translations?: ModuleTranslationInput[] | null;
}

@InputType()
export class ToolLinkInput {
  @Field()
  @Length(1, 120)
  label: string;

  @Field()
  @Matches(/^\/[A-Za-z0-9\-._~/?=&%+]*$/, { message: 'A tool link is a platform path starting with /' })
  @Length(1, 300)
  path: string;
}

@InputType()
export class LessonTranslationInput {
  @Field()
  @Length(2, 12)
  locale: string;

  @Field()
  @Length(1, 200)
  title: string;

  @Field()
  @Length(1, 2000)
  body: string;
}

@InputType()
export class SaveTrainingLessonInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => ID)
  @IsUUID()
  moduleId: string;

  @Field()
  @Length(1, 200, { message: 'The title has 1 to 200 characters' })
  title: string;

  @Field({ description: 'Markdown (raw HTML is removed).' })
  @Length(1, 2000, { message: 'The lesson text has 1 to 2000 characters' })
  body: string;

  @Field(() => [ToolLinkInput], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  toolLinks: ToolLinkInput[];

  @Field(() => [LessonTranslationInput], { nullable: true, description: 'Absent: the stored translations stay as they are.' })
  @IsOptional()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  translations?: LessonTranslationInput[] | null;
}

@InputType()
export class QuizOptionInput {
  @Field(() => ID)
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'Option ids are short lower-case words' })
  id: string;

  @Field()
  @Length(1, 500)
  text: string;
}

@InputType()
export class SaveQuizQuestionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => ID)
  @IsUUID()
  moduleId: string;

  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Field()
  @Length(3, 1000, { message: 'The question has 3 to 1000 characters' })
  prompt: string;

  @Field(() => [QuizOptionInput])
  @ArrayMinSize(2, { message: 'A question has 2 to 8 options' })
  @ArrayMaxSize(8, { message: 'A question has 2 to 8 options' })
  @ValidateNested({ each: true })
  options: QuizOptionInput[];

  @Field(() => [ID])
  @ArrayMaxSize(8)
  correctOptionIds: string[];

  @Field()
  @Length(1, 2000, { message: 'Explain the answer (1 to 2000 characters)' })
  explanation: string;
}

@InputType()
export class ReorderInput {
  @Field(() => ID)
  @IsUUID()
  moduleId: string;

  @Field(() => [ID], { description: 'Every lesson (or question) id of the module in the new order.' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids: string[];
}

@InputType()
export class SetTrainingModuleStatusInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => TrainingStatus)
  @IsIn(['DRAFT', 'PUBLISHED'])
  status: TrainingStatus;
}
