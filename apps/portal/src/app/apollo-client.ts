import { pageLocale } from '@polisee/ui';
import { createApolloClient } from './apollo';

/** One client (and cache) for the page's lifetime (the locale changes with a full navigation only). */
export const apolloClient = createApolloClient(pageLocale('/').locale);
