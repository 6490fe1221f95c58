import type { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error';
import { checkPageSize, keysetPage } from '../../db/keyset-page';
import { AUDITED_TABLES } from '../../db/migrations/1795851000001-AuditTriggers';
import { AuditLogEntity } from './audit-log.entity';
import { AuditEntry, type AuditEntryConnection, type AuditFilter } from './audit.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the audit trail (written by database triggers, see the AuditTriggers migration). */
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  entityTypes(): string[] {
    return [...AUDITED_TABLES].sort();
  }

  async list(filter: AuditFilter, first: number, after?: string): Promise<AuditEntryConnection> {
    checkPageSize(first);
    if (filter.userId && !UUID.test(filter.userId)) throw badInput('userId', 'INVALID_USER_ID', 'Not a user id');
    const filtered = () => {
      const qb = this.ds.getRepository(AuditLogEntity).createQueryBuilder('a');
      if (filter.userId) qb.andWhere('a.user_id = :userId', { userId: filter.userId });
      if (filter.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
      if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
      if (filter.from) qb.andWhere('a.created_at >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('a.created_at < :to', { to: filter.to });
      return qb;
    };
    return keysetPage(
      { first, after },
      { query: filtered, keys: [{ expr: 'a.created_at', cast: 'timestamptz' }], id: 'a.id', direction: 'DESC', node: (e) => AuditEntry.from(e) },
    );
  }
}
