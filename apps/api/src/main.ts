import 'reflect-metadata';
import { ConfigError, DEMO_ADMIN_PASSWORD, loadConfig } from './config/env';
import { migrate, openDataSource, targetFromConfig, withStartupLock } from './db/data-source';
import { seedDatabase } from './db/seed/seed';
import { createPlatform } from './http/server';
import { createLogger } from './logging/logger';
import { exitOnFatalErrors } from './process/fatal';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const dataSource = await openDataSource(targetFromConfig(config));
  const { ran, seeded } = await withStartupLock(dataSource, async () => ({
    ran: await migrate(dataSource),
    seeded: await seedDatabase(dataSource, config),
  }));
  logger.info('database ready', { store: config.databaseUrl ? 'postgresql' : `pglite:${config.dataDir}`, migrationsRun: ran, ...seeded });

  const platform = await createPlatform({ config, dataSource, logger });
  await new Promise<void>((resolve) => platform.server.listen(config.port, config.host, resolve));
  const address = platform.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://localhost:${port}`;
  logger.info('listening', { port });
  if (config.logLevel !== 'silent') {
    const demo = config.adminPassword === DEMO_ADMIN_PASSWORD;
    process.stdout.write(
      [
        '',
        '  PoliSEE is running',
        `    Public portal   ${base}/`,
        `    Admin console   ${base}/admin`,
        `    GraphQL         ${base}/graphql`,
        `    Sign in as      ${config.adminEmail}${demo ? ` / ${DEMO_ADMIN_PASSWORD}  (demo credentials)` : ''}`,
        '',
      ].join('\n') + '\n',
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, 15000);
    force.unref();
    try {
      await platform.drain();
      await dataSource.destroy();
      process.exit(0);
    } catch (err) {
      logger.error('shutdown failed', { err });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  exitOnFatalErrors(logger);
}

main().catch((err: Error) => {
  process.stderr.write(`PoliSEE failed to start: ${err.message}\n`);
  process.exit(1);
});
