import { ArrayMaxSize, IsEmail, IsIn, IsInt, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DevelopmentArea } from '../indicator/indicator.type';
import { Instrument, PracticeAction, PracticeStatus, TargetGroup } from './practice.type';

const URL_OPTS = { protocols: ['http', 'https'], require_protocol: true };
const LANGUAGES = ['en', 'it', 'ro', 'el', 'hu', 'sr', 'de', 'sl', 'hr', 'bs', 'sq', 'mk', 'bg', 'sk', 'cnr'];

@InputType()
export class PracticeFilter {
  @Field(() => [String], { nullable: true, description: 'ISO alpha-2 codes.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'Each country must be an ISO 3166 alpha-2 code' })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'NUTS codes.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^[A-Z]{2}[A-Z0-9]{0,5}$/, { each: true, message: 'Each region must be a NUTS code' })
  regions?: string[];

  @Field(() => [DevelopmentArea], { nullable: true })
  @IsOptional()
  developmentAreas?: DevelopmentArea[];

  @Field(() => [Instrument], { nullable: true })
  @IsOptional()
  instruments?: Instrument[];

  @Field(() => [TargetGroup], { nullable: true })
  @IsOptional()
  targetGroups?: TargetGroup[];

  @Field(() => [Int], { nullable: true, description: 'Start years.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  years?: number[];
}

@InputType()
export class PracticeResultInput {
  @Field()
  @Length(1, 500)
  description: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  indicatorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  unit?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  before?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  after?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1950)
  @Max(2100)
  beforeYear?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1950)
  @Max(2100)
  afterYear?: number | null;
}

@InputType()
export class PracticeLinkInput {
  @Field()
  @Length(1, 200)
  label: string;

  @Field()
  @IsUrl(URL_OPTS, { message: 'Links must be http(s) URLs' })
  @MaxLength(500)
  url: string;
}

@InputType()
export class PracticeAttachmentInput {
  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  @IsUrl(URL_OPTS, { message: 'Attachments must be http(s) URLs' })
  @MaxLength(500)
  url: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  mimeType?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  sizeBytes?: number | null;
}

/** Every content field, optional: drafts may be incomplete (submission checks completeness). */
@InputType()
export abstract class PracticeContentInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 20000)
  summary?: string;

  @Field({ nullable: true, description: 'Markdown.' })
  @IsOptional()
  @Length(0, 60000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 10000)
  resourcesNeeded?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1950)
  @Max(2100)
  startYear?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1950)
  @Max(2100)
  endYear?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 20000)
  evidence?: string;

  @Field(() => [PracticeResultInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  results?: PracticeResultInput[];

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 20000)
  difficulties?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 20000)
  transferPotential?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 20000)
  lessonsLearned?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 300)
  institution?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'Country must be an ISO 3166 alpha-2 code' })
  country?: string;

  @Field(() => [String], { nullable: true, description: 'NUTS codes of the region(s), in the country.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[A-Z]{2}[A-Z0-9]{1,5}$/, { each: true, message: 'Each region must be a NUTS code' })
  regionCodes?: string[];

  @Field(() => [DevelopmentArea], { nullable: true })
  @IsOptional()
  developmentAreas?: DevelopmentArea[];

  @Field(() => Instrument, { nullable: true })
  @IsOptional()
  instrument?: Instrument | null;

  @Field(() => [TargetGroup], { nullable: true })
  @IsOptional()
  targetGroups?: TargetGroup[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'Budget cannot be negative' })
  @Max(10_000_000_000)
  budgetEur?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 300)
  fundingSource?: string;

  @Field(() => [PracticeLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  links?: PracticeLinkInput[];

  @Field(() => [PracticeAttachmentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  attachments?: PracticeAttachmentInput[];

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 200)
  contactName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @ValidateIf((o: PracticeContentInput) => Boolean(o.contactEmail))
  @IsEmail({}, { message: 'Contact email must be an email address' })
  contactEmail?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 50)
  contactPhone?: string;

  @Field({ nullable: true, description: 'Language of the text: en, it, ro, ...' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'Unknown language' })
  language?: string;
}

@InputType()
export class CreatePracticeInput extends PracticeContentInput {
  @Field()
  @Length(3, 100, { message: 'Title must be 3 to 100 characters' })
  title: string;

  @Field(() => ID, { nullable: true, description: "Admins only: the contributing partner (editors always write for their own)." })
  @IsOptional()
  partnerId?: string;
}

@InputType()
export class UpdatePracticeInput extends PracticeContentInput {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 100, { message: 'Title must be 3 to 100 characters' })
  title?: string;
}

@InputType()
export class TransitionPracticeInput {
  @Field(() => ID)
  id: string;

  @Field(() => PracticeAction, { description: 'SUBMIT, REQUEST_CHANGES, PUBLISH, REJECT or ARCHIVE.' })
  action: PracticeAction;

  @Field({ nullable: true, description: 'Required to request changes or reject; sent to the author.' })
  @IsOptional()
  @Length(0, 5000)
  comment?: string;
}

@InputType()
export class ManagedPracticeFilter {
  @Field(() => [PracticeStatus], { nullable: true, description: 'Workflow status: the open revision’s when there is one.' })
  @IsOptional()
  statuses?: PracticeStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  partnerId?: string;

  @Field({ nullable: true, description: 'Case-insensitive match on the title.' })
  @IsOptional()
  @Length(0, 100)
  search?: string;
}
