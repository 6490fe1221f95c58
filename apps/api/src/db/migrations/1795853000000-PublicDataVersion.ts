import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner writes bump the data version too (see DataVersion), so that the anonymous response
 * cache of the public lists (http/response-cache.ts), which is keyed by that version, never
 * serves a partner list older than the database, on any instance.
 */
export class PublicDataVersion1795853000000 implements MigrationInterface {
  name = 'PublicDataVersion1795853000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER "partner_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "partner" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "partner_bumps_data_version" ON "partner"`);
  }
}
