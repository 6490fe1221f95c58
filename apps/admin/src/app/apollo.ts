import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, split } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getMainDefinition } from '@apollo/client/utilities';
import { Observable, type Subscription } from 'rxjs';
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
  const ws = typeof window === 'undefined' ? null : lazyWsLink();
  return new ApolloClient({
    // Trusted documents: the API runs the apps' operations by their codegen id; when it does
    // not take ids (GRAPHQL_TRUSTED_DOCUMENTS=off) the link falls back to sending the text.
    link: ws ? split(isSubscription, ws, http) : http,
    cache: new InMemoryCache(),
  });
}

/**
 * The WebSocket link, loaded with graphql-ws the first time a screen subscribes (the foresight
 * dashboards): about 7 KB gzip the console's first load does not carry.
 */
function lazyWsLink(): ApolloLink {
  let loading: Promise<ApolloLink> | null = null;
  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let subscription: Subscription | undefined;
        let closed = false;
        loading ??= import('./ws-link').then((module) => module.createWsLink());
        loading.then(
          (link) => {
            if (!closed) subscription = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      }),
  );
}
