import 'reflect-metadata';
import { randomBytes, createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../../src/config/env';
import { embeddedDatabase, migrate, openDataSource, type DatabaseTarget } from '../../src/db/data-source';
import { MIGRATIONS } from '../../src/db/migrations';
import { FORESIGHT_SEED_VERSION } from '../../src/db/seed/foresight.seed';
import { INDICATOR_SEED_VERSION } from '../../src/db/seed/indicators.seed';
import { LEARNING_CYCLE_SEED_VERSION } from '../../src/db/seed/learning-cycles.seed';
import { PRACTICE_SEED_VERSION } from '../../src/db/seed/practices.seed';
import { TRAINING_SEED_VERSION } from '../../src/db/seed/training.seed';
import { seedDatabase } from '../../src/db/seed/seed';

// Test databases without any HTTP: used by the e2e platform and by the service tests.

declare const __STORE__: 'pglite' | 'postgres';
export type Store = 'pglite' | 'postgres';
export const STORE: Store = typeof __STORE__ === 'string' ? __STORE__ : 'pglite';

export interface TestDatabase {
  dataSource: DataSource;
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/** A fresh database built by the migrations: its own schema on PostgreSQL, in memory on PGlite. */
export async function createTestDatabase(store: Store = STORE, opts: { template?: boolean } = {}): Promise<TestDatabase> {
  let target: DatabaseTarget;
  if (store === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    target = { url, schema: `e2e_${randomBytes(6).toString('hex')}`, poolSize: 10 };
  } else {
    target = { url: null, loadDataDir: opts.template === false ? undefined : await pgliteTemplate() };
  }
  const dataSource = await openDataSource(target);
  await migrate(dataSource);
  return {
    dataSource,
    target,
    async drop() {
      if (target.url && target.schema) await dataSource.query(`DROP SCHEMA "${target.schema}" CASCADE`);
      await dataSource.destroy();
    },
  };
}

/**
 * A migrated and seeded PGlite data directory, dumped once and loaded by every test file: a new
 * in-memory PGlite plus migrations and seed takes ~10 s, loading the dump ~1.5 s. Keyed by the
 * migrations and seed version, so a schema or seed change builds a new one.
 */
async function pgliteTemplate(): Promise<Blob> {
  const key = createHash('sha256').update(JSON.stringify([MIGRATIONS.map((m) => m.name), INDICATOR_SEED_VERSION, LEARNING_CYCLE_SEED_VERSION, PRACTICE_SEED_VERSION, TRAINING_SEED_VERSION, FORESIGHT_SEED_VERSION])).digest('hex').slice(0, 16);
  const file = path.join(os.tmpdir(), `polisee-pglite-template-${key}.tgz`);
  if (!fs.existsSync(file)) {
    const ds = await openDataSource({ url: null });
    await migrate(ds);
    await seedDatabase(ds, testConfig());
    const dump = await embeddedDatabase(ds)!.dumpDataDir('gzip');
    await ds.destroy();
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file); // atomic: a parallel worker sees the whole file or none
  }
  return new Blob([fs.readFileSync(file)]);
}

/** Rate limits are off unless a test turns them on (tests send thousands of requests from one address). */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', RATE_LIMIT_PER_ADDRESS: '0', RATE_LIMIT_PER_USER: '0', ...env });
}
