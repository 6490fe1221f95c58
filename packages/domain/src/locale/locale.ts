// The partnership's languages: which exist, how they appear in URLs, and how a visitor's
// Accept-Language picks one. Shared by the API (first-visit redirect, the locale of
// translated reference data) and both apps (routing, the language switcher).

export interface LocaleDefinition {
  /** BCP 47 tag of the catalogue (`de-AT`). */
  code: string;
  /** The URL path segment (`de-at`); English has none. */
  path: string;
  /** Its name in its own language, as the switcher shows it. */
  nativeName: string;
  /** The tag handed to `Intl` (Serbian is written in Latin script on the platform). */
  intl: string;
  /** Every message translated (CI enforces it); the others fall back to English message by message. */
  complete: boolean;
}

export const SOURCE_LOCALE = 'en';

export const LOCALES: readonly LocaleDefinition[] = [
  { code: 'en', path: '', nativeName: 'English', intl: 'en-GB', complete: true },
  { code: 'it', path: 'it', nativeName: 'Italiano', intl: 'it', complete: true },
  { code: 'ro', path: 'ro', nativeName: 'Română', intl: 'ro', complete: true },
  { code: 'el', path: 'el', nativeName: 'Ελληνικά', intl: 'el', complete: false },
  { code: 'sl', path: 'sl', nativeName: 'Slovenščina', intl: 'sl', complete: false },
  { code: 'hr', path: 'hr', nativeName: 'Hrvatski', intl: 'hr', complete: false },
  { code: 'sr', path: 'sr', nativeName: 'Srpski', intl: 'sr-Latn', complete: false },
  { code: 'hu', path: 'hu', nativeName: 'Magyar', intl: 'hu', complete: false },
  { code: 'bg', path: 'bg', nativeName: 'Български', intl: 'bg', complete: false },
  { code: 'sq', path: 'sq', nativeName: 'Shqip', intl: 'sq', complete: false },
  { code: 'sk', path: 'sk', nativeName: 'Slovenčina', intl: 'sk', complete: false },
  { code: 'de-AT', path: 'de-at', nativeName: 'Deutsch (Österreich)', intl: 'de-AT', complete: false },
];

export const LOCALE_CODES: readonly string[] = LOCALES.map((l) => l.code);
export const COMPLETE_LOCALE_CODES: readonly string[] = LOCALES.filter((l) => l.complete).map((l) => l.code);

const byCode = new Map(LOCALES.map((l) => [l.code.toLowerCase(), l]));
const byPath = new Map(LOCALES.filter((l) => l.path).map((l) => [l.path, l]));

export function localeDefinition(code: string): LocaleDefinition {
  return byCode.get(code.toLowerCase()) ?? byCode.get(SOURCE_LOCALE)!;
}

/**
 * The supported locale a language tag means, or null: exact tag first (`de-AT`), then its
 * language (`it-CH` -> `it`, `sr-Cyrl-RS` -> `sr`), then a regional variant of the same
 * language (`de` -> `de-AT`). `cnr` (Montenegrin) reads Serbian, as ICU resolves it.
 */
export function matchLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!lower || lower === '*') return null;
  const exact = byCode.get(lower);
  if (exact) return exact.code;
  const language = lower.split('-')[0]!;
  const alias = language === 'cnr' || language === 'sh' ? 'sr' : language;
  const base = byCode.get(alias);
  if (base) return base.code;
  const variant = LOCALES.find((l) => l.code.toLowerCase().split('-')[0] === alias);
  return variant ? variant.code : null;
}

/**
 * The best supported locale for an `Accept-Language` header (RFC 9110 q-values; ties keep
 * header order), or null when none is supported.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): string | null {
  if (!acceptLanguage) return null;
  const ranges = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of ranges) {
    const match = matchLocale(range.tag);
    if (match) return match;
  }
  return null;
}

/**
 * Splits an app path into its locale and the rest: `/it/benchmarking/ITI3` ->
 * { locale: 'it', rest: '/benchmarking/ITI3' }; unprefixed paths are English.
 * `base` is where the app is served (`/` or `/admin`).
 */
export function splitLocalePath(pathname: string, base = '/'): { locale: string; prefixed: boolean; rest: string } {
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  const inApp = root && pathname.startsWith(root) ? pathname.slice(root.length) : pathname;
  const segment = inApp.split('/')[1] ?? '';
  const definition = byPath.get(segment.toLowerCase());
  if (!definition) return { locale: SOURCE_LOCALE, prefixed: false, rest: inApp || '/' };
  const rest = inApp.slice(segment.length + 1);
  return { locale: definition.code, prefixed: true, rest: rest || '/' };
}

/** The path of `rest` (an app path such as `/benchmarking/ITI3`) in `locale`, under `base`. */
export function localePath(locale: string, rest: string, base = '/'): string {
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  const segment = localeDefinition(locale).path;
  const tail = rest === '/' ? (segment ? '' : '/') : rest;
  return `${root}${segment ? `/${segment}` : ''}${tail}` || '/';
}
