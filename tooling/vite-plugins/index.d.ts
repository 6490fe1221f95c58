import type { Plugin } from 'vite';

export interface SiteRoute {
  path: string;
  title: string;
  description: string;
  entity?: string;
  sitemap?: boolean;
  /** Source modules (from the app's root) of the route's lazy chunks, announced with the page. */
  preload?: readonly string[];
}

/** Writes `routes.json` (route patterns with their English head, chunks to preload) for the API's site server. */
export function routeManifest(manifest: { locales: readonly string[]; routes: readonly SiteRoute[] }): Plugin;
/** Writes a `.br` and a `.gz` beside every compressible file of the build. */
export function precompress(options?: { minBytes?: number }): Plugin;

/** Replaces @polisee/graphql's `graphql(`...`)` calls by the generated documents (tree-shakable). */
export function graphqlDocuments(): Plugin;
