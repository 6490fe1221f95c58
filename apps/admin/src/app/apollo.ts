import { ApolloClient, HttpLink, InMemoryCache, split } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { persistedHash } from '@polisee/graphql';

const isSubscription = ({ query }: { query: Parameters<typeof getMainDefinition>[0] }) => {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};

// The session is an httpOnly cookie set by the login mutation, so requests carry same-origin
// credentials; the preflight header satisfies the API's CSRF prevention. The console edits the
// English originals of reference data (indicator names, units), so it asks for English whatever
// the interface language; a translation editor would pass `locale` per field. Subscriptions
// (live foresight dashboards) go over graphql-ws on the same path, opened only when needed.
export function createApolloClient(_locale: string): ApolloClient {
  const http = new PersistedQueryLink({ generateHash: (doc) => persistedHash(doc) ?? 'unknown-document' }).concat(
    new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true', 'accept-language': 'en' },
    }),
  );
  const ws =
    typeof window === 'undefined'
      ? null
      : new GraphQLWsLink(
          createClient({ url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`, lazy: true, retryAttempts: Infinity }),
        );
  return new ApolloClient({
    // Trusted documents: the API runs the apps' operations by their codegen id; when it does
    // not take ids (GRAPHQL_TRUSTED_DOCUMENTS=off) the link falls back to sending the text.
    link: ws ? split(isSubscription, ws, http) : http,
    cache: new InMemoryCache(),
  });
}
