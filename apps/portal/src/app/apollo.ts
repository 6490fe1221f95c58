import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { persistedHash } from '@polisee/graphql';

// Public, anonymous reads; the preflight header keeps the API's CSRF prevention satisfied.
// Accept-Language carries the page's locale: translated reference data (indicator names,
// units, development areas) comes back in it, with English where a translation is missing.
export function createApolloClient(locale: string): ApolloClient {
  return new ApolloClient({
    // Trusted documents: the API runs the apps' operations by their codegen id; when it does
    // not take ids (GRAPHQL_TRUSTED_DOCUMENTS=off) the link falls back to sending the text.
    link: new PersistedQueryLink({ generateHash: (doc) => persistedHash(doc) ?? 'unknown-document' }).concat(
      new HttpLink({ uri: '/graphql', headers: { 'apollo-require-preflight': 'true', 'accept-language': locale } }),
    ),
    // A quiz option's id is unique within its question only ("a", "b", ...): not normalised.
    cache: new InMemoryCache({ typePolicies: { QuizOption: { keyFields: false } } }),
  });
}
