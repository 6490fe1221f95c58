import { ArrayMaxSize, ArrayMinSize, IsEmail, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DevelopmentArea } from '../indicator/indicator.type';
import { ConsensusCombine, ForesightItemKind, ForesightMethod, StakeholderType } from './foresight.type';

@InputType({ description: 'At least one criterion; an unset one is not checked.' })
export class ConsensusRuleInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  maxIqr?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1)
  minTopShare?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  maxSd?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(1000)
  minResponses?: number;

  @Field(() => ConsensusCombine, { nullable: true })
  @IsOptional()
  combine?: ConsensusCombine;
}

@InputType()
export class ForesightExerciseInput {
  @Field(() => ID, { nullable: true, description: 'Set to edit an exercise; unset to create one.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field()
  @Length(3, 200, { message: 'The title has 3 to 200 characters' })
  title: string;

  @Field()
  @Length(3, 2000, { message: 'The topic has 3 to 2000 characters' })
  topic: string;

  @Field(() => ForesightMethod)
  method: ForesightMethod;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  horizonYear: number;

  @Field(() => String, { nullable: true, description: 'NUTS code; unset: partnership-wide.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}[A-Z0-9]{1,5}$/, { message: 'Region must be a NUTS code' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: "Organising partner (admins only; an editor's exercises belong to their partner)." })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field(() => [DevelopmentArea], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7)
  areas?: DevelopmentArea[];

  @Field({ description: 'Locale code the exercise is written in.' })
  @Length(2, 12)
  language: string;

  @Field(() => ConsensusRuleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  consensusRule?: ConsensusRuleInput;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1)
  stabilityMaxChange?: number;
}

@InputType()
export class ForesightItemInput {
  @Field(() => ForesightItemKind)
  kind: ForesightItemKind;

  @Field(() => Int, { nullable: true, description: 'Default 1 (a scale) or the current year (YEAR).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2200)
  scaleMin?: number;

  @Field(() => Int, { nullable: true, description: 'Default 5 (a scale) or 2100 (YEAR).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2200)
  scaleMax?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(10)
  topCategories?: number;

  @Field(() => ConsensusRuleInput, { nullable: true, description: "The item's own rule; unset: the exercise's." })
  @IsOptional()
  @ValidateNested()
  consensusRule?: ConsensusRuleInput;
}

@InputType()
export class ForesightStatementInput {
  @Field(() => ID)
  @IsUUID()
  exerciseId: string;

  @Field(() => ID, { nullable: true, description: 'Set to edit a statement.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field()
  @Length(1, 200, { message: 'The theme has 1 to 200 characters' })
  theme: string;

  @Field()
  @Length(3, 2000, { message: 'The statement has 3 to 2000 characters' })
  text: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(/^[A-Za-z0-9_.-]{1,40}$/, { each: true, message: 'Indicator codes only' })
  indicatorCodes?: string[];

  @Field(() => [ForesightItemInput], { description: 'Replaced only while nobody has answered the statement.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  items: ForesightItemInput[];
}

@InputType()
export class InviteForesightPanellistsInput {
  @Field(() => ID)
  @IsUUID()
  exerciseId: string;

  @Field(() => [String], { nullable: true, description: 'Each gets an email with a personal link (the outbox).' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsEmail({}, { each: true, message: 'Each address must be an email address' })
  emails?: string[];

  @Field(() => Int, { nullable: true, description: 'Links to hand out yourself, returned once.' })
  @IsOptional()
  @Min(0)
  @Max(200)
  links?: number;

  @Field(() => String, { nullable: true, description: "A note naming the links' holders (e.g. 'Cluster managers workshop')." })
  @IsOptional()
  @Length(0, 200)
  label?: string;
}

@InputType()
export class OpenForesightRoundInput {
  @Field(() => ID)
  @IsUUID()
  exerciseId: string;

  @Field(() => Date, { nullable: true, description: 'Planned end shown to the panel.' })
  @IsOptional()
  closesAt?: Date;
}

@InputType()
export class ForesightAnswerInput {
  @Field(() => ID)
  @IsUUID()
  itemId: string;

  @Field(() => Float)
  value: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  confidence?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  argument?: string | null;
}

@InputType()
export class SubmitForesightAnswersInput {
  @Field(() => [ForesightAnswerInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  answers: ForesightAnswerInput[];
}

@InputType()
export class PanellistProfileInput {
  @Field(() => StakeholderType, { nullable: true })
  @IsOptional()
  stakeholderType?: StakeholderType | null;

  @Field(() => Int, { nullable: true, description: 'Self-rated expertise, 1..5.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  expertise?: number | null;
}

@InputType()
export class ForesightCommentInput {
  @Field(() => ID)
  @IsUUID()
  statementId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field()
  @Length(1, 2000, { message: 'A comment has 1 to 2000 characters' })
  body: string;
}

@InputType()
export class ForesightDriverInput {
  @Field(() => ID)
  @IsUUID()
  exerciseId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  statementId?: string | null;

  @Field()
  @Length(1, 200)
  name: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => [String])
  @ArrayMinSize(2)
  @ArrayMaxSize(5)
  @Length(1, 300, { each: true })
  projections: string[];
}

@InputType()
export class ScenarioChoiceInput {
  @Field(() => ID)
  @IsUUID()
  driverId: string;

  @Field(() => Int)
  @Min(0)
  @Max(4)
  projection: number;
}

@InputType()
export class ForesightScenarioInput {
  @Field(() => ID)
  @IsUUID()
  exerciseId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field()
  @Length(1, 200)
  title: string;

  @Field()
  @Length(1, 2000)
  narrative: string;

  @Field(() => [ScenarioChoiceInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  choices: ScenarioChoiceInput[];
}
