import { useEffect, useState, type ReactNode } from 'react';
import { i18n, type Messages } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { localeDefinition } from '@polisee/domain';

/** Loads the messages of one locale (an app passes its catalogues, see `loadCatalogues`). */
export type MessagesLoader = (locale: string) => Promise<Messages>;

type CatalogueModule = { messages: Messages };

/**
 * Merges the catalogues of one locale out of an `import.meta.glob` of `.po` files (one per
 * feature); the build puts each locale's catalogues in one lazily loaded chunk.
 */
export function loadCatalogues(glob: Record<string, () => Promise<unknown>>): MessagesLoader {
  return async (locale) => {
    const wanted = Object.entries(glob).filter(([file]) => file.endsWith(`/${locale}.po`));
    const modules = (await Promise.all(wanted.map(([, load]) => load()))) as CatalogueModule[];
    return Object.assign({}, ...modules.map((m) => m.messages)) as Messages;
  };
}

function loadUiMessages(locale: string): Promise<CatalogueModule> {
  return import(`../locales/${locale}.po`) as Promise<CatalogueModule>;
}

/** Remembered so that the server redirects a later unprefixed visit only before any choice. */
export const LOCALE_COOKIE = 'polisee-locale';

/** Loads and activates `locale` (with @polisee/ui's shared messages), then renders the app. */
export async function activateLocale(locale: string, loadMessages: MessagesLoader): Promise<void> {
  const [ui, app] = await Promise.all([loadUiMessages(locale), loadMessages(locale)]);
  i18n.loadAndActivate({ locale, locales: [localeDefinition(locale).intl], messages: { ...ui.messages, ...app } });
}

/**
 * The one provider of translations and formats. The locale comes from the URL path and is fixed
 * for the page's life: switching language is a navigation to the other locale's URL.
 */
export function I18nRoot({ locale, loadMessages, children }: { locale: string; loadMessages: MessagesLoader; children: ReactNode }) {
  const [ready, setReady] = useState(i18n.locale === locale);

  useEffect(() => {
    let cancelled = false;
    void activateLocale(locale, loadMessages).then(() => {
      if (cancelled) return;
      document.documentElement.lang = locale;
      document.cookie = `${LOCALE_COOKIE}=${encodeURIComponent(locale)}; path=/; max-age=31536000; samesite=lax`;
      setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [locale, loadMessages]);

  if (!ready) return null;
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}
