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

// Public, anonymous reads; the preflight header keeps the API's CSRF prevention satisfied.
// Accept-Language carries the page's locale: translated reference data (indicator names,
// units, development areas) comes back in it, with English where a translation is missing.
// Subscriptions (live foresight statistics) go over graphql-ws on the same /graphql path; the
// socket opens only when a page subscribes (lazy) and reconnects by itself.
export function createApolloClient(locale: string): ApolloClient {
  const http = new PersistedQueryLink({ generateHash: (doc) => persistedHash(doc) ?? 'unknown-document' }).concat(
    new HttpLink({ uri: '/graphql', headers: { 'apollo-require-preflight': 'true', 'accept-language': locale } }),
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
    // A quiz option's id is unique within its question only ("a", "b", ...): not normalised.
    cache: new InMemoryCache({ typePolicies: { QuizOption: { keyFields: false } } }),
  });
}
