import { ArrayMaxSize, IsDateString, IsIn, IsOptional, IsUrl, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { BenchmarkOptions } from '../benchmark/benchmark.type';
import { DevelopmentArea } from '../indicator/indicator.type';
import { EvaluationDecision, LearningMove, LearningStage, MeasureIndicatorKind, PilotStatus } from './learning-cycle.type';

const DATE = { message: 'Use a date as YYYY-MM-DD' };
const MONEY = { message: 'Amounts are between 0 and 1 000 000 000 EUR' };

@InputType()
export class LearningCycleFilter {
  @Field(() => [LearningStage], { nullable: true })
  @IsOptional()
  stages?: LearningStage[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field(() => [String], { nullable: true, description: 'ISO alpha-2 codes.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'Each country must be an ISO 3166 alpha-2 code' })
  countries?: string[];
}

@InputType()
export class CreateLearningCycleInput {
  @Field()
  @Length(3, 200, { message: 'The title has 3 to 200 characters' })
  title: string;

  @Field()
  @Matches(/^[A-Z]{2}[A-Z0-9]{1,5}$/, { message: 'Region must be a NUTS code' })
  regionCode: string;

  @Field(() => ID, { nullable: true, description: "Owning partner (admins only; an editor's cycles belong to their partner)." })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  isPublic?: boolean;
}

@InputType()
export class UpdateLearningCycleInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 200, { message: 'The title has 3 to 200 characters' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  isPublic?: boolean;
}

@InputType()
export class TransitionLearningCycleInput {
  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field(() => LearningMove)
  event: LearningMove;

  @Field(() => LearningStage, { nullable: true, description: 'With REFLECT: the stage to go back to.' })
  @IsOptional()
  to?: LearningStage;

  @Field({ nullable: true, description: 'Why (required for REFLECT).' })
  @IsOptional()
  @Length(0, 2000)
  reason?: string;
}

@InputType()
export class RegionalAssessmentInput {
  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field()
  @Length(1, 10000, { message: 'Describe the regional context' })
  context: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @Length(1, 500, { each: true })
  strengths: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @Length(1, 500, { each: true })
  barriers: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @Length(1, 500, { each: true })
  missingData: string[];
}

@InputType()
export class SaveBenchmarkSnapshotInput {
  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field(() => BenchmarkOptions, { nullable: true })
  @IsOptional()
  @ValidateNested()
  options?: BenchmarkOptions;
}

@InputType()
export class ChooseGapsInput {
  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field(() => [String], { description: 'Performance indicator codes of the saved benchmark.' })
  @ArrayMaxSize(30)
  @Length(1, 40, { each: true })
  indicatorCodes: string[];
}

@InputType()
export class SelectPracticesInput {
  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field(() => [String])
  @ArrayMaxSize(30)
  @Length(1, 64, { each: true })
  practiceIds: string[];
}

@InputType()
export class PeerInput {
  @Field()
  @Length(1, 200)
  name: string;

  @Field({ defaultValue: '' })
  @Length(0, 200)
  organisation: string;

  @Field()
  @Matches(/^[A-Z]{2}$/, { message: 'Country must be an ISO 3166 alpha-2 code' })
  country: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string;
}

@InputType()
export class PeerReviewInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new review of the cycle.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field()
  @Length(3, 200, { message: 'The topic has 3 to 200 characters' })
  topic: string;

  @Field(() => ID, { nullable: true, description: "Default: the cycle's partner." })
  @IsOptional()
  @IsUUID()
  hostPartnerId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, DATE)
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, DATE)
  endsOn?: string;

  @Field(() => [PeerInput], { defaultValue: [] })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  peers: PeerInput[];

  @Field({ defaultValue: '' })
  @Length(0, 20000)
  selfAssessment: string;

  @Field({ defaultValue: '' })
  @Length(0, 20000)
  peerAnalysis: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  @Length(1, 2000, { each: true })
  recommendations: string[];

  @Field(() => [String], { defaultValue: [], description: 'The to-do list; items already made into measures keep their link.' })
  @ArrayMaxSize(50)
  @Length(1, 2000, { each: true })
  todos: string[];
}

@InputType()
export class MeasureIndicatorInput {
  @Field(() => ID, { nullable: true, description: 'An existing indicator of the measure (its KPI readings are kept).' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => MeasureIndicatorKind)
  kind: MeasureIndicatorKind;

  @Field({ nullable: true, description: 'A platform indicator code; or give name and unit.' })
  @IsOptional()
  @Length(1, 40)
  indicatorCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 40)
  unit?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-1e12)
  @Max(1e12)
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-1e12)
  @Max(1e12)
  target?: number | null;
}

