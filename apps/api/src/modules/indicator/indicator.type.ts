import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { IndicatorEntity, IndicatorTranslations } from './indicator.entity';

export enum IndicatorKind {
  STRUCTURAL = 'STRUCTURAL',
  PERFORMANCE = 'PERFORMANCE',
}
export enum Polarity {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
export enum IndicatorTransform {
  NONE = 'NONE',
  SQRT = 'SQRT',
  LOG = 'LOG',
}
export enum DevelopmentArea {
  INNOVATION_RD = 'INNOVATION_RD',
  SUSTAINABLE_DEVELOPMENT = 'SUSTAINABLE_DEVELOPMENT',
  INTERNATIONAL_COOPERATION = 'INTERNATIONAL_COOPERATION',
  FINANCIAL_FRAMEWORK = 'FINANCIAL_FRAMEWORK',
  SPECIALISATION = 'SPECIALISATION',
  SKILLS_AND_JOBS = 'SKILLS_AND_JOBS',
  MULTILEVEL_GOVERNANCE = 'MULTILEVEL_GOVERNANCE',
}
registerEnumType(IndicatorKind, { name: 'IndicatorKind', description: 'STRUCTURAL: context used for similarity. PERFORMANCE: scored.' });
registerEnumType(Polarity, { name: 'Polarity' });
registerEnumType(IndicatorTransform, { name: 'IndicatorTransform' });
registerEnumType(DevelopmentArea, { name: 'DevelopmentArea', description: 'The six development areas of the work plan plus multi-level governance.' });

@ObjectType()
export class Indicator {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable code used in imports, URLs and the API.' })
  code: string;

  // name, description and unit are field resolvers: translated into the request's locale.
  name: string;

  description: string;

  unit: string;

  /** Not exposed: read through the localized fields. */
  translations: IndicatorTranslations;

  @Field(() => IndicatorKind)
  kind: IndicatorKind;

  @Field(() => Polarity)
  polarity: Polarity;

  @Field(() => IndicatorTransform)
  transform: IndicatorTransform;

  @Field(() => DevelopmentArea)
  area: DevelopmentArea;

  @Field(() => String, { nullable: true, description: 'Similarity dimension of a STRUCTURAL indicator.' })
  dimension: string | null;

  @Field()
  source: string;

  @Field()
  retired: boolean;

  @Field(() => Date, { nullable: true })
  retiredAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static from(e: IndicatorEntity): Indicator {
    return Object.assign(new Indicator(), {
      id: e.id,
      code: e.code,
      name: e.name,
      description: e.description,
      unit: e.unit,
      kind: e.kind as IndicatorKind,
      polarity: e.polarity as Polarity,
      transform: e.transform as IndicatorTransform,
      area: e.area as DevelopmentArea,
      dimension: e.dimension,
      source: e.source,
      translations: e.translations ?? {},
      retired: e.retiredAt !== null,
      retiredAt: e.retiredAt,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}

/** Per-indicator data statistics (loaded in one grouped query per request). */
export interface IndicatorStats {
  observationCount: number;
  firstYear: number | null;
  lastYear: number | null;
  demoShare: number;
}

export { Float, Int };
