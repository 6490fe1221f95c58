import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { DevelopmentArea, Indicator } from '../indicator/indicator.type';
import { ObservationFlag } from '../observation/observation.type';
import { Region } from '../region/region.type';

export enum Normalisation {
  MIN_MAX = 'MIN_MAX',
  Z_SCORE = 'Z_SCORE',
  RANK = 'RANK',
  DISTANCE_TO_MEAN = 'DISTANCE_TO_MEAN',
}
export enum Aggregation {
  ARITHMETIC = 'ARITHMETIC',
  GEOMETRIC = 'GEOMETRIC',
}
export enum PerformanceGroupName {
  LEADER = 'LEADER',
  STRONG = 'STRONG',
  MODERATE = 'MODERATE',
  EMERGING = 'EMERGING',
}
export enum PerformanceSubgroup {
  PLUS = 'PLUS',
  MIDDLE = 'MIDDLE',
  MINUS = 'MINUS',
}
registerEnumType(Normalisation, { name: 'Normalisation' });
registerEnumType(Aggregation, { name: 'Aggregation' });
registerEnumType(PerformanceGroupName, { name: 'PerformanceGroupName' });
registerEnumType(PerformanceSubgroup, { name: 'PerformanceSubgroup' });

@InputType()
export class DimensionWeightInput {
  @Field()
  @Length(1, 60)
  dimension: string;

  @Field(() => Float)
  @Min(0, { message: 'Weights are between 0 and 10' })
  @Max(10, { message: 'Weights are between 0 and 10' })
  weight: number;
}

@InputType()
export class IndicatorWeightInput {
  @Field()
  @Length(1, 40)
  indicator: string;

  @Field(() => Float)
  @Min(0, { message: 'Weights are between 0 and 10' })
  @Max(10, { message: 'Weights are between 0 and 10' })
  weight: number;
}

@InputType()
export class BenchmarkOptions {
  @Field(() => Int, { nullable: true, description: 'Default: the most recent year in which official (non-DEMO) values cover the most performance indicators.' })
  @IsOptional()
  @Min(1990)
  @Max(2100)
  year?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1990)
  @Max(2100)
  compareYear?: number;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  @IsOptional()
  @Min(3, { message: 'The group has 3 to 30 regions' })
  @Max(30, { message: 'The group has 3 to 30 regions' })
  groupSize?: number;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  excludeSameCountry?: boolean;

  @Field(() => [DimensionWeightInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  dimensionWeights?: DimensionWeightInput[];

  @Field(() => [IndicatorWeightInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  indicatorWeights?: IndicatorWeightInput[];

  @Field(() => [String], { nullable: true, description: 'PERFORMANCE indicator codes (default: all active).' })
  @IsOptional()
  @ArrayMaxSize(100)
  indicators?: string[];

  @Field(() => Normalisation, { nullable: true, defaultValue: Normalisation.MIN_MAX })
  @IsOptional()
  normalisation?: Normalisation;

  @Field(() => Aggregation, { nullable: true, defaultValue: Aggregation.ARITHMETIC })
  @IsOptional()
  aggregation?: Aggregation;

  @Field(() => Float, { nullable: true, defaultValue: 0.75 })
  @IsOptional()
  @Min(0, { message: 'Minimum coverage is between 0 and 1' })
  @Max(1, { message: 'Minimum coverage is between 0 and 1' })
  minCoverage?: number;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  treatOutliers?: boolean;

  @Field({ nullable: true, defaultValue: false, description: "Leave DEMO performance values out: each region's latest official value at or before the year is used instead. The similarity of regions still uses every structural value." })
  @IsOptional()
  officialDataOnly?: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 1000 })
  @IsOptional()
  @Min(0, { message: 'Draws are between 0 and 5000' })
  @Max(5000, { message: 'Draws are between 0 and 5000' })
  uncertaintyDraws?: number;

  @Field(() => Int, { nullable: true, defaultValue: 1 })
  @IsOptional()
  @Min(0)
  @Max(2147483647)
  seed?: number;
}

@ObjectType()
export class SimilarityDimension {
  @Field()
  name: string;

  @Field(() => [Indicator])
  indicators: Indicator[];
}

@ObjectType()
export class ReferenceRegion {
  @Field(() => Region)
  region: Region;

  @Field(() => Float, { description: '0 = structurally identical.' })
  distance: number;

  @Field(() => Int)
  rank: number;
}

@ObjectType({ description: 'Rank interval from Monte Carlo draws over weights and normalisation (1 = best).' })
export class RankInterval {
  @Field(() => Float)
  median: number;

  @Field(() => Int, { description: '5th percentile rank.' })
  low: number;

  @Field(() => Int, { description: '95th percentile rank.' })
  high: number;

  @Field(() => Int)
  draws: number;
}

@ObjectType()
export class IndicatorChange {
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Int, { nullable: true })
  valueYear: number | null;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Float, { nullable: true })
  valueChange: number | null;

  @Field(() => Float, { nullable: true })
  scoreChange: number | null;
}