@InputType()
export class MeasureInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new measure.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field()
  @Length(3, 200, { message: 'The title has 3 to 200 characters' })
  title: string;

  @Field({ defaultValue: '' })
  @Length(0, 5000)
  objective: string;

  @Field({ nullable: true, description: 'One of the chosen gaps.' })
  @IsOptional()
  @Length(1, 40)
  gapIndicatorCode?: string;

  @Field({ defaultValue: '' })
  @Length(0, 2000)
  players: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, DATE)
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, DATE)
  endsOn?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, MONEY)
  @Max(1e9, MONEY)
  costEur?: number;

  @Field({ defaultValue: '' })
  @Length(0, 200)
  fundingSource: string;

  @Field(() => [MeasureIndicatorInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  indicators: MeasureIndicatorInput[];
}

@InputType()
export class PilotActionInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new pilot action.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field(() => ID, { description: 'The measure of the plan it tests.' })
  @IsUUID()
  measureId: string;

  @Field()
  @Length(3, 200, { message: 'The title has 3 to 200 characters' })
  title: string;

  @Field({ defaultValue: '' })
  @Length(0, 5000)
  description: string;

  @Field(() => ID, { nullable: true, description: "Default: the cycle's partner." })
  @IsOptional()
  @IsUUID()
  leadPartnerId?: string;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  participantPartnerIds: string[];

  @Field({ nullable: true, description: "Default: the cycle's region." })
  @IsOptional()
  @Matches(/^[A-Z]{2}[A-Z0-9]{1,5}$/, { message: 'Region must be a NUTS code' })
  regionCode?: string;

  @Field(() => [DevelopmentArea], { defaultValue: [] })
  @ArrayMaxSize(7)
  areas: DevelopmentArea[];

  @Field({ nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, DATE)
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, DATE)
  endsOn?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, MONEY)
  @Max(1e9, MONEY)
  budgetEur?: number;

  @Field(() => PilotStatus, { nullable: true, defaultValue: PilotStatus.RUNNING })
  @IsOptional()
  status?: PilotStatus;
}

@InputType()
export class KpiReadingInput {
  @Field(() => ID)
  @IsUUID()
  pilotId: string;

  @Field(() => ID)
  @IsUUID()
  measureIndicatorId: string;

  @Field()
  @IsDateString({ strict: true }, DATE)
  date: string;

  @Field(() => Float)
  @Min(-1e12)
  @Max(1e12)
  value: number;

  @Field({ defaultValue: '' })
  @Length(0, 2000)
  note: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'The evidence link must be an http(s) address' })
  evidenceUrl?: string;
}

@InputType()
export class EvaluationInput {
  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field()
  @Length(1, 20000, { message: 'Write the findings' })
  findings: string;

  @Field({ defaultValue: '' })
  @Length(0, 20000)
  lessons: string;

  @Field({ defaultValue: '' })
  @Length(0, 20000)
  transferability: string;

  @Field(() => EvaluationDecision)
  @IsIn(Object.values(EvaluationDecision))
  decision: EvaluationDecision;
}

@InputType()
export class TransferInput {
  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field()
  @Length(1, 20000, { message: 'Summarise what is transferred' })
  summary: string;

  @Field({ nullable: true, description: 'The policy example drafted from the evaluation, when there is one.' })
  @IsOptional()
  @Length(1, 64)
  practiceId?: string;
}

@InputType()
export class PilotActionFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'Each country must be an ISO 3166 alpha-2 code' })
  countries?: string[];

  @Field(() => [DevelopmentArea], { nullable: true })
  @IsOptional()
  areas?: DevelopmentArea[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  cycleId?: string;
}
