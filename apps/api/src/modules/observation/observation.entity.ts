import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { StoredObservationFlag } from '@polisee/domain';
import { ClusterEntity } from '../cluster/cluster.entity';
import { ImportBatchEntity } from '../data-import/import-batch.entity';
import { IndicatorEntity } from '../indicator/indicator.entity';
import { RegionEntity } from '../region/region.entity';

// The list is the domain's (STORED_OBSERVATION_FLAGS in @polisee/domain: the statistical flags plus DEMO).
export { STORED_OBSERVATION_FLAGS as OBSERVATION_FLAGS } from '@polisee/domain';
export type ObservationFlagValue = StoredObservationFlag;

/**
 * One figure: indicator x subject (a region or a cluster) x year. `value` null is a missing
 * figure, never zero. `DEMO` marks generated values that fill gaps in the real data.
 */
@Entity({ name: 'observation' })
@Check('observation_one_subject', '(region_id IS NULL) <> (cluster_id IS NULL)')
@Index('observation_region_key', ['indicatorId', 'regionId', 'year'], { unique: true, where: 'region_id IS NOT NULL' })
@Index('observation_cluster_key', ['indicatorId', 'clusterId', 'year'], { unique: true, where: 'cluster_id IS NOT NULL' })
@Index('observation_region_year', ['regionId', 'year'])
export class ObservationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity;

  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => RegionEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity | null;

  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId: string | null;

  @ManyToOne(() => ClusterEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: ClusterEntity | null;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  flag: ObservationFlagValue | null;

  @Column({ type: 'varchar', length: 300, default: '' })
  source: string;

  @Index()
  @Column({ name: 'import_batch_id', type: 'uuid', nullable: true })
  importBatchId: string | null;

  @ManyToOne(() => ImportBatchEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'import_batch_id' })
  importBatch?: ImportBatchEntity | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
