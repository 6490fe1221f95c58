import { localePath, matchLocale, negotiateLocale, splitLocalePath } from './locale';

describe('matchLocale', () => {
  it.each([
    ['it', 'it'],
    ['it-CH', 'it'],
    ['RO-ro', 'ro'],
    ['de-AT', 'de-AT'],
    ['de', 'de-AT'],
    ['de-DE', 'de-AT'],
    ['sr-Cyrl-RS', 'sr'],
    ['cnr', 'sr'],
    ['en-US', 'en'],
    ['fr', null],
    ['*', null],
    ['', null],
  ])('%s -> %s', (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });
});

describe('negotiateLocale', () => {
  it.each([
    ['it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7', 'it'],
    ['fr-FR,fr;q=0.9,ro;q=0.8,en;q=0.5', 'ro'],
    ['en;q=0.5,ro', 'ro'],
    ['fr, de;q=0', null],
    ['sl-SI', 'sl'],
    ['', null],
    [undefined, null],
  ])('%s -> %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('locale paths', () => {
  it.each([
    ['/it/benchmarking/ITI3', '/', 'it', '/benchmarking/ITI3'],
    ['/benchmarking/ITI3', '/', 'en', '/benchmarking/ITI3'],
    ['/it', '/', 'it', '/'],
    ['/de-at/partnership', '/', 'de-AT', '/partnership'],
    ['/italy', '/', 'en', '/italy'],
    ['/admin/ro/partners', '/admin', 'ro', '/partners'],
    ['/admin', '/admin', 'en', '/'],
  ])('%s under %s is %s %s', (path, base, locale, rest) => {
    expect(splitLocalePath(path, base)).toMatchObject({ locale, rest });
  });

  it.each([
    ['ro', '/benchmarking/ITI3', '/', '/ro/benchmarking/ITI3'],
    ['en', '/benchmarking/ITI3', '/', '/benchmarking/ITI3'],
    ['en', '/', '/', '/'],
    ['it', '/', '/', '/it'],
    ['de-AT', '/', '/admin', '/admin/de-at'],
    ['en', '/', '/admin', '/admin/'],
  ])('%s %s under %s -> %s', (locale, rest, base, expected) => {
    expect(localePath(locale, rest, base)).toBe(expected);
  });

  it('round-trips every locale', () => {
    for (const locale of ['en', 'it', 'ro', 'de-AT', 'sr']) {
      const path = localePath(locale, '/benchmarking/ITI3', '/admin');
      expect(splitLocalePath(path, '/admin')).toMatchObject({ locale, rest: '/benchmarking/ITI3' });
    }
  });
});
