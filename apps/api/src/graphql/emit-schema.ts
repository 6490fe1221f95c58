/* Writes the sorted SDL to packages/graphql/schema.graphql; with --check, fails when the
 * committed file differs (a stale schema). */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildApiSchema } from '../composition-root';
import { printSortedSchema } from './schema';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', '..', 'packages', 'graphql', 'schema.graphql');

async function main(): Promise<number> {
  const sdl = printSortedSchema(await buildApiSchema());
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (current !== sdl) {
      process.stderr.write(`${SCHEMA_FILE} is stale: run \`pnpm --filter @polisee/api schema:emit\` and commit it\n`);
      return 1;
    }
    return 0;
  }
  fs.writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  return 0;
}

main().then((c) => process.exit(c), (e: Error) => { process.stderr.write(`${e.stack}\n`); process.exit(1); });
