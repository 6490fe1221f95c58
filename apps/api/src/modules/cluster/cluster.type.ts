import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CLUSTER_STAGES, enumOf, QUALITY_LABELS, type ClusterStage as ClusterStageValue, type QualityLabel as QualityLabelValue } from '@polisee/domain';
import { Region } from '../region/region.type';
import type { ClusterEntity } from './cluster.entity';

// Derived from the domain's lists.
export const ClusterStage = enumOf(CLUSTER_STAGES);
export type ClusterStage = ClusterStageValue;
export const QualityLabel = enumOf(QUALITY_LABELS);
export type QualityLabel = QualityLabelValue;
registerEnumType(ClusterStage, { name: 'ClusterStage' });
registerEnumType(QualityLabel, { name: 'QualityLabel', description: 'ESCA cluster management excellence label.' });

@ObjectType()
export class Sector {
  @Field()
  code: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'European Cluster Observatory star rating of a sector in a region.' })
export class ClusterStar {
  @Field(() => Region)
  region: Region;

  @Field(() => Sector)
  sector: Sector;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  employees: number;

  @Field(() => Float, { description: 'LQ = (e_ir / e_r) / (E_i / E).' })
  locationQuotient: number;

  @Field(() => Float, { description: "The sector's share of the region's employment." })
  focus: number;

  @Field()
  size: boolean;

  @Field()
  specialisation: boolean;

  @Field()
  focused: boolean;

  @Field(() => Int, { description: '0 to 3.' })
  stars: number;

  @Field()
  isDemo: boolean;
}

@ObjectType()
export class Cluster {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field(() => Int, { nullable: true })
  members: number | null;

  @Field(() => Int, { nullable: true })
  employees: number | null;

  @Field(() => Int, { nullable: true })
  foundedYear: number | null;

  @Field(() => ClusterStage)
  stage: ClusterStage;

  @Field(() => String, { nullable: true })
  model: string | null;

  @Field(() => QualityLabel)
  qualityLabel: QualityLabel;

  @Field()
  isDemo: boolean;

  regionId: string;
  sectorCode: string;

  static from(e: ClusterEntity): Cluster {
    return Object.assign(new Cluster(), {
      id: e.id,
      name: e.name,
      organisation: e.organisation,
      members: e.members,
      employees: e.employees,
      foundedYear: e.foundedYear,
      stage: e.stage,
      model: e.model,
      qualityLabel: e.qualityLabel,
      isDemo: e.isDemo,
      regionId: e.regionId,
      sectorCode: e.sector,
    });
  }
}
