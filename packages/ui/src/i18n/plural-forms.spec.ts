// Slovenian has four plural forms (one/two/few/other: 1, 2, 3-4, 5+, and again by the last two
// digits: 101, 102, 103, 105). Every plural message translated into Slovenian must choose the
// right one; this reads the catalogues as translators leave them.
import fs from 'node:fs';
import path from 'node:path';
import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const catalogues = [
  'packages/ui/src/locales/sl.po',
  ...['apps/portal/src/features', 'apps/admin/src/features'].flatMap((dir) =>
    fs.existsSync(path.join(root, dir)) ? fs.readdirSync(path.join(root, dir)).map((f) => `${dir}/${f}/locales/sl.po`) : [],
  ),
].filter((file) => fs.existsSync(path.join(root, file)));

function unquote(s: string): string {
  return s.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
}

/** The translated plural messages of Slovenian catalogues: [source, translation]. */
function pluralMessages(): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const file of catalogues) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(/^msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)+)"/gm)) {
      const source = unquote(m[1]!);
      const translation = unquote(m[2]!);
      if (/, plural,/.test(translation)) out.push([file, source, translation]);
    }
  }
  return out;
}

const messages = pluralMessages();
const forms = { one: [1, 101], two: [2, 102], few: [3, 4, 103], other: [5, 11, 100] } as const;

it('Slovenian catalogues carry plural translations to check', () => {
  expect(messages.length).toBeGreaterThanOrEqual(5);
});

describe.each(messages)('%s: %s', (_file, source, translation) => {
  const i18n = setupI18n();
  i18n.setMessagesCompiler(compileMessage);
  i18n.load('sl', { m: translation });
  i18n.activate('sl');
  const variable = /\{(\w+), plural,/.exec(translation)![1]!;
  const render = (n: number) => i18n._('m', { [variable]: n, name: 'X', region: 'R', country: 'C' });

  it('has the four Slovenian categories', () => {
    for (const category of ['one', 'two', 'few', 'other']) expect(translation).toContain(` ${category} {`);
  });

  it.each(Object.entries(forms))('picks the %s form for %j', (_category, counts) => {
    // Same category, same wording (only the number differs) ...
    const shapes = counts.map((n) => render(n).replace(String(n), '#'));
    expect(new Set(shapes).size).toBe(1);
  });

  it('words the forms differently (one and few may coincide, as in "1/3 zaposleni")', () => {
    const shapes = Object.values(forms).map((counts) => render(counts[0]!).replace(String(counts[0]), '#'));
    expect(new Set(shapes).size).toBeGreaterThanOrEqual(3);
    expect(source).toMatch(/plural/);
  });
});

it('renders the forms a Slovenian reader expects', () => {
  const i18n = setupI18n();
  i18n.setMessagesCompiler(compileMessage);
  const stars = messages.find(([, source]) => source.startsWith('{stars, plural'))![2];
  i18n.load('sl', { stars });
  i18n.activate('sl');
  expect([1, 2, 3, 5, 101].map((n) => i18n._('stars', { stars: n }))).toEqual(['1 zvezdica', '2 zvezdici', '3 zvezdice', '5 zvezdic', '101 zvezdica']);
});
