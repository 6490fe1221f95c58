import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import type { DevelopmentAreaValue } from '../indicator/indicator.entity';
import { PartnerEntity } from '../partner/partner.entity';
import { RegionEntity } from '../region/region.entity';
import { ActionMeasureEntity, MeasureIndicatorEntity } from './action-plan.entity';
import { LearningCycleEntity } from './learning-cycle.entity';

export const PILOT_STATUSES = ['PLANNED', 'RUNNING', 'COMPLETED', 'STOPPED'] as const;
export type PilotStatusValue = (typeof PILOT_STATUSES)[number];

/** PILOT: a pilot action testing one measure of the plan; its KPIs are the measure's indicators. */
@Entity({ name: 'pilot_action' })
export class PilotActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => LearningCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: LearningCycleEntity;

  @Index()
  @Column({ name: 'measure_id', type: 'uuid' })
  measureId: string;

  @ManyToOne(() => ActionMeasureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'measure_id' })
  measure?: ActionMeasureEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Index()
  @Column({ name: 'lead_partner_id', type: 'uuid' })
  leadPartnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_partner_id' })
  leadPartner?: PartnerEntity;

  @Column({ name: 'participant_partner_ids', type: 'uuid', array: true, default: () => "'{}'" })
  participantPartnerIds: string[];

  @Index()
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'varchar', length: 30, array: true, default: () => "'{}'" })
  areas: DevelopmentAreaValue[];

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'budget_eur', type: 'double precision', nullable: true })
  budgetEur: number | null;

  @Column({ type: 'varchar', length: 12, default: 'PLANNED' })
  status: PilotStatusValue;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One KPI reading of a pilot: the actual value of a measure indicator on a date. */
@Entity({ name: 'kpi_reading' })
@Index(['pilotId', 'measureIndicatorId', 'date'])
export class KpiReadingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pilot_id', type: 'uuid' })
  pilotId: string;

  @ManyToOne(() => PilotActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id' })
  pilot?: PilotActionEntity;

  @Index()
  @Column({ name: 'measure_indicator_id', type: 'uuid' })
  measureIndicatorId: string;

  @ManyToOne(() => MeasureIndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_indicator_id' })
  measureIndicator?: MeasureIndicatorEntity;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'evidence_url', type: 'varchar', length: 500, nullable: true })
  evidenceUrl: string | null;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
