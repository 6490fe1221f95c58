import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyExamples1795855000000 implements MigrationInterface {
  name = 'PolicyExamples1795855000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" character varying(254) NOT NULL, "template" character varying(60) NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "status" character varying(10) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_83d47c7dba1da2d038749fe757e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_outbox_due" ON "notification_outbox"  ("status", "next_attempt_at") `);
    await queryRunner.query(`CREATE TABLE "policy_example" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(100) NOT NULL, "status" character varying(20) NOT NULL, "title" character varying(100) NOT NULL, "summary" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "resources_needed" text NOT NULL DEFAULT '', "start_year" smallint, "end_year" smallint, "evidence" text NOT NULL DEFAULT '', "results" jsonb NOT NULL DEFAULT '[]', "difficulties" text NOT NULL DEFAULT '', "transfer_potential" text NOT NULL DEFAULT '', "lessons_learned" text NOT NULL DEFAULT '', "institution" character varying(300) NOT NULL DEFAULT '', "country" character(2) NOT NULL, "region_ids" uuid array NOT NULL DEFAULT '{}', "development_areas" character varying(40) array NOT NULL DEFAULT '{}', "instrument" character varying(40), "target_groups" character varying(40) array NOT NULL DEFAULT '{}', "budget_eur" double precision, "funding_source" character varying(300) NOT NULL DEFAULT '', "links" jsonb NOT NULL DEFAULT '[]', "attachments" jsonb NOT NULL DEFAULT '[]', "contact_name" character varying(200) NOT NULL DEFAULT '', "contact_email" character varying(254) NOT NULL DEFAULT '', "contact_phone" character varying(50) NOT NULL DEFAULT '', "language" character varying(8) NOT NULL DEFAULT 'en', "search_config" character varying(20) NOT NULL DEFAULT 'english', "search_vector" tsvector, "partner_id" uuid NOT NULL, "created_by_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db1b90d3f82cc551b24bce8b455" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_aef2ff3bbc1af39e7aaf149fcc" ON "policy_example"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "IDX_1b0857d1714b476b9a2a63a540" ON "policy_example"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_85b7682e093a6dd868efcf7d81" ON "policy_example"  ("country") `);
    await queryRunner.query(`CREATE INDEX "IDX_cc03d239f06376a008c0041e7d" ON "policy_example"  ("partner_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7fee603a026fc467d5f174b99c" ON "policy_example"  ("published_at") `);
    await queryRunner.query(`CREATE TABLE "policy_example_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "content" jsonb NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce73402cc6c93054bc7451ac5f8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5da0c20b19e7e9b8803072114c" ON "policy_example_revision"  ("practice_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_policy_example_revision_open" ON "policy_example_revision"  ("practice_id") WHERE status IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED')`);
    await queryRunner.query(`CREATE TABLE "policy_example_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "revision_id" uuid, "action" character varying(20) NOT NULL, "from_status" character varying(20), "to_status" character varying(20), "changed_fields" character varying(40) array NOT NULL DEFAULT '{}', "comment" text, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_48504fc1eb7c6ffba97d749a923" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_80d03332ca0cac3a28cfecd435" ON "policy_example_event"  ("practice_id", "at") `);
    await queryRunner.query(`ALTER TABLE "policy_example" ADD CONSTRAINT "FK_cc03d239f06376a008c0041e7d9" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "policy_example" ADD CONSTRAINT "FK_76821febedc9848ac18d417e0a9" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "policy_example_revision" ADD CONSTRAINT "FK_5da0c20b19e7e9b8803072114ce" FOREIGN KEY ("practice_id") REFERENCES "policy_example"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "policy_example_revision" ADD CONSTRAINT "FK_032b62e0d1038ff0a79631a0e77" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "policy_example_event" ADD CONSTRAINT "FK_485f1fad2e7b382e755772fc60f" FOREIGN KEY ("practice_id") REFERENCES "policy_example"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "policy_example_event" ADD CONSTRAINT "FK_7e78f0d3317049bb3003bded511" FOREIGN KEY ("revision_id") REFERENCES "policy_example_revision"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "policy_example_event" ADD CONSTRAINT "FK_252b88b4131a105dc675ba20045" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy_example_event" DROP CONSTRAINT "FK_252b88b4131a105dc675ba20045"`);
    await queryRunner.query(`ALTER TABLE "policy_example_event" DROP CONSTRAINT "FK_7e78f0d3317049bb3003bded511"`);
    await queryRunner.query(`ALTER TABLE "policy_example_event" DROP CONSTRAINT "FK_485f1fad2e7b382e755772fc60f"`);
    await queryRunner.query(`ALTER TABLE "policy_example_revision" DROP CONSTRAINT "FK_032b62e0d1038ff0a79631a0e77"`);
    await queryRunner.query(`ALTER TABLE "policy_example_revision" DROP CONSTRAINT "FK_5da0c20b19e7e9b8803072114ce"`);
    await queryRunner.query(`ALTER TABLE "policy_example" DROP CONSTRAINT "FK_76821febedc9848ac18d417e0a9"`);
    await queryRunner.query(`ALTER TABLE "policy_example" DROP CONSTRAINT "FK_cc03d239f06376a008c0041e7d9"`);
    await queryRunner.query(`DROP INDEX "IDX_80d03332ca0cac3a28cfecd435"`);
    await queryRunner.query(`DROP TABLE "policy_example_event"`);
    await queryRunner.query(`DROP INDEX "IDX_policy_example_revision_open"`);
    await queryRunner.query(`DROP INDEX "IDX_5da0c20b19e7e9b8803072114c"`);
    await queryRunner.query(`DROP TABLE "policy_example_revision"`);
    await queryRunner.query(`DROP INDEX "IDX_7fee603a026fc467d5f174b99c"`);
    await queryRunner.query(`DROP INDEX "IDX_cc03d239f06376a008c0041e7d"`);
    await queryRunner.query(`DROP INDEX "IDX_85b7682e093a6dd868efcf7d81"`);
    await queryRunner.query(`DROP INDEX "IDX_1b0857d1714b476b9a2a63a540"`);
    await queryRunner.query(`DROP INDEX "IDX_aef2ff3bbc1af39e7aaf149fcc"`);
    await queryRunner.query(`DROP TABLE "policy_example"`);
    await queryRunner.query(`DROP INDEX "IDX_notification_outbox_due"`);
    await queryRunner.query(`DROP TABLE "notification_outbox"`);
  }
}
