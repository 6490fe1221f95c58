import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerEntity } from '../partner/partner.entity';
import { RegionEntity } from '../region/region.entity';
import { ActionMeasureEntity } from './action-plan.entity';
import { LearningCycleEntity } from './learning-cycle.entity';

export const PEER_REVIEW_STATUSES = ['PLANNED', 'COMPLETED'] as const;
export type PeerReviewStatusValue = (typeof PEER_REVIEW_STATUSES)[number];

export interface PeerEntry {
  name: string;
  organisation: string;
  country: string;
  partnerId: string | null;
}

/** PEER_LEARNING: a peer review (Interreg Europe model) hosted by the cycle's region. */
@Entity({ name: 'peer_review' })
export class PeerReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => LearningCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: LearningCycleEntity;

  @Column({ name: 'host_region_id', type: 'uuid' })
  hostRegionId: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_region_id' })
  hostRegion?: RegionEntity;

  @Column({ name: 'host_partner_id', type: 'uuid' })
  hostPartnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_partner_id' })
  hostPartner?: PartnerEntity;

  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  peers: PeerEntry[];

  @Column({ name: 'self_assessment', type: 'text', default: '' })
  selfAssessment: string;

  @Column({ name: 'peer_analysis', type: 'text', default: '' })
  peerAnalysis: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  recommendations: string[];

  @Column({ type: 'varchar', length: 10, default: 'PLANNED' })
  status: PeerReviewStatusValue;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One item of a peer review's to-do list; it can become an action-plan measure. */
@Entity({ name: 'peer_review_todo' })
export class PeerReviewTodoEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'peer_review_id', type: 'uuid' })
  peerReviewId: string;

  @ManyToOne(() => PeerReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'peer_review_id' })
  peerReview?: PeerReviewEntity;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'measure_id', type: 'uuid', nullable: true })
  measureId: string | null;

  @ManyToOne(() => ActionMeasureEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'measure_id' })
  measure?: ActionMeasureEntity | null;

  @Column({ type: 'int', default: 0 })
  position: number;
}
