import { ArrayMaxSize, IsEmail, IsOptional, IsUrl, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { Fund, PartnerRole, PartnerSortField, PartnerType, SortDirection } from './partner.type';

@InputType()
export class PartnerFilter {
  @Field(() => [String], { nullable: true, description: 'ISO alpha-2 codes.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'Each country must be an ISO 3166 alpha-2 code' })
  countries?: string[];

  @Field(() => [PartnerType], { nullable: true })
  @IsOptional()
  types?: PartnerType[];

  @Field(() => [PartnerRole], { nullable: true })
  @IsOptional()
  roles?: PartnerRole[];

  @Field({ nullable: true, description: 'Case-insensitive match on name or acronym.' })
  @IsOptional()
  @Length(0, 100)
  search?: string;
}

@InputType()
export class PartnerOrder {
  @Field(() => PartnerSortField)
  field: PartnerSortField;

  @Field(() => SortDirection)
  direction: SortDirection;
}

const URL_OPTS = { protocols: ['http', 'https'], require_protocol: true };

@InputType()
export class CreatePartnerInput {
  @Field()
  @Length(2, 200, { message: 'Name must be 2 to 200 characters' })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 30, { message: 'Acronym must be at most 30 characters' })
  acronym?: string;

  @Field()
  @Matches(/^[A-Z]{2}$/, { message: 'Country must be an ISO 3166 alpha-2 code' })
  country: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}[A-Z0-9]{1,5}$/, { message: 'Region must be a NUTS code' })
  regionCode?: string;

  @Field(() => PartnerType)
  type: PartnerType;

  @Field(() => PartnerRole)
  role: PartnerRole;

  @Field(() => Fund)
  fund: Fund;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'Budget cannot be negative' })
  @Max(1_000_000_000, { message: 'Budget is implausibly large' })
  budgetEur?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTS, { message: 'Website must be an http(s) URL' })
  @Length(0, 300)
  website?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Contact email is not a valid email address' })
  @Length(0, 254)
  contactEmail?: string;
}

@InputType()
export class UpdatePartnerInput {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200, { message: 'Name must be 2 to 200 characters' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 30, { message: 'Acronym must be at most 30 characters' })
  acronym?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'Country must be an ISO 3166 alpha-2 code' })
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^([A-Z]{2}[A-Z0-9]{1,5})?$/, { message: 'Region must be a NUTS code' })
  regionCode?: string | null;

  @Field(() => PartnerType, { nullable: true })
  @IsOptional()
  type?: PartnerType;

  @Field(() => PartnerRole, { nullable: true })
  @IsOptional()
  role?: PartnerRole;

  @Field(() => Fund, { nullable: true })
  @IsOptional()
  fund?: Fund;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'Budget cannot be negative' })
  @Max(1_000_000_000, { message: 'Budget is implausibly large' })
  budgetEur?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(https?:\/\/\S+)?$/, { message: 'Website must be an http(s) URL' })
  @Length(0, 300)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^([^\s@]+@[^\s@]+\.[^\s@]+)?$/, { message: 'Contact email is not a valid email address' })
  @Length(0, 254)
  contactEmail?: string | null;
}
