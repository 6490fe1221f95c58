import { stripVTControlCharacters } from 'node:util';
// The CI gate (`pnpm i18n:check`: lingui compile --strict over the complete locales) must fail
// when a single Italian translation is missing. Proven on a copy of a real catalogue.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ui = path.resolve(__dirname, '..', '..');
const source = path.join(ui, 'src', 'locales');

function check(dir: string) {
  const result = spawnSync(process.execPath, [path.join(ui, 'node_modules', '@lingui', 'cli', 'dist', 'lingui-compile.js'), '--strict', '--config', path.join(dir, 'lingui.config.mjs')], {
    cwd: dir,
    env: { ...process.env, POLISEE_I18N_STRICT: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('i18n:check', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polisee-i18n-check-'));
    fs.mkdirSync(path.join(dir, 'locales'));
    fs.mkdirSync(path.join(dir, 'src'));
    for (const locale of ['en', 'it', 'ro']) fs.copyFileSync(path.join(source, `${locale}.po`), path.join(dir, 'locales', `${locale}.po`));
    fs.writeFileSync(
      path.join(dir, 'lingui.config.mjs'),
      `import { polisLinguiConfig } from ${JSON.stringify(path.join(ui, 'lingui', 'config.mjs'))};\n` +
        `export default polisLinguiConfig([{ path: '<rootDir>/locales/{locale}', include: ['<rootDir>/src'] }]);\n`,
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes on the complete catalogues', () => {
    const { status, output } = check(dir);
    expect({ status, output }).toMatchObject({ status: 0 });
  });

  it('fails when one Italian translation is removed', () => {
    const file = path.join(dir, 'locales', 'it.po');
    const text = fs.readFileSync(file, 'utf8');
    const emptied = text.replace(/^(msgid "Try again"\nmsgstr )"[^"]+"/m, '$1""');
    expect(emptied).not.toBe(text);
    fs.writeFileSync(file, emptied);
    const { status, output } = check(dir);
    expect(status).toBe(1);
    // Lingui colours its output when the terminal (or CI's FORCE_COLOR) allows it.
    expect(stripVTControlCharacters(output)).toMatch(/Failed to compile catalog for locale it/);
  });
});
