import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate-limit counters are rewritten by every GraphQL request and worthless after a crash
 * (a lost minute of counts only lets a client start its window afresh), so the table is
 * UNLOGGED: its upsert writes no WAL and its commit waits for no WAL flush.
 */
export class RateLimitUnlogged1795851000002 implements MigrationInterface {
  name = 'RateLimitUnlogged1795851000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit" SET UNLOGGED`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit" SET LOGGED`);
  }
}
