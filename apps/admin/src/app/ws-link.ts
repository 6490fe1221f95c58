import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

/** The graphql-ws link on the same origin and path; its socket opens at the first subscription. */
export function createWsLink(): GraphQLWsLink {
  return new GraphQLWsLink(
    createClient({ url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`, lazy: true, retryAttempts: Infinity }),
  );
}
