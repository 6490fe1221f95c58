import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import type { DevelopmentArea, IndicatorKind, IndicatorTransform, Polarity } from '@polisee/domain';

// The lists are the domain's (INDICATOR_KINDS, POLARITIES, INDICATOR_TRANSFORMS,
// DEVELOPMENT_AREAS in @polisee/domain); these names stay for the modules that use them.
export { DEVELOPMENT_AREAS } from '@polisee/domain';
export type IndicatorKindValue = IndicatorKind;
export type PolarityValue = Polarity;
export type TransformValue = IndicatorTransform;
export type DevelopmentAreaValue = DevelopmentArea;

/** Translated text of an indicator by locale (`it`, `ro`, ...); English is in the columns. */
export type IndicatorTranslations = Record<string, { name?: string; unit?: string; description?: string }>;

@Entity({ name: 'indicator' })
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable code used in imports, URLs and the API (e.g. BERD_EUR_PER_INH). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 40 })
  unit: string;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  kind: IndicatorKindValue;

  @Column({ type: 'varchar', length: 20 })
  polarity: PolarityValue;

  @Column({ type: 'varchar', length: 8, default: 'NONE' })
  transform: TransformValue;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  area: DevelopmentAreaValue;

  /** Structural indicators are grouped into similarity dimensions (DOMAIN.md 4.4). */
  @Column({ type: 'varchar', length: 60, nullable: true })
  dimension: string | null;

  @Column({ type: 'varchar', length: 300, default: '' })
  source: string;

  /** Name, unit and description in other languages, keyed by locale; English is required above. */
  @Column({ type: 'jsonb', default: {} })
  translations: IndicatorTranslations;

  /** Retired indicators keep their data but leave new benchmarks and imports. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
