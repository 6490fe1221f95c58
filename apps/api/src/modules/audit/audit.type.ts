import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/relay';
import type { AuditLogEntity } from './audit-log.entity';

@ObjectType({ description: 'One changed field of an audited row; values as JSON text (null when absent).' })
export class AuditChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true, description: 'JSON of the value before (null for an insert).' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the value after (null for a delete).' })
  after: string | null;
}

@ObjectType({ description: 'One row changed by a signed-in user: who, what, when, and the changed fields.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => String, { nullable: true, description: 'The email of the user at the time of the change.' })
  userEmail: string | null;

  @Field({ description: 'The GraphQL mutation, e.g. updatePartner.' })
  operation: string;

  @Field({ description: 'INSERT, UPDATE or DELETE.' })
  action: string;

  @Field({ description: 'The table, e.g. partner.' })
  entityType: string;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => [AuditChange])
  changes: AuditChange[];

  static from(e: AuditLogEntity): AuditEntry {
    const before = e.before ?? {};
    const after = e.after ?? {};
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    const json = (o: Record<string, unknown> | null, k: string) => (o && k in o ? JSON.stringify(o[k]) : null);
    return Object.assign(new AuditEntry(), {
      id: e.id,
      createdAt: e.createdAt,
      userId: e.userId,
      userEmail: e.userEmail,
      operation: e.operation,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      requestId: e.requestId,
      changes: fields.map((field) => Object.assign(new AuditChange(), { field, before: json(e.before, field), after: json(e.after, field) })),
    });
  }
}

@ObjectType()
export class AuditEntryEdge {
  @Field()
  cursor: string;

  @Field(() => AuditEntry)
  node: AuditEntry;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge])
  edges: AuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'A table name, e.g. partner.' })
  @IsOptional()
  @MaxLength(63)
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  entityId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this instant (exclusive).' })
  @IsOptional()
  to?: Date | null;
}
