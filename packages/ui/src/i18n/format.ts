import { useMemo } from 'react';
import { useLingui } from '@lingui/react';
import { localeDefinition } from '@polisee/domain';

/**
 * Numbers, percentages, currency, dates and names in the active locale through `Intl`. Never
 * construct an `Intl` formatter with a hard-coded locale: take this from `useFormat()`.
 */
export interface Format {
  /** The tag handed to Intl (`sr-Latn` for Serbian). */
  intlLocale: string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A ratio as a percentage: 0.25 -> "25%" ("25 %" in some locales). */
  percent(value: number, options?: Intl.NumberFormatOptions): string;
  currency(value: number, currency?: string, options?: Intl.NumberFormatOptions): string;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  dateTime(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  list(items: string[], options?: Intl.ListFormatOptions): string;
  /** A country's name from its ISO 3166 code (Greece is GR). */
  country(code: string): string;
  /** A language's name from its code, in the active locale. */
  language(code: string): string;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

/** Formats for a locale code (`it`, `sr`): for code outside React (CSV, charts' scales). */
export function createFormat(locale: string): Format {
  const tag = localeDefinition(locale).intl;
  const numberFormat = (options: Intl.NumberFormatOptions = {}) =>
    cached(`n|${tag}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));
  const dateFormat = (options: Intl.DateTimeFormatOptions) =>
    cached(`d|${tag}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options));
  return {
    intlLocale: tag,
    number: (value, options) => numberFormat(options).format(value),
    percent: (value, options) => numberFormat({ style: 'percent', maximumFractionDigits: 0, ...options }).format(value),
    currency: (value, currency = 'EUR', options) =>
      numberFormat({ style: 'currency', currency, maximumFractionDigits: 0, ...options }).format(value),
    date: (value, options = { dateStyle: 'medium' }) => dateFormat(options).format(toDate(value)),
    dateTime: (value, options = { dateStyle: 'medium', timeStyle: 'short' }) => dateFormat(options).format(toDate(value)),
    list: (items, options = { type: 'conjunction' }) =>
      cached(`l|${tag}|${JSON.stringify(options)}`, () => new Intl.ListFormat(tag, options)).format(items),
    country: (code) => {
      const names = cached(`r|${tag}`, () => new Intl.DisplayNames(tag, { type: 'region', fallback: 'code' }));
      return names.of(code.toUpperCase() === 'EL' ? 'GR' : code.toUpperCase()) ?? code;
    },
    language: (code) => cached(`g|${tag}`, () => new Intl.DisplayNames(tag, { type: 'language', fallback: 'code' })).of(code) ?? code,
  };
}

/** The active locale's formats. */
export function useFormat(): Format {
  const { i18n } = useLingui();
  return useMemo(() => createFormat(i18n.locale), [i18n.locale]);
}
