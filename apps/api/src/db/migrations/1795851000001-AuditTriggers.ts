import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: a row trigger on every audited table writes one `audit_log` row per changed
 * row, in the same transaction as the change, when the session carries an audit context (the
 * `polisee.audit` setting: who and which GraphQL operation; set by the API for mutations of
 * signed-in users, see src/modules/audit/audit-context.ts). Writes without a context (seeding,
 * migrations, sign-in bookkeeping, psql) are not logged.
 *
 * A new module gets auditing by adding its table to AUDITED_TABLES in a new migration
 * (`CREATE TRIGGER <table>_audit ... EXECUTE FUNCTION audit_row()`).
 *
 * Secrets never reach the log: columns named in AUDIT_SECRET_COLUMNS are removed from the row
 * images before anything is compared or stored. Bookkeeping columns (updated_at) do not make an
 * update worth logging on their own.
 */
export const AUDITED_TABLES = ['app_user', 'partner', 'indicator', 'region', 'observation', 'cluster', 'sector_employment', 'import_batch'] as const;
export const AUDIT_SECRET_COLUMNS = ['password_hash', 'token_hash', 'invitation_token_hash'] as const;

export class AuditTriggers1795851000001 implements MigrationInterface {
  name = 'AuditTriggers1795851000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const secrets = AUDIT_SECRET_COLUMNS.map((c) => `'${c}'`).join(', ');
    await queryRunner.query(`CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        raw text := current_setting('polisee.audit', true);
        ctx jsonb;
        o jsonb;
        n jsonb;
        b jsonb := '{}'::jsonb;
        a jsonb := '{}'::jsonb;
        k text;
      BEGIN
        IF raw IS NULL OR raw = '' THEN
          RETURN NULL;
        END IF;
        ctx := raw::jsonb;
        IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD) - ARRAY[${secrets}]; END IF;
        IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW) - ARRAY[${secrets}]; END IF;
        IF TG_OP = 'UPDATE' THEN
          FOR k IN SELECT jsonb_object_keys(n) LOOP
            IF k <> 'updated_at' AND (o -> k) IS DISTINCT FROM (n -> k) THEN
              b := b || jsonb_build_object(k, o -> k);
              a := a || jsonb_build_object(k, n -> k);
            END IF;
          END LOOP;
          IF a = '{}'::jsonb THEN
            RETURN NULL;
          END IF;
        ELSIF TG_OP = 'INSERT' THEN
          b := NULL;
          a := n;
        ELSE
          b := o;
          a := NULL;
        END IF;
        INSERT INTO audit_log (user_id, user_email, request_id, operation, action, entity_type, entity_id, before, after)
        VALUES (
          NULLIF(ctx ->> 'userId', '')::uuid,
          left(ctx ->> 'email', 254),
          left(ctx ->> 'requestId', 64),
          left(coalesce(ctx ->> 'operation', '?'), 200),
          TG_OP,
          TG_TABLE_NAME,
          left(coalesce(n ->> 'id', o ->> 'id'), 100),
          b,
          a
        );
        RETURN NULL;
      END $$`);
    for (const table of AUDITED_TABLES) {
      await queryRunner.query(`CREATE TRIGGER "${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of AUDITED_TABLES) await queryRunner.query(`DROP TRIGGER "${table}_audit" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION audit_row()`);
  }
}
