import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IndicatorEntity } from '../indicator/indicator.entity';
import { LearningCycleEntity } from './learning-cycle.entity';

/** ACTION_PLAN: one measure of the plan. */
@Entity({ name: 'action_measure' })
export class ActionMeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => LearningCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: LearningCycleEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  objective: string;

  /** The chosen benchmark gap (performance indicator code) the measure answers. */
  @Column({ name: 'gap_indicator_code', type: 'varchar', length: 40, nullable: true })
  gapIndicatorCode: string | null;

  @Column({ type: 'text', default: '' })
  players: string;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'cost_eur', type: 'double precision', nullable: true })
  costEur: number | null;

  @Column({ name: 'funding_source', type: 'varchar', length: 200, default: '' })
  fundingSource: string;

  /** The peer-review to-do item this measure came from, if any. */
  @Column({ name: 'from_todo_id', type: 'uuid', nullable: true })
  fromTodoId: string | null;

  @Column({ type: 'int', default: 0 })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const MEASURE_INDICATOR_KINDS = ['OUTPUT', 'RESULT'] as const;
export type MeasureIndicatorKindValue = (typeof MEASURE_INDICATOR_KINDS)[number];

/** An output or result indicator of a measure: a platform indicator or a named one with a unit. */
@Entity({ name: 'measure_indicator' })
export class MeasureIndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'measure_id', type: 'uuid' })
  measureId: string;

  @ManyToOne(() => ActionMeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: ActionMeasureEntity;

  @Column({ type: 'varchar', length: 10 })
  kind: MeasureIndicatorKindValue;

  @Column({ name: 'indicator_id', type: 'uuid', nullable: true })
  indicatorId: string | null;

  @ManyToOne(() => IndicatorEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity | null;

  /** The platform indicator's name, or the named indicator's own. */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  unit: string;

  @Column({ type: 'double precision', nullable: true })
  baseline: number | null;

  @Column({ type: 'double precision', nullable: true })
  target: number | null;

  @Column({ type: 'int', default: 0 })
  position: number;
}
