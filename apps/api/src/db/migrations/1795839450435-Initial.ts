import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795839450435 implements MigrationInterface {
  name = 'Initial1795839450435';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "ip" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0257192f364f41180b1eac97ff" ON "login_attempt"  ("ip", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_216982163a6aa1bdef311204d4" ON "login_attempt"  ("email", "created_at") `);
    await queryRunner.query(`CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(12) NOT NULL, "name" character varying(200) NOT NULL, "country" character(2) NOT NULL, "level" smallint NOT NULL, "latitude" double precision, "longitude" double precision, "coordinate_source" character varying(200), "name_source" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_74f7723fdff738f92929c0056c" ON "region"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_2666757f48b725b754ac9af47e" ON "region"  ("country") `);
    await queryRunner.query(`CREATE TABLE "partner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "acronym" character varying(30), "country" character(2) NOT NULL, "region_id" uuid, "type" character varying(40) NOT NULL, "role" character varying(20) NOT NULL, "fund" character varying(10) NOT NULL, "budget_eur" double precision, "website" character varying(300), "contact_email" character varying(254), "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8f34ff11ddd5459eacbfacd48ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9af6a8bd7cac55b61babc75385" ON "partner"  ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_e4a2ee820022bfa5fe68a6e112" ON "partner"  ("country") `);
    await queryRunner.query(`CREATE INDEX "IDX_10adb103fe9f96e48c5268ba22" ON "partner"  ("region_id") `);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "partner_id" uuid, "password_hash" character varying(255), "active" boolean NOT NULL DEFAULT true, "invitation_token_hash" character varying(64), "invitation_expires_at" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_0184bb477a21dce3da3985bc06" ON "app_user"  ("partner_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f0bc4e5ab0a55204eec907917f" ON "app_user"  ("invitation_token_hash") WHERE invitation_token_hash IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2223e981900a413ce4ce6386f9" ON "session"  ("expires_at") `);
    await queryRunner.query(`ALTER TABLE "partner" ADD CONSTRAINT "FK_10adb103fe9f96e48c5268ba224" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_0184bb477a21dce3da3985bc06d" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_0184bb477a21dce3da3985bc06d"`);
    await queryRunner.query(`ALTER TABLE "partner" DROP CONSTRAINT "FK_10adb103fe9f96e48c5268ba224"`);
    await queryRunner.query(`DROP INDEX "IDX_2223e981900a413ce4ce6386f9"`);
    await queryRunner.query(`DROP INDEX "IDX_30e98e8746699fb9af235410af"`);
    await queryRunner.query(`DROP INDEX "IDX_a83507eb0338ac037780e02f2b"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "IDX_f0bc4e5ab0a55204eec907917f"`);
    await queryRunner.query(`DROP INDEX "IDX_0184bb477a21dce3da3985bc06"`);
    await queryRunner.query(`DROP INDEX "IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "IDX_10adb103fe9f96e48c5268ba22"`);
    await queryRunner.query(`DROP INDEX "IDX_e4a2ee820022bfa5fe68a6e112"`);
    await queryRunner.query(`DROP INDEX "IDX_9af6a8bd7cac55b61babc75385"`);
    await queryRunner.query(`DROP TABLE "partner"`);
    await queryRunner.query(`DROP INDEX "IDX_2666757f48b725b754ac9af47e"`);
    await queryRunner.query(`DROP INDEX "IDX_74f7723fdff738f92929c0056c"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP INDEX "IDX_216982163a6aa1bdef311204d4"`);
    await queryRunner.query(`DROP INDEX "IDX_0257192f364f41180b1eac97ff"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
  }
}
