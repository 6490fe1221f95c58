import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { I18nRoot, pageLocale } from '@polisee/ui';
import '@polisee/ui/styles.css';
import './app/portal.css';
import { createRouter } from './app/router';
import { loadMessages } from './app/i18n';

// The locale is the first path segment (`/it/...`; English unprefixed) and the router's
// basename, so routes and links inside the app never mention it.
const { locale, basename } = pageLocale('/');
const router = createRouter(basename);
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nRoot locale={locale} loadMessages={loadMessages}>
      <RouterProvider router={router} />
    </I18nRoot>
  </StrictMode>,
);
