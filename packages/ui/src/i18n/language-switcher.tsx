import { useLingui } from '@lingui/react';
import { msg } from '@lingui/core/macro';
import { useLocation } from 'react-router';
import { LOCALES, localeDefinition, localePath } from '@polisee/domain';

const label = msg({ message: 'Language', comment: 'Label of the language switcher' });

/**
 * Links to the current page (path, query and hash) in every language. Plain links: a language
 * is a different URL, so the switch is a page load of the same page in the other locale.
 * `base` is where the app is served (`/` or `/admin`).
 */
export function LanguageSwitcher({ base = '/', className = 'language-switcher' }: { base?: string; className?: string }) {
  const { i18n, _ } = useLingui();
  const location = useLocation();
  const current = localeDefinition(i18n.locale);
  return (
    <details className={className}>
      <summary aria-label={`${_(label)}: ${current.nativeName}`}>
        <svg className="language-switcher__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" />
          <ellipse cx="8" cy="8" rx="2.8" ry="6.5" fill="none" stroke="currentColor" />
          <path d="M1.5 8h13M2.6 4.5h10.8M2.6 11.5h10.8" fill="none" stroke="currentColor" />
        </svg>
        {current.nativeName}
      </summary>
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale.code}>
            <a
              href={`${localePath(locale.code, location.pathname, base)}${location.search}${location.hash}`}
              hrefLang={locale.code}
              lang={locale.code}
              aria-current={locale.code === current.code ? 'true' : undefined}
            >
              {locale.nativeName}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
