import 'reflect-metadata';
import fs from 'node:fs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Config } from '../config/env';
import { installAuditHook } from '../modules/audit/audit-context';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { openPGlite, pgliteDriverModule, type PGlite } from './pglite-pool';

export interface DatabaseTarget {
  /** PostgreSQL URL, or null for embedded PGlite. */
  url: string | null;
  /** Schema to work in (PostgreSQL only); created when missing. Tests give each file its own. */
  schema?: string | null;
  /** PGlite data directory; undefined means in memory. */
  dataDir?: string;
  /** PGlite only: start from this dumped data directory (test templates). */
  loadDataDir?: Blob;
  poolSize?: number;
  logging?: boolean;
}

export function targetFromConfig(config: Config): DatabaseTarget {
  return {
    url: config.databaseUrl,
    schema: config.databaseSchema,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    poolSize: config.dbPoolSize,
  };
}

const common = {
  type: 'postgres' as const,
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsRun: false,
  synchronize: false,
  migrationsTransactionMode: 'all' as const,
  // gen_random_uuid() is core PostgreSQL since 13 and exists in PGlite; uuid-ossp does not.
  uuidExtension: 'pgcrypto' as const,
  installExtensions: false,
};

/**
 * Opens the store: PostgreSQL through `pg` when a URL is given, embedded PGlite otherwise. The
 * schema is never synchronised: call `migrate()` (start-up does).
 */
const embedded = new WeakMap<DataSource, PGlite>();

/** The PGlite instance behind a data source, when it is embedded (tests dump it as a template). */
export const embeddedDatabase = (ds: DataSource): PGlite | undefined => embedded.get(ds);

export async function openDataSource(target: DatabaseTarget): Promise<DataSource> {
  let options: DataSourceOptions;
  let pglite: PGlite | undefined;
  if (target.url) {
    if (target.schema) {
      // Create the schema before TypeORM connects with it as its search path.
      const { Client } = await import('pg');
      const client = new Client({ connectionString: target.url });
      await client.connect();
      try {
        try {
          await client.query(`CREATE SCHEMA IF NOT EXISTS "${target.schema}"`);
        } catch (err) {
          // Instances starting together race on IF NOT EXISTS; the loser sees the schema exist.
          const code = (err as { code?: string }).code;
          if (code !== '23505' && code !== '42P06') throw err;
        }
      } finally {
        await client.end();
      }
    }
    options = {
      ...common,
      url: target.url,
      schema: target.schema ?? undefined,
      poolSize: target.poolSize ?? 10,
      extra: target.schema ? { options: `-c search_path="${target.schema}"` } : {},
      logging: target.logging ?? false,
    };
  } else {
    if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
    pglite = await openPGlite(target.dataDir, target.loadDataDir);
    const { module } = pgliteDriverModule(pglite);
    options = { ...common, driver: module, logging: target.logging ?? false };
  }
  const dataSource = new DataSource(options);
  if (pglite) embedded.set(dataSource, pglite);
  await dataSource.initialize();
  installAuditHook(dataSource, pglite !== undefined);
  return dataSource;
}

export async function migrate(dataSource: DataSource): Promise<string[]> {
  const ran = await dataSource.runMigrations({ transaction: 'all' });
  return ran.map((m) => m.name);
}

/** SQL the entities would need beyond what the migrations built: empty when in step. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

/** Arbitrary key of the advisory lock that serialises start-up work across API instances. */
const STARTUP_LOCK_KEY = 7_240_315;

/**
 * Runs migrations and seeding under a PostgreSQL advisory lock, so instances started together
 * take turns instead of racing on the same DDL and inserts. PGlite has one process and one
 * session: no lock (holding a connection there would block the work itself).
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (embeddedDatabase(dataSource)) return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
