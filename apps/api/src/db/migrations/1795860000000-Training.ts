import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1795860000000 implements MigrationInterface {
  name = 'Training1795860000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "training_module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "position" integer NOT NULL DEFAULT '0', "ris3_step" character varying(20), "development_areas" character varying(40) array NOT NULL DEFAULT '{}', "title" character varying(200) NOT NULL, "summary" text NOT NULL DEFAULT '', "duration_minutes" integer NOT NULL DEFAULT '30', "language" character varying(12) NOT NULL DEFAULT 'en', "translations" jsonb NOT NULL DEFAULT '{}', "status" character varying(12) NOT NULL DEFAULT 'DRAFT', "pass_mark" integer NOT NULL DEFAULT '80', "resources" jsonb NOT NULL DEFAULT '[]', "is_demo" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b8d0e5f39fcbabed5e61c1f929" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1bb301f432f67091648239a9f6" ON "training_module"  ("slug") `);
    await queryRunner.query(`CREATE TABLE "training_lesson" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', "title" character varying(200) NOT NULL, "body" text NOT NULL, "tool_links" jsonb NOT NULL DEFAULT '[]', "translations" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_dfa0202af93dc78a7405ab86e94" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9c96e2cb0b0e903f33320f5796" ON "training_lesson"  ("module_id") `);
    await queryRunner.query(`CREATE TABLE "quiz_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', "kind" character varying(12) NOT NULL, "prompt" text NOT NULL, "options" jsonb NOT NULL, "correct_option_ids" jsonb NOT NULL, "explanation" text NOT NULL DEFAULT '', "translations" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_0bab74c2a71b9b3f8a941104083" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b20c44bf62dd187a8267cf3f33" ON "quiz_question"  ("module_id") `);
    await queryRunner.query(`CREATE TABLE "quiz_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "user_id" uuid NOT NULL, "answers" jsonb NOT NULL, "outcomes" jsonb NOT NULL, "correct" integer NOT NULL, "total" integer NOT NULL, "percent" integer NOT NULL, "passed" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a6c33ec08b4bcb74ca27701a94" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_04686f151d0b17f94fee4aec52" ON "quiz_attempt"  ("module_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ee132c1e839a172ae2a0736014" ON "quiz_attempt"  ("user_id", "module_id") `);
    await queryRunner.query(`CREATE TABLE "training_progress" ("user_id" uuid NOT NULL, "module_id" uuid NOT NULL, "lesson_ids" uuid array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f739a5691c2db798f6301f15413" PRIMARY KEY ("user_id", "module_id"))`);
    await queryRunner.query(`CREATE TABLE "training_certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "user_id" uuid NOT NULL, "module_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "learner_name" character varying(200) NOT NULL, "module_title" character varying(200) NOT NULL, "percent" integer NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bd3e9af1e25742911884a8de33a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_eb5237bbdb1d2642bb9e80ddd9" ON "training_certificate"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_5c6f80772b03fdea57c7bd46dc" ON "training_certificate"  ("module_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2e644dcebaed5b9dea9b2ee762" ON "training_certificate"  ("user_id", "module_id") `);
    await queryRunner.query(`CREATE TABLE "ris3_self_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, "cycle_id" uuid, "label" character varying(200) NOT NULL, "scores" jsonb NOT NULL, "overall" double precision, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c16c8fbd5bb001032cfc646820" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0e3b4cdb28e5d8f0e718bc2cd8" ON "ris3_self_assessment"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_96187e15ae29d0877959681474" ON "ris3_self_assessment"  ("cycle_id") `);
    await queryRunner.query(`ALTER TABLE "training_lesson" ADD CONSTRAINT "FK_9c96e2cb0b0e903f33320f57964" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_question" ADD CONSTRAINT "FK_b20c44bf62dd187a8267cf3f33d" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_attempt" ADD CONSTRAINT "FK_04686f151d0b17f94fee4aec529" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_attempt" ADD CONSTRAINT "FK_337e0e7e243c6ae1f40524f9ff7" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_progress" ADD CONSTRAINT "FK_81d03f951dccf7f3eed396cc1ec" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_progress" ADD CONSTRAINT "FK_dd0168f6385ec8ec7c8321ef1cd" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_certificate" ADD CONSTRAINT "FK_18dd65fc9ae217fef0fdd0d2066" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_certificate" ADD CONSTRAINT "FK_5c6f80772b03fdea57c7bd46dc4" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ris3_self_assessment" ADD CONSTRAINT "FK_0e3b4cdb28e5d8f0e718bc2cd8e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ris3_self_assessment" ADD CONSTRAINT "FK_96187e15ae29d08779596814740" FOREIGN KEY ("cycle_id") REFERENCES "learning_cycle"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ris3_self_assessment" DROP CONSTRAINT "FK_96187e15ae29d08779596814740"`);
    await queryRunner.query(`ALTER TABLE "ris3_self_assessment" DROP CONSTRAINT "FK_0e3b4cdb28e5d8f0e718bc2cd8e"`);
    await queryRunner.query(`ALTER TABLE "training_certificate" DROP CONSTRAINT "FK_5c6f80772b03fdea57c7bd46dc4"`);
    await queryRunner.query(`ALTER TABLE "training_certificate" DROP CONSTRAINT "FK_18dd65fc9ae217fef0fdd0d2066"`);
    await queryRunner.query(`ALTER TABLE "training_progress" DROP CONSTRAINT "FK_dd0168f6385ec8ec7c8321ef1cd"`);
    await queryRunner.query(`ALTER TABLE "training_progress" DROP CONSTRAINT "FK_81d03f951dccf7f3eed396cc1ec"`);
    await queryRunner.query(`ALTER TABLE "quiz_attempt" DROP CONSTRAINT "FK_337e0e7e243c6ae1f40524f9ff7"`);
    await queryRunner.query(`ALTER TABLE "quiz_attempt" DROP CONSTRAINT "FK_04686f151d0b17f94fee4aec529"`);
    await queryRunner.query(`ALTER TABLE "quiz_question" DROP CONSTRAINT "FK_b20c44bf62dd187a8267cf3f33d"`);
    await queryRunner.query(`ALTER TABLE "training_lesson" DROP CONSTRAINT "FK_9c96e2cb0b0e903f33320f57964"`);
    await queryRunner.query(`DROP INDEX "IDX_96187e15ae29d0877959681474"`);
    await queryRunner.query(`DROP INDEX "IDX_0e3b4cdb28e5d8f0e718bc2cd8"`);
    await queryRunner.query(`DROP TABLE "ris3_self_assessment"`);
    await queryRunner.query(`DROP INDEX "IDX_2e644dcebaed5b9dea9b2ee762"`);
    await queryRunner.query(`DROP INDEX "IDX_5c6f80772b03fdea57c7bd46dc"`);
    await queryRunner.query(`DROP INDEX "IDX_eb5237bbdb1d2642bb9e80ddd9"`);
    await queryRunner.query(`DROP TABLE "training_certificate"`);
    await queryRunner.query(`DROP TABLE "training_progress"`);
    await queryRunner.query(`DROP INDEX "IDX_ee132c1e839a172ae2a0736014"`);
    await queryRunner.query(`DROP INDEX "IDX_04686f151d0b17f94fee4aec52"`);
    await queryRunner.query(`DROP TABLE "quiz_attempt"`);
    await queryRunner.query(`DROP INDEX "IDX_b20c44bf62dd187a8267cf3f33"`);
    await queryRunner.query(`DROP TABLE "quiz_question"`);
    await queryRunner.query(`DROP INDEX "IDX_9c96e2cb0b0e903f33320f5796"`);
    await queryRunner.query(`DROP TABLE "training_lesson"`);
    await queryRunner.query(`DROP INDEX "IDX_1bb301f432f67091648239a9f6"`);
    await queryRunner.query(`DROP TABLE "training_module"`);
  }
}
