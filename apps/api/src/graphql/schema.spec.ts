import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildApiSchema } from '../composition-root';
import { printSortedSchema } from './schema';

describe('committed schema', () => {
  it('matches what the resolvers emit (run `pnpm --filter @polisee/api schema:emit` when it does not)', async () => {
    const file = path.resolve(__dirname, '..', '..', '..', '..', 'packages', 'graphql', 'schema.graphql');
    const sdl = printSortedSchema(await buildApiSchema());
    expect(fs.readFileSync(file, 'utf8')).toBe(sdl);
  });
});
