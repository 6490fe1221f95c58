import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One changed row, written by the `audit_row()` trigger in the same transaction as the change
 * (see the AuditLog migration): who (from the request's audit context), what (GraphQL
 * operation, table, row id, INSERT/UPDATE/DELETE), when, and before/after of the changed
 * columns. Secrets (password and token hashes) are stripped by the trigger.
 */
@Entity({ name: 'audit_log' })
@Index(['createdAt', 'id'])
@Index(['userId', 'createdAt'])
@Index(['entityType', 'createdAt'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'user_email', type: 'varchar', length: 254, nullable: true })
  userEmail: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  /** The GraphQL mutation field(s), e.g. `updatePartner`. */
  @Column({ type: 'varchar', length: 200 })
  operation: string;

  /** INSERT, UPDATE or DELETE. */
  @Column({ type: 'varchar', length: 6 })
  action: string;

  /** The table, e.g. `partner`. */
  @Column({ name: 'entity_type', type: 'varchar', length: 63 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 100, nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
