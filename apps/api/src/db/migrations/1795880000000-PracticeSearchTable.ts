import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public search of policy examples (issue 10) reads a narrow copy of the published ones,
 * `policy_example_search`: the search vector and the facet and sort columns, nothing else.
 *
 * Profiled on 10,000 generated practices (EXPLAIN ANALYZE, BUFFERS): a broad query ("digital",
 * two thirds of them) spent ~50 ms in the sequential scan of `policy_example`, because its rows
 * are wider than the TOAST threshold, so every row's `search_vector` is stored compressed and was
 * decompressed once for `@@` and again for each `ts_rank`; the same scan over this table, whose
 * rows stay under the threshold (uncompressed, inline), takes ~6 ms with the rank.
 *
 * Kept by a row trigger on `policy_example` (after the trigger that computes the vector): a
 * published row is upserted, any other status removed; a deleted practice goes by the foreign
 * key. Each change of the published set also bumps the data version (DataVersion), so that
 * anonymous search answers can be cached under it (http/response-cache.ts) on every instance.
 * Edits of drafts change nothing here and bump nothing.
 */
export class PracticeSearchTable1795880000000 implements MigrationInterface {
  name = 'PracticeSearchTable1795880000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "policy_example_search" (
      "id" uuid PRIMARY KEY REFERENCES "policy_example" ("id") ON DELETE CASCADE,
      "search_config" character varying(20) NOT NULL,
      "search_vector" tsvector,
      "country" character(2) NOT NULL,
      "region_ids" uuid array NOT NULL,
      "development_areas" character varying(40) array NOT NULL,
      "instrument" character varying(40),
      "target_groups" character varying(40) array NOT NULL,
      "start_year" smallint,
      "newest" TIMESTAMP WITH TIME ZONE NOT NULL,
      "title_key" text NOT NULL
    )`);
    await q.query(`CREATE INDEX "IDX_policy_example_search_vector" ON "policy_example_search" USING GIN ("search_vector")`);
    await q.query(`CREATE FUNCTION policy_example_search_row() RETURNS trigger LANGUAGE plpgsql AS $fn$
      -- Qualified with the table's schema: writes from a session with another search_path work too.
      DECLARE
        n integer := 0;
      BEGIN
        IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
          IF NEW.status = 'PUBLISHED' THEN
            EXECUTE format('INSERT INTO %I.policy_example_search AS s (id, search_config, search_vector, country, region_ids, development_areas, instrument, target_groups, start_year, newest, title_key)
              VALUES (($1).id, ($1).search_config, ($1).search_vector, ($1).country, ($1).region_ids, ($1).development_areas, ($1).instrument, ($1).target_groups, ($1).start_year, coalesce(($1).published_at, ($1).created_at), lower(($1).title))
              ON CONFLICT (id) DO UPDATE SET search_config = EXCLUDED.search_config, search_vector = EXCLUDED.search_vector, country = EXCLUDED.country,
                region_ids = EXCLUDED.region_ids, development_areas = EXCLUDED.development_areas, instrument = EXCLUDED.instrument,
                target_groups = EXCLUDED.target_groups, start_year = EXCLUDED.start_year, newest = EXCLUDED.newest, title_key = EXCLUDED.title_key
              WHERE (s.search_config, s.search_vector, s.country, s.region_ids, s.development_areas, s.instrument, s.target_groups, s.start_year, s.newest, s.title_key)
                IS DISTINCT FROM (EXCLUDED.search_config, EXCLUDED.search_vector, EXCLUDED.country, EXCLUDED.region_ids, EXCLUDED.development_areas, EXCLUDED.instrument,
                  EXCLUDED.target_groups, EXCLUDED.start_year, EXCLUDED.newest, EXCLUDED.title_key)', TG_TABLE_SCHEMA) USING NEW;
            GET DIAGNOSTICS n = ROW_COUNT;
            -- The public answer shows more than these columns (title, summary, snippet): any
            -- update of a published row changes it.
            IF TG_OP = 'UPDATE' THEN n := 1; END IF;
          ELSIF TG_OP = 'UPDATE' AND OLD.status = 'PUBLISHED' THEN
            EXECUTE format('DELETE FROM %I.policy_example_search WHERE id = $1', TG_TABLE_SCHEMA) USING NEW.id;
            GET DIAGNOSTICS n = ROW_COUNT;
          END IF;
        ELSIF TG_OP = 'DELETE' AND OLD.status = 'PUBLISHED' THEN
          n := 1;
        END IF;
        IF n > 0 THEN
          EXECUTE format('UPDATE %I.data_version SET version = version + 1 WHERE id = 1', TG_TABLE_SCHEMA);
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(`CREATE TRIGGER "policy_example_search_row" AFTER INSERT OR UPDATE OR DELETE ON "policy_example"
      FOR EACH ROW EXECUTE FUNCTION policy_example_search_row()`);
    await q.query(`INSERT INTO "policy_example_search" (id, search_config, search_vector, country, region_ids, development_areas, instrument, target_groups, start_year, newest, title_key)
      SELECT id, search_config, search_vector, country, region_ids, development_areas, instrument, target_groups, start_year, coalesce(published_at, created_at), lower(title)
      FROM "policy_example" WHERE status = 'PUBLISHED'`);
    await q.query(`UPDATE "data_version" SET version = version + 1 WHERE id = 1`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "policy_example_search_row" ON "policy_example"`);
    await q.query(`DROP FUNCTION policy_example_search_row()`);
    await q.query(`DROP TABLE "policy_example_search"`);
  }
}
