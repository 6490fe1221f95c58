import fs from 'node:fs';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { TrustedDocumentsMode } from '../config/env';
import type { Context } from './context';

/**
 * Trusted documents: the operations of both apps, as GraphQL Code Generator's client preset
 * writes them (`persistedDocuments`, sha256 of the printed document -> document) into
 * `@polisee/graphql/persisted-documents.json`. The apps send only the hash.
 *
 * - `off`: persisted ids are not supported; the apps' link falls back to sending the text.
 * - `allow` (default): ids from the manifest are accepted, and so is any other document
 *   within the public limits (the developer endpoint).
 * - `only`: nothing but the manifest's documents runs (sent by id or as the same text).
 *
 * Apollo's automatic persisted queries would let any client register any document; the cache
 * here is read-only, so an id is either the apps' or unknown.
 */
export type Manifest = ReadonlyMap<string, string>;

/** Keys as Apollo computes them: hex sha256 (codegen writes `sha256:<hex>`, Apollo's cache adds `apq:`). */
const bareHash = (k: string): string => k.replace(/^apq:/, '').replace(/^sha256:/, '');

export function loadManifest(file: string = require.resolve('@polisee/graphql/persisted-documents.json')): Manifest {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(raw).map(([hash, text]) => [bareHash(hash), text]));
}

/** Apollo Server options for a mode: the read-only manifest cache as its persisted-query store. */
export function trustedDocumentsOptions(mode: TrustedDocumentsMode, manifest: Manifest): Pick<ApolloServerOptions<Context>, 'persistedQueries'> {
  if (mode === 'off') return { persistedQueries: false };
  return {
    persistedQueries: {
      cache: {
        get: async (k: string) => manifest.get(bareHash(k)),
        set: async () => undefined, // never registers what a client sends
        delete: async () => true,
      },
    },
  };
}

export class PersistedQueryNotAllowedError extends GraphQLError {
  constructor() {
    super('This endpoint only runs the operations of the PoliSEE apps (trusted documents).', {
      extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', reason: 'NOT_A_TRUSTED_DOCUMENT', http: { status: 400 } },
    });
  }
}

/** In `only` mode, refuses any document whose hash is not in the manifest. */
export function trustedDocumentsPlugin(mode: TrustedDocumentsMode, manifest: Manifest): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (mode !== 'only') return {};
      return {
        async didResolveOperation({ queryHash }) {
          if (!manifest.has(bareHash(queryHash))) throw new PersistedQueryNotAllowedError();
        },
      };
    },
  };
}
