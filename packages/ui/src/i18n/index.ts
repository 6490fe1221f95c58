export { I18nRoot, activateLocale, loadCatalogues, LOCALE_COOKIE, type MessagesLoader } from './i18n-root';
export { useFormat, createFormat, type Format } from './format';
export { commonMessages, pagerMessages, apiErrorMessages, fieldErrorMessages } from './messages';
export { LanguageSwitcher } from './language-switcher';
export { pageLocale } from './routing';
export { useDocumentTitle, productName } from './document-title';
