import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { apolloClient } from './apollo-client';

/**
 * The pages that query the API sit under this layout route, loaded on demand: Apollo Client
 * and graphql (about 45 KB gzip) stay out of the first load of pages that need no data.
 */
export function ApolloOutlet() {
  return (
    <ApolloProvider client={apolloClient}>
      <Outlet />
    </ApolloProvider>
  );
}
