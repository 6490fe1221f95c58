// The Lingui configuration every workspace shares; each package's lingui.config.ts passes its
// catalogues. `POLISEE_I18N_STRICT=1` is the CI gate: only the complete locales, no fallback,
// so `lingui compile --strict` fails on any missing or broken message (output goes to a cache
// directory, never into src).
import { formatter } from '@lingui/format-po';
import domain from '@polisee/domain';

const strict = process.env.POLISEE_I18N_STRICT === '1';

/**
 * @param {Array<{ path: string, include: string[], exclude?: string[] }>} catalogs
 * @returns {import('@lingui/conf').LinguiConfig}
 */
export function polisLinguiConfig(catalogs) {
  return {
    sourceLocale: domain.SOURCE_LOCALE,
    locales: strict ? [...domain.COMPLETE_LOCALE_CODES] : [...domain.LOCALE_CODES],
    // Registered locales without a translation show the English message, message by message.
    fallbackLocales: strict ? false : { default: domain.SOURCE_LOCALE },
    catalogs: catalogs.map((c) => ({ exclude: ['**/gql/**', '**/*.spec.ts', '**/*.spec.tsx'], ...c })),
    // No line numbers: moving code must not change the catalogues (CI checks extraction leaves no diff).
    format: formatter({ lineNumbers: false }),
    orderBy: 'message',
    ...(strict ? { catalogsMergePath: '<rootDir>/node_modules/.cache/lingui-strict/{locale}' } : {}),
  };
}
