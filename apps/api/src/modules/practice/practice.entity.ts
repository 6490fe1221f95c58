import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PracticeStatus, RevisionStatus } from '@polisee/domain';
import { UserEntity } from '../auth/user.entity';
import { PartnerEntity } from '../partner/partner.entity';

export const INSTRUMENTS = [
  'GRANT',
  'VOUCHER',
  'LOAN_OR_GUARANTEE',
  'EQUITY',
  'TAX_INCENTIVE',
  'NETWORKING_PROGRAMME',
  'TRAINING',
  'INFRASTRUCTURE',
  'ADVISORY_SERVICE',
  'INTERNATIONALISATION_SUPPORT',
  'REGULATION',
  'PUBLIC_PROCUREMENT',
] as const;
export type InstrumentValue = (typeof INSTRUMENTS)[number];

export const TARGET_GROUPS = [
  'SMES',
  'START_UPS',
  'LARGE_ENTERPRISES',
  'CLUSTER_ORGANISATIONS',
  'RESEARCH_ORGANISATIONS',
  'UNIVERSITIES',
  'PUBLIC_AUTHORITIES',
  'INVESTORS',
  'WORKERS_AND_JOB_SEEKERS',
  'STUDENTS',
] as const;
export type TargetGroupValue = (typeof TARGET_GROUPS)[number];

/** A measurable result, optionally tied to an indicator with values before and after. */
export interface PracticeResultData {
  description: string;
  indicatorId?: string | null;
  unit?: string | null;
  before?: number | null;
  after?: number | null;
  beforeYear?: number | null;
  afterYear?: number | null;
}
export interface PracticeLinkData {
  label: string;
  url: string;
}
export interface PracticeAttachmentData {
  name: string;
  url: string;
  mimeType?: string | null;
  sizeBytes?: number | null;
}

/**
 * The editable content of a practice. A published practice's pending revision stores exactly
 * this shape as JSON; publishing it copies the fields onto the practice row.
 */
export interface PracticeContent {
  title: string;
  summary: string;
  description: string;
  resourcesNeeded: string;
  startYear: number | null;
  endYear: number | null;
  evidence: string;
  results: PracticeResultData[];
  difficulties: string;
  transferPotential: string;
  lessonsLearned: string;
  institution: string;
  country: string;
  regionIds: string[];
  developmentAreas: string[];
  instrument: InstrumentValue | null;
  targetGroups: TargetGroupValue[];
  budgetEur: number | null;
  fundingSource: string;
  links: PracticeLinkData[];
  attachments: PracticeAttachmentData[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  language: string;
}

export const CONTENT_FIELDS: readonly (keyof PracticeContent)[] = [
  'title',
  'summary',
  'description',
  'resourcesNeeded',
  'startYear',
  'endYear',
  'evidence',
  'results',
  'difficulties',
  'transferPotential',
  'lessonsLearned',
  'institution',
  'country',
  'regionIds',
  'developmentAreas',
  'instrument',
  'targetGroups',
  'budgetEur',
  'fundingSource',
  'links',
  'attachments',
  'contactName',
  'contactEmail',
  'contactPhone',
  'language',
];

@Entity({ name: 'policy_example' })
// Built by hand in the migration (GIN over the trigger-maintained tsvector, trigrams on the title).
@Index('IDX_policy_example_search', { synchronize: false })
@Index('IDX_policy_example_title_trgm', { synchronize: false })
export class PracticeEntity implements PracticeContent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  status: PracticeStatus;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'resources_needed', type: 'text', default: '' })
  resourcesNeeded: string;

  @Column({ name: 'start_year', type: 'smallint', nullable: true })
  startYear: number | null;

  @Column({ name: 'end_year', type: 'smallint', nullable: true })
  endYear: number | null;

  @Column({ type: 'text', default: '' })
  evidence: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  results: PracticeResultData[];

  @Column({ type: 'text', default: '' })
  difficulties: string;

  @Column({ name: 'transfer_potential', type: 'text', default: '' })
  transferPotential: string;

  @Column({ name: 'lessons_learned', type: 'text', default: '' })
  lessonsLearned: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  institution: string;

  @Index()
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ name: 'region_ids', type: 'uuid', array: true, default: () => "'{}'" })
  regionIds: string[];

  @Column({ name: 'development_areas', type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  developmentAreas: string[];

  @Column({ type: 'varchar', length: 40, nullable: true })
  instrument: InstrumentValue | null;

  @Column({ name: 'target_groups', type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  targetGroups: TargetGroupValue[];

  @Column({ name: 'budget_eur', type: 'double precision', nullable: true })
  budgetEur: number | null;

  @Column({ name: 'funding_source', type: 'varchar', length: 300, default: '' })
  fundingSource: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: PracticeLinkData[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: PracticeAttachmentData[];

  @Column({ name: 'contact_name', type: 'varchar', length: 200, default: '' })
  contactName: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, default: '' })
  contactEmail: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 50, default: '' })
  contactPhone: string;

  /** BCP 47 primary language subtag (en, it, ro, ...). */
  @Column({ type: 'varchar', length: 8, default: 'en' })
  language: string;

  /** The text-search configuration the row's tsvector is built with (from the language). */
  @Column({ name: 'search_config', type: 'varchar', length: 20, default: 'english' })
  searchConfig: string;

  /** Maintained by a trigger (weighted title A, summary B, the rest C); never written by the app. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;

  @Index()
  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: PartnerEntity;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Index()
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A revision of a published practice: its content waits here until an admin publishes it. */
@Entity({ name: 'policy_example_revision' })
@Index('IDX_policy_example_revision_open', ['practiceId'], { unique: true, where: "status IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED')" })
export class PracticeRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @Column({ type: 'varchar', length: 20 })
  status: RevisionStatus;

  @Column({ type: 'jsonb' })
  content: PracticeContent;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One line of a practice's history: an edit or a status move, with who, when and why. */
@Entity({ name: 'policy_example_event' })
@Index(['practiceId', 'at'])
export class PracticeEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @Column({ name: 'revision_id', type: 'uuid', nullable: true })
  revisionId: string | null;

  @ManyToOne(() => PracticeRevisionEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revision_id' })
  revision?: PracticeRevisionEntity | null;

  /** CREATE, EDIT or a workflow action. */
  @Column({ type: 'varchar', length: 20 })
  action: string;

  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20, nullable: true })
  toStatus: string | null;

  @Column({ name: 'changed_fields', type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  changedFields: string[];

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
