import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Hardening1795851000000 implements MigrationInterface {
  name = 'Hardening1795851000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "user_email" character varying(254), "request_id" character varying(64), "operation" character varying(200) NOT NULL, "action" character varying(6) NOT NULL, "entity_type" character varying(63) NOT NULL, "entity_id" character varying(100), "before" jsonb, "after" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_607a3b29360f4d7c95e1fccac7" ON "audit_log"  ("entity_type", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_f94710726106bed3c23f4619ae" ON "audit_log"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_c36612d0fbfad5bd75c57a10f4" ON "audit_log"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "login_throttle" ("key" character varying(340) NOT NULL, "scope" character varying(8) NOT NULL, "email" character varying(254), "ip" character varying(64) NOT NULL, "attempts" integer NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "last_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ee5faa28448a9c67f4383e2a15" ON "login_throttle"  ("email") `);
    await queryRunner.query(`CREATE TABLE "rate_limit" ("key" character varying(100) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "points" integer NOT NULL, CONSTRAINT "PK_242df04b6c2ab8f64e747523191" PRIMARY KEY ("key", "window_start"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
    await queryRunner.query(`DROP INDEX "IDX_ee5faa28448a9c67f4383e2a15"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "IDX_c36612d0fbfad5bd75c57a10f4"`);
    await queryRunner.query(`DROP INDEX "IDX_f94710726106bed3c23f4619ae"`);
    await queryRunner.query(`DROP INDEX "IDX_607a3b29360f4d7c95e1fccac7"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
