import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { pageLocale } from '@polisee/ui';
import { createApolloClient } from './apollo';

// One client for the page's lifetime (the locale changes with a full navigation only).
const client = createApolloClient(pageLocale('/').locale);

/**
 * The pages that query the API sit under this layout route, loaded on demand: Apollo Client
 * and graphql (about 45 KB gzip) stay out of the first load of pages that need no data.
 */
export function ApolloOutlet() {
  return (
    <ApolloProvider client={client}>
      <Outlet />
    </ApolloProvider>
  );
}
