import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { RegionEntity } from './region.entity';
import type { CountryInfo } from './country';

@ObjectType({ description: 'A NUTS-2 region (or national statistical region outside the EU).' })
export class Region {
  @Field(() => ID)
  id: string;

  @Field({ description: 'NUTS code (NUTS 2021).' })
  code: string;

  @Field()
  name: string;

  @Field({ description: 'ISO 3166 alpha-2 country code (GR for Greece).' })
  country: string;

  @Field(() => Int)
  level: number;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => String, { nullable: true, description: 'Where the point comes from; approximate points say so.' })
  coordinateSource: string | null;

  static from(e: RegionEntity): Region {
    return Object.assign(new Region(), {
      id: e.id,
      code: e.code,
      name: e.name,
      country: e.country,
      level: e.level,
      latitude: e.latitude,
      longitude: e.longitude,
      coordinateSource: e.coordinateSource,
    });
  }
}

@ObjectType({ description: 'A country of the programme area.' })
export class Country {
  @Field({ description: 'ISO 3166 alpha-2.' })
  code: string;

  @Field({ description: 'NUTS prefix (EL for Greece).' })
  nutsCode: string;

  @Field()
  name: string;

  @Field()
  euMember: boolean;

  static from(c: CountryInfo): Country {
    return Object.assign(new Country(), c);
  }
}
