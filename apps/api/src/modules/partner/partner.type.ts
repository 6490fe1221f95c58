import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf, FUNDS, PARTNER_ROLES, PARTNER_TYPES, type Fund as FundValue, type PartnerRole as PartnerRoleValue, type PartnerType as PartnerTypeValue } from '@polisee/domain';
import { PageInfo } from '../../graphql/relay';
import type { PartnerEntity } from './partner.entity';

// Derived from the domain's lists: the entity, the schema and the engine share one set of values.
export const PartnerType = enumOf(PARTNER_TYPES);
export type PartnerType = PartnerTypeValue;
export const PartnerRole = enumOf(PARTNER_ROLES);
export type PartnerRole = PartnerRoleValue;
export const Fund = enumOf(FUNDS);
export type Fund = FundValue;
export enum PartnerSortField {
  NAME = 'NAME',
  ACRONYM = 'ACRONYM',
  COUNTRY = 'COUNTRY',
  TYPE = 'TYPE',
  ROLE = 'ROLE',
  BUDGET = 'BUDGET',
  CREATED_AT = 'CREATED_AT',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(PartnerType, { name: 'PartnerType' });
registerEnumType(PartnerRole, { name: 'PartnerRole' });
registerEnumType(Fund, { name: 'Fund' });
registerEnumType(PartnerSortField, { name: 'PartnerSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType({ description: 'A project partner institution.' })
export class Partner {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  acronym: string | null;

  @Field({ description: 'ISO 3166 alpha-2.' })
  country: string;

  @Field(() => PartnerType)
  type: PartnerType;

  @Field(() => PartnerRole)
  role: PartnerRole;

  @Field(() => Fund)
  fund: Fund;

  @Field(() => Float, { nullable: true })
  budgetEur: number | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field({ description: 'True when the record is plausible demo data, not the real partner.' })
  isDemo: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** Not a field: resolved to `region` and `regionCode` through the region loader. */
  regionId: string | null;
  /** Not a field: exposed through the `contactEmail` resolver, members only. */
  privateContactEmail: string | null;

  static from(e: PartnerEntity): Partner {
    return Object.assign(new Partner(), {
      id: e.id,
      name: e.name,
      acronym: e.acronym,
      country: e.country,
      type: e.type,
      role: e.role,
      fund: e.fund,
      budgetEur: e.budgetEur,
      website: e.website,
      isDemo: e.isDemo,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      regionId: e.regionId,
      privateContactEmail: e.contactEmail,
    });
  }
}

@ObjectType()
export class PartnerEdge {
  @Field()
  cursor: string;

  @Field(() => Partner)
  node: Partner;
}

@ObjectType()
export class PartnerConnection {
  @Field(() => [PartnerEdge])
  edges: PartnerEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
