import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Built-in configuration and the stemming dictionary it maps words to. */
const SEARCH_CONFIGURATIONS = [
  ['english', 'english_stem'],
  ['italian', 'italian_stem'],
  ['romanian', 'romanian_stem'],
  ['greek', 'greek_stem'],
  ['hungarian', 'hungarian_stem'],
  ['serbian', 'serbian_stem'],
  ['german', 'german_stem'],
  ['simple', 'simple'],
] as const;

/**
 * Full-text search of policy examples, the same on PostgreSQL and PGlite:
 * - `unaccent` and `pg_trgm` live in `public` so that every schema (tests give each file its
 *   own) shares one copy, and dropping a schema never drops them;
 * - one custom text-search configuration per language, `polisee_<config>` (english, italian,
 *   romanian, greek, hungarian, serbian, german, and simple for languages without a stemmer),
 *   copied from the built-in one with the `unaccent` filter in front of the stemmer. `unaccent()`
 *   is STABLE, but a configuration is a catalogue object, so `to_tsvector('polisee_english', t)`
 *   stays IMMUTABLE; queries parsed with the same configuration are accent-insensitive too, and
 *   `ts_headline` highlights the accented words of the original text;
 * - a trigger keeps `search_vector` in the row's configuration (`search_config`, from the
 *   language), weighted title (A) > summary (B) > body sections (C) > institution, funding (D);
 * - GIN over the vector, and trigram GIN over the title for "similar practices".
 */
export class PracticeSearch1795855000001 implements MigrationInterface {
  name = 'PracticeSearch1795855000001';

  public async up(q: QueryRunner): Promise<void> {
    for (const ext of ['unaccent', 'pg_trgm']) {
      // Instances (or test files) migrating at once race on the extension's catalogue row.
      await q.query(`DO $$ BEGIN
        CREATE EXTENSION IF NOT EXISTS ${ext} WITH SCHEMA public;
      EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;
      END $$`);
    }
    for (const [config, dictionary] of SEARCH_CONFIGURATIONS) {
      await q.query(`CREATE TEXT SEARCH CONFIGURATION polisee_${config} (COPY = pg_catalog.${config})`);
      await q.query(`ALTER TEXT SEARCH CONFIGURATION polisee_${config} ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, ${dictionary}`);
    }
    await q.query(`CREATE FUNCTION policy_example_search_vector() RETURNS trigger LANGUAGE plpgsql AS $fn$
      -- Qualified with the table's schema: writes from a session with another search_path work too.
      DECLARE cfg regconfig := (quote_ident(TG_TABLE_SCHEMA) || '.polisee_' || NEW.search_config)::regconfig;
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector(cfg, coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector(cfg, coalesce(NEW.summary, '')), 'B') ||
          setweight(to_tsvector(cfg, (
            coalesce(NEW.description, '') || ' ' || coalesce(NEW.evidence, '') || ' ' ||
            coalesce((SELECT string_agg(r->>'description', ' ') FROM jsonb_array_elements(NEW.results) r), '') || ' ' ||
            coalesce(NEW.lessons_learned, '') || ' ' || coalesce(NEW.transfer_potential, '') || ' ' ||
            coalesce(NEW.difficulties, '') || ' ' || coalesce(NEW.resources_needed, ''))), 'C') ||
          setweight(to_tsvector(cfg, (coalesce(NEW.institution, '') || ' ' || coalesce(NEW.funding_source, ''))), 'D');
        RETURN NEW;
      END $fn$`);
    await q.query(`CREATE TRIGGER policy_example_search_vector BEFORE INSERT OR UPDATE ON "policy_example"
      FOR EACH ROW EXECUTE FUNCTION policy_example_search_vector()`);
    await q.query(`CREATE INDEX "IDX_policy_example_search" ON "policy_example" USING GIN ("search_vector")`);
    await q.query(`CREATE INDEX "IDX_policy_example_title_trgm" ON "policy_example" USING GIN ("title" public.gin_trgm_ops)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_policy_example_title_trgm"`);
    await q.query(`DROP INDEX "IDX_policy_example_search"`);
    await q.query(`DROP TRIGGER policy_example_search_vector ON "policy_example"`);
    await q.query(`DROP FUNCTION policy_example_search_vector()`);
    for (const [config] of SEARCH_CONFIGURATIONS) await q.query(`DROP TEXT SEARCH CONFIGURATION polisee_${config}`);
  }
}
