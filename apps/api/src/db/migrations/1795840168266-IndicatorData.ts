import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorData1795840168266 implements MigrationInterface {
  name = 'IndicatorData1795840168266';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cluster" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "region_id" uuid NOT NULL, "sector" character varying(40) NOT NULL, "organisation" character varying(200), "members" integer, "employees" integer, "founded_year" smallint, "stage" character varying(12) NOT NULL, "model" character varying(60), "quality_label" character varying(8) NOT NULL DEFAULT 'NONE', "website" character varying(300), "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b09d39b9491ce5cb1e8407761fd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2baf81de2d47a4721c82b260d6" ON "cluster"  ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_78ca5001c25629e5ad338ea41d" ON "cluster"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_10caab601034688886b61a30c3" ON "cluster"  ("sector") `);
    await queryRunner.query(`CREATE TABLE "sector_employment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "sector" character varying(40) NOT NULL, "year" smallint NOT NULL, "employees" integer NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_4db37e52caaab79e63e4d4b132d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e8ba7bcc022c82925b5f37b63b" ON "sector_employment"  ("sector") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a23747383c70b84f9e40fdb5a9" ON "sector_employment"  ("region_id", "sector", "year") `);
    await queryRunner.query(`CREATE TABLE "import_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "file_name" character varying(255) NOT NULL, "format" character varying(8) NOT NULL, "file_sha256" character varying(64) NOT NULL, "rows_total" integer NOT NULL, "inserted" integer NOT NULL, "updated" integer NOT NULL, "unchanged" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f408daa3bbc77ffc37eca041312" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8ac98d5dc63628e7e9f25c0442" ON "import_batch"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b15aa485f942de5c46f57a1afb" ON "import_batch"  ("created_at") `);
    await queryRunner.query(`CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "unit" character varying(40) NOT NULL, "kind" character varying(12) NOT NULL, "polarity" character varying(20) NOT NULL, "transform" character varying(8) NOT NULL DEFAULT 'NONE', "area" character varying(30) NOT NULL, "dimension" character varying(60), "source" character varying(300) NOT NULL DEFAULT '', "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_843bf8c0de69be8ea15fdc25fb" ON "indicator"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_9d09fa3be295b97136e0087612" ON "indicator"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_4cbc75294eaeca45ca22ee0641" ON "indicator"  ("area") `);
    await queryRunner.query(`CREATE TABLE "observation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_id" uuid NOT NULL, "region_id" uuid, "cluster_id" uuid, "year" smallint NOT NULL, "value" double precision, "flag" character varying(16), "source" character varying(300) NOT NULL DEFAULT '', "import_batch_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "observation_one_subject" CHECK ((region_id IS NULL) <> (cluster_id IS NULL)), CONSTRAINT "PK_77a736edc631a400b788ce302cb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_17b63b3e27b2e87e58e57e5d6c" ON "observation"  ("import_batch_id") `);
    await queryRunner.query(`CREATE INDEX "observation_region_year" ON "observation"  ("region_id", "year") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "observation_cluster_key" ON "observation"  ("indicator_id", "cluster_id", "year") WHERE cluster_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "observation_region_key" ON "observation"  ("indicator_id", "region_id", "year") WHERE region_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "cluster" ADD CONSTRAINT "FK_78ca5001c25629e5ad338ea41d0" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sector_employment" ADD CONSTRAINT "FK_b2509cf96c1340c1034024d0b1b" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "import_batch" ADD CONSTRAINT "FK_8ac98d5dc63628e7e9f25c04426" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "observation" ADD CONSTRAINT "FK_53d55e96ce28f37c28b17cede91" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "observation" ADD CONSTRAINT "FK_f7af933daa8b2dde6a4e24bac89" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "observation" ADD CONSTRAINT "FK_c3ed0f7769ea7dfb74b55b483b6" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "observation" ADD CONSTRAINT "FK_17b63b3e27b2e87e58e57e5d6c2" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "observation" DROP CONSTRAINT "FK_17b63b3e27b2e87e58e57e5d6c2"`);
    await queryRunner.query(`ALTER TABLE "observation" DROP CONSTRAINT "FK_c3ed0f7769ea7dfb74b55b483b6"`);
    await queryRunner.query(`ALTER TABLE "observation" DROP CONSTRAINT "FK_f7af933daa8b2dde6a4e24bac89"`);
    await queryRunner.query(`ALTER TABLE "observation" DROP CONSTRAINT "FK_53d55e96ce28f37c28b17cede91"`);
    await queryRunner.query(`ALTER TABLE "import_batch" DROP CONSTRAINT "FK_8ac98d5dc63628e7e9f25c04426"`);
    await queryRunner.query(`ALTER TABLE "sector_employment" DROP CONSTRAINT "FK_b2509cf96c1340c1034024d0b1b"`);
    await queryRunner.query(`ALTER TABLE "cluster" DROP CONSTRAINT "FK_78ca5001c25629e5ad338ea41d0"`);
    await queryRunner.query(`DROP INDEX "observation_region_key"`);
    await queryRunner.query(`DROP INDEX "observation_cluster_key"`);
    await queryRunner.query(`DROP INDEX "observation_region_year"`);
    await queryRunner.query(`DROP INDEX "IDX_17b63b3e27b2e87e58e57e5d6c"`);
    await queryRunner.query(`DROP TABLE "observation"`);
    await queryRunner.query(`DROP INDEX "IDX_4cbc75294eaeca45ca22ee0641"`);
    await queryRunner.query(`DROP INDEX "IDX_9d09fa3be295b97136e0087612"`);
    await queryRunner.query(`DROP INDEX "IDX_843bf8c0de69be8ea15fdc25fb"`);
    await queryRunner.query(`DROP TABLE "indicator"`);
    await queryRunner.query(`DROP INDEX "IDX_b15aa485f942de5c46f57a1afb"`);
    await queryRunner.query(`DROP INDEX "IDX_8ac98d5dc63628e7e9f25c0442"`);
    await queryRunner.query(`DROP TABLE "import_batch"`);
    await queryRunner.query(`DROP INDEX "IDX_a23747383c70b84f9e40fdb5a9"`);
    await queryRunner.query(`DROP INDEX "IDX_e8ba7bcc022c82925b5f37b63b"`);
    await queryRunner.query(`DROP TABLE "sector_employment"`);
    await queryRunner.query(`DROP INDEX "IDX_10caab601034688886b61a30c3"`);
    await queryRunner.query(`DROP INDEX "IDX_78ca5001c25629e5ad338ea41d"`);
    await queryRunner.query(`DROP INDEX "IDX_2baf81de2d47a4721c82b260d6"`);
    await queryRunner.query(`DROP TABLE "cluster"`);
  }
}
