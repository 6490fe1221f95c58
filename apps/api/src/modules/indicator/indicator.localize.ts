import { matchLocale, SOURCE_LOCALE } from '@polisee/domain';
import type { IndicatorTranslations } from './indicator.entity';

/**
 * An indicator's text in `locale` (any BCP 47 tag: `it-IT` reads `it`), falling back to the
 * English columns when that locale has no translation of the field.
 */
export function localizedText(
  indicator: { name: string; unit: string; description: string; translations?: IndicatorTranslations },
  field: 'name' | 'unit' | 'description',
  locale: string,
): string {
  const code = matchLocale(locale) ?? SOURCE_LOCALE;
  if (code === SOURCE_LOCALE) return indicator[field];
  return indicator.translations?.[code]?.[field] || indicator[field];
}
