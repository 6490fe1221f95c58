import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  DEVELOPMENT_AREAS,
  enumOf,
  INDICATOR_KINDS,
  INDICATOR_TRANSFORMS,
  POLARITIES,
  type DevelopmentArea as DevelopmentAreaValue,
  type IndicatorKind as IndicatorKindValue,
  type IndicatorTransform as IndicatorTransformValue,
  type Polarity as PolarityValue,
} from '@polisee/domain';
import type { IndicatorEntity, IndicatorTranslations } from './indicator.entity';

// Derived from the domain's lists: the entity, the schema and the engine share one set of values.
export const IndicatorKind = enumOf(INDICATOR_KINDS);
export type IndicatorKind = IndicatorKindValue;
export const Polarity = enumOf(POLARITIES);
export type Polarity = PolarityValue;
export const IndicatorTransform = enumOf(INDICATOR_TRANSFORMS);
export type IndicatorTransform = IndicatorTransformValue;
export const DevelopmentArea = enumOf(DEVELOPMENT_AREAS);
export type DevelopmentArea = DevelopmentAreaValue;
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
      kind: e.kind,
      polarity: e.polarity,
      transform: e.transform,
      area: e.area,
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
