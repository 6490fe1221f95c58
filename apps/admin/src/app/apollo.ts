import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

// The session is an httpOnly cookie set by the login mutation, so requests carry same-origin
// credentials; the preflight header satisfies the API's CSRF prevention. Accept-Language
// carries the page's locale for translated reference data.
export function createApolloClient(locale: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true', 'accept-language': locale },
    }),
    cache: new InMemoryCache(),
  });
}
