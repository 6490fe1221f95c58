import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AuditEntry, AuditEntryConnection, AuditFilter } from './audit.type';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditEntryConnection, { description: 'The audit trail of changes by signed-in users, newest first.' })
  auditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditEntryConnection> {
    return ctx.services.audit.list(filter ?? {}, first, after ?? undefined);
  }

  @Authorized('ADMIN')
  @Query(() => [String], { description: 'The entity types (tables) the audit trail covers.' })
  auditEntityTypes(@Ctx() ctx: Context): string[] {
    return ctx.services.audit.entityTypes();
  }
}
