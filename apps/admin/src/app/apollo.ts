import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { persistedHash } from '@polisee/graphql';

// The session is an httpOnly cookie set by the login mutation, so requests carry same-origin
// credentials; the preflight header satisfies the API's CSRF prevention. Accept-Language
// carries the page's locale for translated reference data.
export function createApolloClient(locale: string): ApolloClient {
  return new ApolloClient({
    // Trusted documents: the API runs the apps' operations by their codegen id; when it does
    // not take ids (GRAPHQL_TRUSTED_DOCUMENTS=off) the link falls back to sending the text.
    link: new PersistedQueryLink({ generateHash: (doc) => persistedHash(doc) ?? 'unknown-document' }).concat(
      new HttpLink({
        uri: '/graphql',
        credentials: 'same-origin',
        headers: { 'apollo-require-preflight': 'true', 'accept-language': locale },
      }),
    ),
    cache: new InMemoryCache(),
  });
}
