import type { MigrationInterface, QueryRunner } from 'typeorm';
import { INDICATOR_TRANSLATIONS } from '../seed/indicator-translations';

/**
 * Indicator names, units and descriptions in other languages (a JSON object keyed by locale;
 * English stays in the columns and is required). Existing databases get the seeded indicators'
 * Italian and Romanian text; a new database gets it from the seed.
 */
export class IndicatorTranslations1795854000000 implements MigrationInterface {
  name = 'IndicatorTranslations1795854000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" ADD "translations" jsonb NOT NULL DEFAULT '{}'::jsonb`);
    for (const [code, translations] of Object.entries(INDICATOR_TRANSLATIONS)) {
      await queryRunner.query(`UPDATE "indicator" SET "translations" = $1::jsonb WHERE "code" = $2`, [JSON.stringify(translations), code]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "translations"`);
  }
}
