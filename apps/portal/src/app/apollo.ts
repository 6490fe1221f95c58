import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

// Public, anonymous reads; the preflight header keeps the API's CSRF prevention satisfied.
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', headers: { 'apollo-require-preflight': 'true' } }),
    cache: new InMemoryCache(),
  });
}
