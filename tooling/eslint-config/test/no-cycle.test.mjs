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

// The test task's declared output; `npm test` adds it to its closing line (see summary-reporter.js).
after(() => {
  fs.writeFileSync(path.join(here, '..', '.test-summary.json'), JSON.stringify({ ...counts, skipped: 0 }) + '\n');
});
