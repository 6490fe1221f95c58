import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { persistedHash } from '@polisee/graphql';

// Public, anonymous reads; the preflight header keeps the API's CSRF prevention satisfied.
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Trusted documents: the API runs the apps' operations by their codegen id; when it does
    // not take ids (GRAPHQL_TRUSTED_DOCUMENTS=off) the link falls back to sending the text.
    link: new PersistedQueryLink({ generateHash: (doc) => persistedHash(doc) ?? 'unknown-document' }).concat(
      new HttpLink({ uri: '/graphql', headers: { 'apollo-require-preflight': 'true' } }),
    ),
    cache: new InMemoryCache(),
  });
}
