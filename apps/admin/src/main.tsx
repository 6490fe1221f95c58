import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import { I18nRoot, pageLocale } from '@polisee/ui';
import '@polisee/ui/styles.css';
import './app/admin.css';
import { createApolloClient } from './app/apollo';
import { createRouter } from './app/router';
import { loadMessages } from './app/i18n';

// `/admin/ro/partners` is Romanian, `/admin/partners` English: the locale prefix is part of the
// router's basename, so routes and links inside the console never mention it.
const { locale, basename } = pageLocale('/admin');
const client = createApolloClient(locale);
const router = createRouter(basename);
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nRoot locale={locale} loadMessages={loadMessages}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nRoot>
  </StrictMode>,
);
