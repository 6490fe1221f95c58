import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A counter that every write to the benchmarking data bumps (statement-level triggers, so writes
 * from any API instance, an import or psql all count). Derived results are cached per instance
 * under the version they were computed from; each request reads the version first, so a cache
 * never serves data older than the database (the API stays stateless).
 */
export class DataVersion1795843000000 implements MigrationInterface {
  name = 'DataVersion1795843000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "data_version" ("id" smallint PRIMARY KEY CHECK ("id" = 1), "version" bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO "data_version" ("id", "version") VALUES (1, 1)`);
    await queryRunner.query(`CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of ['observation', 'indicator', 'region', 'sector_employment', 'cluster']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['observation', 'indicator', 'region', 'sector_employment', 'cluster']) {
      await queryRunner.query(`DROP TRIGGER "${table}_bumps_data_version" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION bump_data_version()`);
    await queryRunner.query(`DROP TABLE "data_version"`);
  }
}
