import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../../src/config/env';
import { migrate, openDataSource, type DatabaseTarget } from '../../src/db/data-source';
import { seedDatabase } from '../../src/db/seed/seed';
import { createPlatform, type Platform } from '../../src/http/server';
import { createLogger } from '../../src/logging/logger';

declare const __STORE__: 'pglite' | 'postgres';
export type Store = 'pglite' | 'postgres';
export const STORE: Store = typeof __STORE__ === 'string' ? __STORE__ : 'pglite';

export interface TestDatabase {
  dataSource: DataSource;
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/** A fresh database built by the migrations: its own schema on PostgreSQL, in memory on PGlite. */
export async function createTestDatabase(store: Store = STORE): Promise<TestDatabase> {
  let target: DatabaseTarget;
  if (store === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    target = { url, schema: `e2e_${randomBytes(6).toString('hex')}`, poolSize: 10 };
  } else {
    target = { url: null };
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

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', ...env });
}

export interface TestPlatform {
  url: string;
  config: Config;
  db: TestDatabase;
  platform: Platform;
  /** Starts another API instance on the same database (statelessness checks). */
  startInstance(): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

export async function startTestPlatform(opts: { env?: Record<string, string>; seed?: boolean } = {}): Promise<TestPlatform> {
  const config = testConfig(opts.env);
  const db = await createTestDatabase();
  if (opts.seed !== false) await seedDatabase(db.dataSource, config);
  const listen = async () => {
    const platform = await createPlatform({ config, dataSource: db.dataSource, logger: createLogger('silent') });
    await new Promise<void>((resolve) => platform.server.listen(0, '127.0.0.1', resolve));
    const { port } = platform.server.address() as AddressInfo;
    return { platform, url: `http://127.0.0.1:${port}` };
  };
  const main = await listen();
  const extra: Platform[] = [];
  return {
    url: main.url,
    config,
    db,
    platform: main.platform,
    async startInstance() {
      const other = await listen();
      extra.push(other.platform);
      return { url: other.url, close: () => other.platform.drain() };
    },
    async close() {
      for (const p of extra) await p.drain().catch(() => undefined);
      await main.platform.drain();
      await db.drop();
    },
  };
}
