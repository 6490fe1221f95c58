import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Fund, PartnerRole, PartnerType } from '@polisee/domain';
import { RegionEntity } from '../region/region.entity';

// The lists are the domain's (PARTNER_TYPES, PARTNER_ROLES, FUNDS in @polisee/domain).
export type PartnerTypeValue = PartnerType;
export type PartnerRoleValue = PartnerRole;
export type FundValue = Fund;

@Entity({ name: 'partner' })
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  acronym: string | null;

  @Index()
  @Column({ type: 'char', length: 2 })
  country: string;

  @Index()
  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => RegionEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity | null;

  @Column({ type: 'varchar', length: 40 })
  type: PartnerTypeValue;

  @Column({ type: 'varchar', length: 20 })
  role: PartnerRoleValue;

  @Column({ type: 'varchar', length: 10 })
  fund: FundValue;

  @Column({ name: 'budget_eur', type: 'double precision', nullable: true })
  budgetEur: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  /** Plausible demo record, not a real partner's data (shown as such in both apps). */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
