import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createServices } from '../../src/composition-root';
import type { Config } from '../../src/config/env';
import type { Services } from '../../src/graphql/context';
import { createTestDatabase, testConfig } from './database';

/**
 * The service test harness: the services wired as in production, on a PGlite database built by
 * the migrations and seeded with the demo data (loaded from the shared template in ~1.5 s). No
 * HTTP and no Apollo: a service's rules are tested by calling it.
 */
export interface ServiceHarness {
  ds: DataSource;
  config: Config;
  services: Services;
  close(): Promise<void>;
}

export async function startServiceHarness(env: Record<string, string> = {}): Promise<ServiceHarness> {
  const db = await createTestDatabase('pglite');
  const config = testConfig(env);
  return { ds: db.dataSource, config, services: createServices(db.dataSource, config), close: () => db.drop() };
}

/** Runs `fn` and returns the error it throws (fails the test when it does not throw). */
export async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error, but the call succeeded');
}
