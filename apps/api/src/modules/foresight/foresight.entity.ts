import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { DevelopmentArea, ForesightCommentStatus, ForesightExerciseStatus, ForesightItemKind, ForesightMethod, StakeholderType } from '@polisee/domain';
import { PartnerEntity } from '../partner/partner.entity';
import { RegionEntity } from '../region/region.entity';

/** The text fields of an exercise a translation may hold. */
export type ExerciseTranslations = Partial<Record<string, { title?: string; topic?: string }>>;
export type StatementTranslations = Partial<Record<string, { theme?: string; text?: string }>>;

/** A consensus rule as stored (DOMAIN.md 8): every criterion optional, at least one set. */
export interface StoredConsensusRule {
  maxIqr?: number;
  minTopShare?: number;
  maxSd?: number;
  minResponses?: number;
  combine?: 'ALL' | 'ANY';
}

/** A Delphi exercise (DOMAIN.md 8): rounds with feedback, or roundless real time. */
@Entity({ name: 'foresight_exercise' })
export class ForesightExerciseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'varchar', length: 12 })
  method: ForesightMethod;

  @Column({ name: 'horizon_year', type: 'int' })
  horizonYear: number;

  /** Null: partnership-wide. */
  @Index()
  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => RegionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity | null;

  /** The organising partner (its editors may run the exercise); null: the lead partner's staff. */
  @Index()
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => PartnerEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partner_id' })
  partner?: PartnerEntity | null;

  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  areas: DevelopmentArea[];

  @Column({ type: 'varchar', length: 12 })
  language: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: ExerciseTranslations;

  @Index()
  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status: ForesightExerciseStatus;

  /** The exercise's consensus rule; an item may override it. */
  @Column({ name: 'consensus_rule', type: 'jsonb' })
  consensusRule: StoredConsensusRule;

  /** Stability: at most this change of the coefficient of variation between rounds (0.15). */
  @Column({ name: 'stability_max_change', type: 'double precision', default: 0.15 })
  stabilityMaxChange: number;

  @Column({ name: 'results_published_at', type: 'timestamptz', nullable: true })
  resultsPublishedAt: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A statement put to the panel, grouped by theme, with one or more items to rate. */
