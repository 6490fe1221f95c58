import type { Plugin } from 'vite';

export interface SiteRoute {
  path: string;
  title: string;
  description: string;
  entity?: string;
  sitemap?: boolean;
}

/** Writes `routes.json` (route patterns with their English head) for the API's site server. */
export function routeManifest(manifest: { locales: readonly string[]; routes: readonly SiteRoute[] }): Plugin;
/** Writes a `.br` and a `.gz` beside every compressible file of the build. */
export function precompress(options?: { minBytes?: number }): Plugin;
