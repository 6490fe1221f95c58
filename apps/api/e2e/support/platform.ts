import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Config } from '../../src/config/env';
import { createPlatform, type Platform } from '../../src/http/server';
import { seedDatabase } from '../../src/db/seed/seed';
import { createLogger } from '../../src/logging/logger';
import { createTestDatabase, STORE, testConfig, type TestDatabase } from './database';

export * from './database';

export interface TestPlatform {
  url: string;
  config: Config;
  db: TestDatabase;
  platform: Platform;
  /** Starts another API instance on the same database (statelessness checks). */
  startInstance(): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** `template: false` starts from an empty database (PGlite otherwise loads the seeded demo template). */
export async function startTestPlatform(opts: { env?: Record<string, string>; seed?: boolean; template?: boolean } = {}): Promise<TestPlatform> {
  const config = testConfig(opts.env);
  const db = await createTestDatabase(STORE, { template: opts.template });
  if (opts.seed !== false) await seedDatabase(db.dataSource, config);
  const listen = async () => {
    const platform = await createPlatform({ config, dataSource: db.dataSource, logger: createLogger('silent') });
    // PGlite runs in this process: a long query blocks the event loop past the default 5 s
    // keep-alive, and fetch then reuses a socket the server is closing (ECONNRESET).
    platform.server.keepAliveTimeout = 60_000;
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
