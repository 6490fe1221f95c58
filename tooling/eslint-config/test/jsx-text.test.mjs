// Proves the translatable-UI rules: a string written straight into JSX (as a child, in a
// conditional or a template) and an Intl formatter with a fixed locale fail lint; class names
// and punctuation-only templates pass. Run by `pnpm --filter @polisee/eslint-config test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures');
const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: path.join(here, 'react.config.mjs') });

test('strings in JSX and fixed-locale formatters fail lint; class names do not', async () => {
  const [result] = await eslint.lintFiles([path.join(fixtures, 'src', 'jsx-literal-text.tsx')]);
  const lines = result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line);
  // line 3: new Intl.NumberFormat('en'); 6: 'Hello world'; 7: 'Saved' and 'Unsaved'; 8: `... rows`
  assert.deepEqual(lines, [3, 6, 7, 7, 8]);
});
