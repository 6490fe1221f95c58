import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

// Public, anonymous reads; the preflight header keeps the API's CSRF prevention satisfied.
// Accept-Language carries the page's locale: translated reference data (indicator names,
// units, development areas) comes back in it, with English where a translation is missing.
export function createApolloClient(locale: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', headers: { 'apollo-require-preflight': 'true', 'accept-language': locale } }),
    cache: new InMemoryCache(),
  });
}
