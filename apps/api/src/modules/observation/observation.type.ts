import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, Max, Min, ArrayMaxSize } from 'class-validator';
import { PageInfo } from '../../graphql/relay';
import { enumOf, STORED_OBSERVATION_FLAGS, type StoredObservationFlag } from '@polisee/domain';
import type { ObservationEntity } from './observation.entity';

// Derived from the domain's list of stored flags (the statistical ones plus DEMO).
export const ObservationFlag = enumOf(STORED_OBSERVATION_FLAGS);
export type ObservationFlag = StoredObservationFlag;
registerEnumType(ObservationFlag, { name: 'ObservationFlag', description: 'DEMO marks generated values that fill gaps in the real data.' });

@ObjectType({ description: 'One figure: indicator x region x year. A null value is missing, never zero.' })
export class Observation {
  @Field(() => ID)
  id: string;

  @Field()
  indicatorCode: string;

  @Field()
  regionCode: string;

  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => ObservationFlag, { nullable: true })
  flag: ObservationFlag | null;

  @Field()
  isDemo: boolean;

  @Field()
  source: string;

  @Field()
  updatedAt: Date;

  indicatorId: string;
  regionId: string;

  static from(e: ObservationEntity & { indicatorCode: string; regionCode: string }): Observation {
    return Object.assign(new Observation(), {
      id: e.id,
      indicatorCode: e.indicatorCode,
      regionCode: e.regionCode,
      year: e.year,
      value: e.value,
      flag: e.flag,
      isDemo: e.flag === 'DEMO',
      source: e.source,
      updatedAt: e.updatedAt,
      indicatorId: e.indicatorId,
      regionId: e.regionId!,
    });
  }
}

@ObjectType()
export class ObservationEdge {
  @Field()
  cursor: string;

  @Field(() => Observation)
  node: Observation;
}

@ObjectType()
export class ObservationConnection {
  @Field(() => [ObservationEdge])
  edges: ObservationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class ObservationFilter {
  @Field(() => [String], { nullable: true, description: 'Indicator codes.' })
  @IsOptional()
  @ArrayMaxSize(100)
  indicators?: string[];

  @Field(() => [String], { nullable: true, description: 'Region codes.' })
  @IsOptional()
  @ArrayMaxSize(500)
  regions?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO alpha-2 country codes.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'Each country must be an ISO 3166 alpha-2 code' })
  countries?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  yearFrom?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  yearTo?: number;
}
