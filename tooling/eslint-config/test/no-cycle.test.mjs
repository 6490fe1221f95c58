// Proves the shared config's import-cycle rule is on: a two-file cycle fails lint, a one-way
// import passes. Run by `pnpm --filter @polisee/eslint-config test` (node:test).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures');
const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: path.join(here, '..', 'index.js') });

const counts = { passed: 0, failed: 0 };
const check = (name, fn) =>
  test(name, async () => {
    try {
      await fn();
      counts.passed++;
    } catch (err) {
      counts.failed++;
      throw err;
    }
  });

const cycleMessages = async (file) => {
  const [result] = await eslint.lintFiles([path.join(fixtures, file)]);
  return result.messages.filter((m) => m.ruleId === 'import-x/no-cycle');
};

check('an import cycle fails lint on both files', async () => {
  assert.equal((await cycleMessages('cycle-a.ts')).length, 1);
  assert.equal((await cycleMessages('cycle-b.ts')).length, 1);
  assert.equal((await cycleMessages('cycle-a.ts'))[0].severity, 2);
});

check('a one-way import passes', async () => {
  assert.deepEqual(await cycleMessages('one-way-c.ts'), []);
});

// `npm test` prints one closing line from the jest runs; add this run to it.
after(() => {
  const file = process.env.POLISEE_TEST_SUMMARY;
  if (file) fs.appendFileSync(file, JSON.stringify({ package: path.dirname(here), ...counts, skipped: 0 }) + '\n');
});
