/* Database commands: `migrate`, `seed`, `check` (fails when the entities need SQL the migrations
 * do not have), `generate <Name>` (writes a migration for that difference). They use the same
 * configuration as the server (DATABASE_URL, or the PGlite DATA_DIR). */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/env';
import { createLogger } from '../logging/logger';
import { migrate, openDataSource, pendingSchemaChanges, targetFromConfig } from './data-source';
import { seedDatabase } from './seed/seed';

async function main(): Promise<number> {
  const [command, arg] = process.argv.slice(2);
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'silent' ? 'info' : config.logLevel);
  const dataSource = await openDataSource(targetFromConfig(config));
  try {
    switch (command) {
      case 'migrate': {
        const ran = await migrate(dataSource);
        logger.info('migrations run', { ran });
        return 0;
      }
      case 'seed': {
        await migrate(dataSource);
        const summary = await seedDatabase(dataSource, config, { force: arg === '--force' });
        logger.info('seed', { ...summary });
        return 0;
      }
      case 'check': {
        await migrate(dataSource);
        const pending = await pendingSchemaChanges(dataSource);
        if (pending.length > 0) {
          process.stderr.write(`The entities need SQL that no migration has:\n${pending.join(';\n')};\n`);
          return 1;
        }
        logger.info('migrations match the entities');
        return 0;
      }
      case 'generate': {
        if (!arg || !/^[A-Z][A-Za-z0-9]+$/.test(arg)) throw new Error('usage: generate <PascalCaseName>');
        await migrate(dataSource);
        const log = await dataSource.driver.createSchemaBuilder().log();
        if (log.upQueries.length === 0) {
          logger.info('no changes');
          return 0;
        }
        const ts = Date.now();
        const schema = config.databaseSchema;
        const unqualify = (sql: string) => (schema ? sql.split(`"${schema}".`).join('') : sql);
        const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
        const up = log.upQueries.map((x) => `    await queryRunner.query(${q(unqualify(x.query))});`).join('\n');
        const down = [...log.downQueries].reverse().map((x) => `    await queryRunner.query(${q(unqualify(x.query))});`).join('\n');
        const file = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${arg}${ts} implements MigrationInterface {
  name = '${arg}${ts}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
        const out = path.resolve(__dirname, '..', '..', 'src', 'db', 'migrations', `${ts}-${arg}.ts`);
        fs.writeFileSync(out, file);
        logger.info('migration written', { file: out });
        return 0;
      }
      default:
        process.stderr.write('usage: cli (migrate | seed [--force] | check | generate <Name>)\n');
        return 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  },
);
