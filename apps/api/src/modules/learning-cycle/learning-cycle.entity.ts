import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LearningStage } from '@polisee/domain';
import { UserEntity } from '../auth/user.entity';
import { PartnerEntity } from '../partner/partner.entity';
import { RegionEntity } from '../region/region.entity';

/** A policy-learning cycle of a region's policy, owned by a partner (DOMAIN.md 5). */
@Entity({ name: 'learning_cycle' })
export class LearningCycleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index()
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Index()
  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: PartnerEntity;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'ANALYSIS' })
  stage: LearningStage;

  /** 1 for a region's first cycle; a finished cycle opens the next with +1. */
  @Column({ type: 'int', default: 1 })
  iteration: number;

  @Index()
  @Column({ name: 'previous_cycle_id', type: 'uuid', nullable: true })
  previousCycleId: string | null;

  @ManyToOne(() => LearningCycleEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'previous_cycle_id' })
  previousCycle?: LearningCycleEntity | null;

  /** Set when this cycle, finished, opened the next one; it is then read-only. */
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Published policy examples selected in PEER_LEARNING (ids checked when picked; older demo rows may hold loose ids). */
  @Column({ name: 'selected_practice_ids', type: 'varchar', length: 64, array: true, default: () => "'{}'" })
  selectedPracticeIds: string[];

  /** The owner lets the portal tell this cycle's story. */
  @Column({ name: 'is_public', type: 'boolean', default: false })
  isPublic: boolean;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One recorded stage move: who, when, why (DOMAIN.md 5). */
@Entity({ name: 'learning_cycle_transition' })
@Index(['cycleId', 'at'])
export class LearningCycleTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => LearningCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: LearningCycleEntity;

  @Column({ type: 'int' })
  iteration: number;

  @Column({ type: 'varchar', length: 30 })
  event: string;

  @Column({ name: 'from_stage', type: 'varchar', length: 20 })
  fromStage: LearningStage;

  @Column({ name: 'to_stage', type: 'varchar', length: 20 })
  toStage: LearningStage;

  @Index()
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;

  /** The actor's name at the time (kept when the account goes). */
  @Column({ name: 'actor_name', type: 'varchar', length: 200 })
  actorName: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}

/** ANALYSIS: the regional assessment. */
@Entity({ name: 'regional_assessment' })
export class RegionalAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => LearningCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: LearningCycleEntity;

  @Column({ type: 'text' })
  context: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  strengths: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  barriers: string[];

  @Column({ name: 'missing_data', type: 'text', array: true, default: () => "'{}'" })
  missingData: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * BENCHMARKING: a benchmark as it was when saved (options and result as JSON), so later data
 * changes do not rewrite the cycle's history; plus the gaps the cycle chose to address.
 */
@Entity({ name: 'benchmark_snapshot' })
export class BenchmarkSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => LearningCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: LearningCycleEntity;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'jsonb' })
  options: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  result: SnapshotResult;

  /** The data version the result was computed from. */
  @Column({ name: 'data_version', type: 'bigint' })
  dataVersion: string;

  /** Performance indicator codes of the gaps chosen to address. */
  @Column({ name: 'chosen_gaps', type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  chosenGaps: string[];

  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt: Date;
}

/** What a snapshot keeps of a benchmark: plain JSON, no ids that a later change could break. */
export interface SnapshotResult {
  region: { code: string; name: string; country: string };
  year: number;
  referenceRegions: { code: string; name: string; country: string; distance: number; rank: number }[];
  indicators: {
    code: string;
    name: string;
    unit: string;
    area: string;
    polarity: string;
    value: number | null;
    valueYear: number | null;
    score: number | null;
    groupMean: number | null;
    groupBest: number | null;
    groupBestRegion: string | null;
    gap: number | null;
    percentile: number | null;
  }[];
  composite: { value: number | null; rank: number | null; rankedCount: number; groupMean: number | null };
  weaknesses: string[];
  strengths: string[];
  demoDataUsed: boolean;
}

export const EVALUATION_DECISIONS = ['TRANSFER', 'REVISE', 'STOP'] as const;
export type EvaluationDecisionValue = (typeof EVALUATION_DECISIONS)[number];

/** EVALUATION: findings, KPI results (from the domain, as they were), lessons, a decision. */
@Entity({ name: 'cycle_evaluation' })
export class CycleEvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => LearningCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: LearningCycleEntity;

  @Column({ type: 'text' })
  findings: string;

  @Column({ type: 'text', default: '' })
  lessons: string;

  @Column({ type: 'text', default: '' })
  transferability: string;

  @Column({ type: 'varchar', length: 10 })
  decision: EvaluationDecisionValue;

  /** KPI achievement per pilot indicator when the evaluation was recorded. */
  @Column({ name: 'kpi_results', type: 'jsonb' })
  kpiResults: EvaluationKpiResult[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export interface EvaluationKpiResult {
  pilotId: string;
  pilotTitle: string;
  measureIndicatorId: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  actual: number | null;
  achievement: number | null;
  status: string | null;
}

/**
 * TRANSFER: the lessons, published. Links to the evaluation and, once drafted
 * (`draftPracticeFromCycle`), to the policy example made from it (`practiceId`).
 */
@Entity({ name: 'cycle_transfer' })
export class CycleTransferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => LearningCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: LearningCycleEntity;

  @Column({ name: 'evaluation_id', type: 'uuid' })
  evaluationId: string;

  @ManyToOne(() => CycleEvaluationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: CycleEvaluationEntity;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'practice_id', type: 'varchar', length: 64, nullable: true })
  practiceId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