@ObjectType()
export class BenchmarkIndicator {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Int, { nullable: true, description: 'The year the value comes from (latest at or before the year).' })
  valueYear: number | null;

  @Field(() => ObservationFlag, { nullable: true })
  flag: ObservationFlag | null;

  @Field()
  isDemo: boolean;

  @Field(() => Float, { nullable: true, description: 'Normalised, oriented so higher is better.' })
  score: number | null;

  @Field(() => Float)
  weight: number;

  @Field(() => Int)
  groupCount: number;

  @Field(() => Float, { nullable: true })
  groupMean: number | null;

  @Field(() => Float, { nullable: true })
  groupMedian: number | null;

  @Field(() => Float, { nullable: true })
  groupBest: number | null;

  @Field(() => Region, { nullable: true })
  groupBestRegion: Region | null;

  @Field(() => Float, { nullable: true, description: 'score - groupMean.' })
  gap: number | null;

  @Field(() => Float, { nullable: true, description: '0..100 within the group.' })
  percentile: number | null;

  @Field(() => Float, {
    description: 'Share (0..1) of the target and its reference regions whose value here is an official figure, not a DEMO value.',
  })
  officialShare: number;

  @Field(() => IndicatorChange, { nullable: true })
  change: IndicatorChange | null;
}

@ObjectType()
export class BenchmarkHighlight {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => Float)
  gap: number;
}

@ObjectType()
export class AreaScore {
  @Field(() => DevelopmentArea)
  area: DevelopmentArea;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Float, { nullable: true })
  groupMean: number | null;

  @Field(() => Float, { nullable: true })
  groupBest: number | null;

  @Field(() => Int)
  indicatorCount: number;
}

@ObjectType()
export class PerformanceGroup {
  @Field(() => PerformanceGroupName)
  group: PerformanceGroupName;

  @Field(() => PerformanceSubgroup)
  subgroup: PerformanceSubgroup;

  @Field(() => Float, { description: 'Target composite / mean composite of all regions * 100.' })
  indexRelativeToAverage: number;
}

@ObjectType()
export class RankedRegion {
  @Field(() => Region)
  region: Region;

  @Field()
  isTarget: boolean;

  @Field(() => Float, { nullable: true })
  composite: number | null;

  @Field(() => Float)
  coverage: number;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field(() => RankInterval, { nullable: true })
  uncertainty: RankInterval | null;
}

@ObjectType()
export class BenchmarkComposite {
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Float)
  coverage: number;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field(() => Int)
  rankedCount: number;

  @Field(() => Float, { nullable: true })
  groupMean: number | null;

  @Field(() => Float, { nullable: true })
  groupMedian: number | null;

  @Field(() => Float, { nullable: true })
  groupBest: number | null;

  @Field(() => Float, { nullable: true })
  compareValue: number | null;

  @Field(() => Float, { nullable: true })
  change: number | null;

  @Field(() => RankInterval, { nullable: true })
  uncertainty: RankInterval | null;

  @Field(() => PerformanceGroup, { nullable: true })
  performanceGroup: PerformanceGroup | null;
}

@ObjectType({ description: 'A region against its structurally most similar regions (DOMAIN.md 4.4-4.7).' })
export class Benchmark {
  @Field(() => Region)
  region: Region;

  @Field(() => Int)
  year: number;

  @Field({ description: 'True when no year was asked for: then the year is the most recent one in which official (non-DEMO) values cover the most indicators.' })
  yearIsDefault: boolean;

  @Field({ description: 'Whether DEMO performance values were left out (options.officialDataOnly).' })
  officialDataOnly: boolean;

  @Field(() => Int, { nullable: true })
  compareYear: number | null;

  @Field(() => Normalisation)
  normalisation: Normalisation;

  @Field(() => Aggregation)
  aggregation: Aggregation;

  @Field(() => Float)
  minCoverage: number;

  @Field(() => [ReferenceRegion])
  referenceRegions: ReferenceRegion[];

  @Field(() => [BenchmarkIndicator])
  indicators: BenchmarkIndicator[];

  @Field(() => [BenchmarkHighlight])
  strengths: BenchmarkHighlight[];

  @Field(() => [BenchmarkHighlight])
  weaknesses: BenchmarkHighlight[];

  @Field(() => [AreaScore])
  areas: AreaScore[];

  @Field(() => BenchmarkComposite)
  composite: BenchmarkComposite;

  @Field(() => [RankedRegion], { description: 'Target and group, best first.' })
  ranking: RankedRegion[];

  @Field(() => Int)
  uncertaintyDraws: number;

  @Field({ description: "Whether any DEMO value is among the target's or the group's values." })
  demoDataUsed: boolean;
}
