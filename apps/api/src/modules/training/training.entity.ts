import { QUESTION_KINDS, type DevelopmentArea, type QuestionKind, type Ris3Step } from '@polisee/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { LearningCycleEntity } from '../learning-cycle/learning-cycle.entity';

export const TRAINING_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type TrainingStatusValue = (typeof TRAINING_STATUSES)[number];
export { QUESTION_KINDS };
export type QuestionKindValue = QuestionKind;
export const RESOURCE_KINDS = ['DOCUMENT', 'LINK'] as const;
export type ResourceKindValue = (typeof RESOURCE_KINDS)[number];

export interface TrainingResourceValue {
  kind: ResourceKindValue;
  title: string;
  url: string;
}

/** A link from a lesson into one of the platform's own tools (a portal path such as `/benchmarking/ITI3`). */
export interface ToolLinkValue {
  label: string;
  path: string;
}

export interface ModuleText {
  title?: string;
  summary?: string;
}
export interface LessonText {
  title?: string;
  body?: string;
}
export interface QuestionText {
  prompt?: string;
  explanation?: string;
  /** option id -> text */
  options?: Record<string, string>;
}

/** A training module (DOMAIN.md 7): lessons, resources, a quiz with a pass mark. */
@Entity({ name: 'training_module' })
export class TrainingModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Column({ type: 'int', default: 0 })
  position: number;

  /** The RIS3 Guide step the module teaches, or null for a development-area module. */
  @Column({ name: 'ris3_step', type: 'varchar', length: 20, nullable: true })
  ris3Step: Ris3Step | null;

  @Column({ name: 'development_areas', type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  developmentAreas: DevelopmentArea[];

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ name: 'duration_minutes', type: 'int', default: 30 })
  durationMinutes: number;

  @Column({ type: 'varchar', length: 12, default: 'en' })
  language: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Record<string, ModuleText>;

  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status: TrainingStatusValue;

  /** Share of the quiz's questions to answer right to pass, in percent. */
  @Column({ name: 'pass_mark', type: 'int', default: 80 })
  passMark: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  resources: TrainingResourceValue[];

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'training_lesson' })
export class TrainingLessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: TrainingModuleEntity;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown; raw HTML is stripped when saved and never rendered. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'tool_links', type: 'jsonb', default: () => "'[]'" })
  toolLinks: ToolLinkValue[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Record<string, LessonText>;
}

@Entity({ name: 'quiz_question' })
export class QuizQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: TrainingModuleEntity;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'varchar', length: 12 })
  kind: QuestionKindValue;

  @Column({ type: 'text' })
  prompt: string;

  /** The options in the order shown (for ORDERING: a shuffled order). */
  @Column({ type: 'jsonb' })
  options: { id: string; text: string }[];

  /** SINGLE/MULTIPLE: the correct option ids; ORDERING: every option id in the right order. Never sent before an attempt. */
  @Column({ name: 'correct_option_ids', type: 'jsonb' })
  correctOptionIds: string[];

  @Column({ type: 'text', default: '' })
  explanation: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Record<string, QuestionText>;
}

export interface QuestionOutcome {
  questionId: string;
  correct: boolean;
}

/** A submitted quiz of a signed-in user (visitors' attempts are scored, not stored). */
@Entity({ name: 'quiz_attempt' })
@Index(['userId', 'moduleId'])
export class QuizAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: TrainingModuleEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'jsonb' })
  answers: { questionId: string; optionIds: string[] }[];

  @Column({ type: 'jsonb' })
  outcomes: QuestionOutcome[];

  @Column({ type: 'int' })
  correct: number;

  @Column({ type: 'int' })
  total: number;

  @Column({ type: 'int' })
  percent: number;

  @Column({ type: 'boolean' })
  passed: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Lessons a signed-in user has completed in a module. */
@Entity({ name: 'training_progress' })
export class TrainingProgressEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: TrainingModuleEntity;

  @Column({ name: 'lesson_ids', type: 'uuid', array: true, default: () => "'{}'" })
  lessonIds: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A certificate of completion; the name and title are kept as printed. */
@Entity({ name: 'training_certificate' })
@Index(['userId', 'moduleId'], { unique: true })
export class TrainingCertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index()
  @Column({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: TrainingModuleEntity;

  @Column({ name: 'attempt_id', type: 'uuid' })
  attemptId: string;

  @Column({ name: 'learner_name', type: 'varchar', length: 200 })
  learnerName: string;

  @Column({ name: 'module_title', type: 'varchar', length: 200 })
  moduleTitle: string;

  @Column({ type: 'int' })
  percent: number;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;
}

/** A saved RIS3 self-assessment (DOMAIN.md 4.9), optionally part of a cycle's ANALYSIS stage. */
@Entity({ name: 'ris3_self_assessment' })
export class Ris3SelfAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Who saved it; null for the demo seed's assessments. */
  @Index()
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Index()
  @Column({ name: 'cycle_id', type: 'uuid', nullable: true })
  cycleId: string | null;

  @ManyToOne(() => LearningCycleEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: LearningCycleEntity | null;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  /** step -> criterion -> 0..5 */
  @Column({ type: 'jsonb' })
  scores: Record<string, Record<string, number>>;

  @Column({ type: 'double precision', nullable: true })
  overall: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
