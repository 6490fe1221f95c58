import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DevelopmentArea, IndicatorKind, IndicatorTransform, Polarity } from './indicator.type';

@InputType()
export class IndicatorFilter {
  @Field(() => IndicatorKind, { nullable: true })
  @IsOptional()
  kind?: IndicatorKind;

  @Field(() => [DevelopmentArea], { nullable: true })
  @IsOptional()
  areas?: DevelopmentArea[];

  @Field({ nullable: true })
  @IsOptional()
  includeRetired?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 100)
  search?: string;
}

@InputType()
export class CreateIndicatorInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'Code must be 2 to 40 capital letters, digits or underscores, starting with a letter' })
  code: string;

  @Field()
  @Length(2, 200, { message: 'Name must be 2 to 200 characters' })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field()
  @Length(1, 40, { message: 'Unit must be 1 to 40 characters' })
  unit: string;

  @Field(() => IndicatorKind)
  kind: IndicatorKind;

  @Field(() => Polarity)
  polarity: Polarity;

  @Field(() => IndicatorTransform, { nullable: true })
  @IsOptional()
  transform?: IndicatorTransform;

  @Field(() => DevelopmentArea)
  area: DevelopmentArea;

  @Field({ nullable: true, description: 'Required for STRUCTURAL indicators.' })
  @IsOptional()
  @Length(1, 60, { message: 'Dimension must be 1 to 60 characters' })
  dimension?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 300)
  source?: string;
}

@InputType()
export class UpdateIndicatorInput {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200, { message: 'Name must be 2 to 200 characters' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 40, { message: 'Unit must be 1 to 40 characters' })
  unit?: string;

  @Field(() => Polarity, { nullable: true })
  @IsOptional()
  polarity?: Polarity;

  @Field(() => IndicatorTransform, { nullable: true })
  @IsOptional()
  transform?: IndicatorTransform;

  @Field(() => DevelopmentArea, { nullable: true })
  @IsOptional()
  area?: DevelopmentArea;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 60)
  dimension?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 300)
  source?: string;
}