@Entity({ name: 'foresight_statement' })
@Index(['exerciseId', 'position'])
export class ForesightStatementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @ManyToOne(() => ForesightExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id' })
  exercise?: ForesightExerciseEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  theme: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: StatementTranslations;

  /** Indicators the statement concerns (codes), shown beside the panel's expectation. */
  @Column({ name: 'indicator_codes', type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  indicatorCodes: string[];
}

/** One question on a statement: a 1..k scale (probability, desirability, impact) or a year. */
@Entity({ name: 'foresight_item' })
@Index(['statementId', 'position'])
export class ForesightItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @ManyToOne(() => ForesightExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id' })
  exercise?: ForesightExerciseEntity;

  @Column({ name: 'statement_id', type: 'uuid' })
  statementId: string;

  @ManyToOne(() => ForesightStatementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id' })
  statement?: ForesightStatementEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  kind: ForesightItemKind;

  @Column({ name: 'scale_min', type: 'int' })
  scaleMin: number;

  @Column({ name: 'scale_max', type: 'int' })
  scaleMax: number;

  /** How many highest categories count as "top" (2 on a 1..5 scale). */
  @Column({ name: 'top_categories', type: 'int', default: 2 })
  topCategories: number;

  /** Overrides the exercise's rule for this item. */
  @Column({ name: 'consensus_rule', type: 'jsonb', nullable: true })
  consensusRule: StoredConsensusRule | null;
}

/** A round: opened and closed by the organiser; closing freezes its statistics. */
@Entity({ name: 'foresight_round' })
@Unique(['exerciseId', 'number'])
export class ForesightRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @ManyToOne(() => ForesightExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id' })
  exercise?: ForesightExerciseEntity;

  @Column({ type: 'int' })
  number: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  /** Planned end, shown to the panel (the organiser still closes the round). */
  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/**
 * A panellist: an invitation link. Only the SHA-256 of its random token is stored. The label
 * (an email or the organiser's note) lets the organiser revoke a link; no query joins it to the
 * panellist's answers.
 */
@Entity({ name: 'foresight_panellist' })
export class ForesightPanellistEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @ManyToOne(() => ForesightExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id' })
  exercise?: ForesightExerciseEntity;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ name: 'invited_by_email', type: 'boolean', default: false })
  invitedByEmail: boolean;

  @Column({ name: 'stakeholder_type', type: 'varchar', length: 30, nullable: true })
  stakeholderType: StakeholderType | null;

  /** Self-rated, 1 (low) .. 5 (high). */
  @Column({ type: 'int', nullable: true })
  expertise: number | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One panellist's answer to one item in one round; changeable while the round is open. */
@Entity({ name: 'foresight_response' })
@Unique(['roundId', 'itemId', 'panellistId'])
@Index(['itemId', 'roundId'])
export class ForesightResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => ForesightRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: ForesightRoundEntity;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ForesightItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: ForesightItemEntity;

  @Index()
  @Column({ name: 'panellist_id', type: 'uuid' })
  panellistId: string;

  @ManyToOne(() => ForesightPanellistEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'panellist_id' })
  panellist?: ForesightPanellistEntity;

  @Column({ type: 'double precision' })
  value: number;

  /** 1 (unsure) .. 5 (very sure). */
  @Column({ type: 'int', nullable: true })
  confidence: number | null;

  @Column({ type: 'text', nullable: true })
  argument: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An anonymous, threaded comment on a statement; moderators hide what breaks the rules. */
@Entity({ name: 'foresight_comment' })
@Index(['statementId', 'createdAt'])
export class ForesightCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @ManyToOne(() => ForesightExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id' })
  exercise?: ForesightExerciseEntity;

  @Column({ name: 'statement_id', type: 'uuid' })
  statementId: string;

  @ManyToOne(() => ForesightStatementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id' })
  statement?: ForesightStatementEntity;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => ForesightCommentEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: ForesightCommentEntity | null;

  /** The writer, so they may see their own comment as theirs; never exposed. */
  @Index()
  @Column({ name: 'panellist_id', type: 'uuid' })
  panellistId: string;

  @ManyToOne(() => ForesightPanellistEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'panellist_id' })
  panellist?: ForesightPanellistEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 10, default: 'VISIBLE' })
  status: ForesightCommentStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Per item and round, the domain's statistics, frozen when the round closes. */
@Entity({ name: 'foresight_item_statistics' })
@Unique(['itemId', 'roundId'])
export class ForesightItemStatisticsEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ForesightItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: ForesightItemEntity;

  @Index()
  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => ForesightRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: ForesightRoundEntity;

  @Column({ type: 'int' })
  n: number;

  @Column({ type: 'double precision', nullable: true })
  median: number | null;

  @Column({ type: 'double precision', nullable: true })
  q1: number | null;

  @Column({ type: 'double precision', nullable: true })
  q3: number | null;

  @Column({ type: 'double precision', nullable: true })
  iqr: number | null;

  @Column({ type: 'double precision', nullable: true })
  mean: number | null;

  @Column({ type: 'double precision', nullable: true })
  sd: number | null;

  @Column({ name: 'top_share', type: 'double precision', nullable: true })
  topShare: number | null;

  /** Count per answered value, as [[value, count], ...] sorted by value. */
  @Column({ type: 'jsonb' })
  distribution: [number, number][];

  @Column({ type: 'boolean' })
  consensus: boolean;

  /** The rule applied, as it was at closing. */
  @Column({ type: 'jsonb' })
  rule: StoredConsensusRule;

  @Column({ name: 'median_change', type: 'double precision', nullable: true })
  medianChange: number | null;

  @Column({ name: 'cv_change', type: 'double precision', nullable: true })
  cvChange: number | null;

  @Column({ name: 'share_changed', type: 'double precision', nullable: true })
  shareChanged: number | null;

  @Column({ type: 'boolean', nullable: true })
  stable: boolean | null;

  @Column({ name: 'frozen_at', type: 'timestamptz' })
  frozenAt: Date;
}

/** A scenario driver, usually drawn from a statement, with its possible projections. */
@Entity({ name: 'foresight_driver' })
export class ForesightDriverEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @ManyToOne(() => ForesightExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id' })
  exercise?: ForesightExerciseEntity;

  @Column({ name: 'statement_id', type: 'uuid', nullable: true })
  statementId: string | null;

  @ManyToOne(() => ForesightStatementEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'statement_id' })
  statement?: ForesightStatementEntity | null;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The driver's possible states by the horizon ("fast uptake", "stalls"...). */
  @Column({ type: 'jsonb' })
  projections: string[];
}

/** A scenario narrative: one projection per driver, told as a story. */
@Entity({ name: 'foresight_scenario' })
export class ForesightScenarioEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @ManyToOne(() => ForesightExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id' })
  exercise?: ForesightExerciseEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  narrative: string;

  /** Driver id -> index of the chosen projection. */
  @Column({ type: 'jsonb' })
  choices: Record<string, number>;
}

export const FORESIGHT_ENTITIES = [
  ForesightExerciseEntity,
  ForesightStatementEntity,
  ForesightItemEntity,
  ForesightRoundEntity,
  ForesightPanellistEntity,
  ForesightResponseEntity,
  ForesightCommentEntity,
  ForesightItemStatisticsEntity,
  ForesightDriverEntity,
  ForesightScenarioEntity,
];
