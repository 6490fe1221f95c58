import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ClusterStage, QualityLabel } from '@polisee/domain';
import { RegionEntity } from '../region/region.entity';

// The lists are the domain's (CLUSTER_STAGES, QUALITY_LABELS in @polisee/domain).
export type ClusterStageValue = ClusterStage;
export type QualityLabelValue = QualityLabel;

@Entity({ name: 'cluster' })
export class ClusterEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index()
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  /** Sector code of the European Cluster Observatory's sector list (see SECTORS). */
  @Index()
  @Column({ type: 'varchar', length: 40 })
  sector: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation: string | null;

  @Column({ type: 'integer', nullable: true })
  members: number | null;

  @Column({ type: 'integer', nullable: true })
  employees: number | null;

  @Column({ name: 'founded_year', type: 'smallint', nullable: true })
  foundedYear: number | null;

  @Column({ type: 'varchar', length: 12 })
  stage: ClusterStageValue;

  @Column({ type: 'varchar', length: 60, nullable: true })
  model: string | null;

  @Column({ name: 'quality_label', type: 'varchar', length: 8, default: 'NONE' })
  qualityLabel: QualityLabelValue;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Employment by sector and region: the input of location quotients and cluster stars. */
@Entity({ name: 'sector_employment' })
@Index(['regionId', 'sector', 'year'], { unique: true })
export class SectorEmploymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Index()
  @Column({ type: 'varchar', length: 40 })
  sector: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'integer' })
  employees: number;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}
