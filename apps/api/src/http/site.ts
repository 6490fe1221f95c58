import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import { LOCALES, localePath, negotiateLocale, SOURCE_LOCALE, splitLocalePath } from '@polisee/domain';
import type { Logger } from '../logging/logger';
import { parseCookies } from './cookies';

/** Set by the apps once a locale is active; its presence means the visitor has been here. */
export const LOCALE_COOKIE = 'polisee-locale';

/**
 * Serving the two built apps as a site rather than as "index.html for every path":
 * precompressed assets, real 404s for paths no route knows, a head (title, description,
 * canonical, Open Graph) per page for crawlers and link previews, robots.txt, sitemap.xml; the
 * head also announces (modulepreload) the locale's catalogue chunk and the chunks the page's
 * first paint needs, so the browser fetches them with the entry script.
 *
 * Each app's build writes `routes.json` (see the apps' `src/app/routes.ts`): its route patterns
 * with English head text. `{name}` placeholders are filled from the entity a parameter names
 * (`entity: "region"`), which also decides 404 for an unknown code.
 */

export interface RouteHead {
  /** react-router pattern relative to the app's base: `/benchmarking/:regionCode`. */
  path: string;
  title: string;
  description: string;
  /** The parameter is the code of this kind of entity; unknown codes are 404. */
  entity?: string;
  /** Listed in the sitemap (patterns with parameters are expanded by their entity). */
  sitemap?: boolean;
  /** Built chunks (relative to the app's base) the page needs before it can render. */
  preload?: string[];
}

export interface RouteManifest {
  locales: string[];
  routes: RouteHead[];
  /** Each locale's catalogue chunk (relative to the app's base), which every page waits for. */
  messages?: Record<string, string>;
}

/** Looks up the entity a route parameter names; the fields fill `{placeholders}`. */
export type EntityResolver = (kind: string, code: string) => Promise<Record<string, string> | null>;
/** Every code of an entity kind, for the sitemap. */
export type EntityLister = (kind: string) => Promise<string[]>;

export interface SiteOptions {
  base: string;
  dir: string;
  label: string;
  logger: Logger;
  resolveEntity?: EntityResolver;
}

interface CompiledRoute extends RouteHead {
  regex: RegExp;
  params: string[];
}

function compile(route: RouteHead): CompiledRoute {
  const params: string[] = [];
  const source = route.path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (segment.startsWith(':')) {
        params.push(segment.slice(1));
        return '/([^/]+)';
      }
      return '/' + segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { ...route, params, regex: new RegExp(`^${source || ''}/?$`, 'i') };
}

export function readManifest(dir: string): RouteManifest | null {
  const file = path.join(dir, 'routes.json');
  if (!fs.existsSync(path.join(dir, 'index.html')) || !fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as RouteManifest;
}

export interface Match {
  route: CompiledRoute | null;
  params: Record<string, string>;
}

/** Matches an app-relative path without its locale prefix against the routes. */
export function matchRoute(routes: CompiledRoute[], appPath: string): Match {
  for (const route of routes) {
    const m = route.regex.exec(appPath);
    if (m) {
      const params: Record<string, string> = {};
      route.params.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { route, params };
    }
  }
  return { route: null, params: {} };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** Rewrites the head of the built index.html for one page. */
export function renderHead(
  html: string,
  head: { title: string; description: string; canonical: string | null; lang: string; noindex: boolean; image?: string; preload?: string[] },
): string {
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="PoliSEE" />`,
    `<meta name="twitter:card" content="summary" />`,
    ...(head.image ? [`<meta property="og:image" content="${escapeHtml(head.image)}" />`] : []),
    ...(head.canonical
      ? [`<link rel="canonical" href="${escapeHtml(head.canonical)}" />`, `<meta property="og:url" content="${escapeHtml(head.canonical)}" />`]
      : []),
    ...(head.noindex ? ['<meta name="robots" content="noindex" />'] : []),
    // Fetched with the entry script rather than once it has run and asked for them.
    ...(head.preload ?? []).map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}" />`),
  ].join('\n    ');
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(head.lang)}"`)
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<meta name="description"[^>]*>/, '')
    .replace('</head>', `  ${tags}\n  </head>`);
}

const ENCODINGS: Array<{ token: string; ext: string }> = [
  { token: 'br', ext: '.br' },
  { token: 'gzip', ext: '.gz' },
];

/** Serves `file.br` / `file.gz` written at build time when the client accepts them. */
function precompressed(dir: string) {
  return (req: Request, res: Response, next: () => void) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const accept = String(req.headers['accept-encoding'] ?? '');
    let rel: string;
    try {
      rel = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = path.join(dir, rel);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return next();
    res.setHeader('vary', 'Accept-Encoding');
    for (const { token, ext } of ENCODINGS) {
      if (!new RegExp(`\\b${token}\\b(?!;q=0(\\.0*)?\\b)`).test(accept) || !fs.existsSync(file + ext)) continue;
      res.setHeader('content-encoding', token);
      res.setHeader('cache-control', cacheControl(file));
      res.type(path.extname(file));
      return res.sendFile(file + ext, { headers: { 'content-type': res.getHeader('content-type') as string } });
    }
    next();
  };
}

/** Hashed build output never changes under its name; everything else is revalidated. */
function cacheControl(file: string): string {
  return file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function publicOrigin(req: Request, configured: string | null): string {
  if (configured) return configured.replace(/\/$/, '');
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** Serves a built single-page app under `base` with per-page heads and real 404s. */
export function serveSite(app: express.Express, opts: SiteOptions & { publicUrl: string | null }): void {
  const { base, dir, label, logger } = opts;
  const indexFile = path.join(dir, 'index.html');
  const built = fs.existsSync(indexFile);
  if (!built) logger.warn(`${label} not built; serving a notice at ${base}`, { dir });
  const manifest = built ? readManifest(dir) : null;
  const routes = manifest ? manifest.routes.map(compile) : [];
  const html = built ? fs.readFileSync(indexFile, 'utf8') : '';

  app.use(base, precompressed(dir));
  app.use(
    base,
    express.static(dir, {
      index: false,
      redirect: false,
      setHeaders: (res, file) => res.setHeader('cache-control', cacheControl(file)),
    }),
  );
  app.get(base === '/' ? '/{*path}' : [base, `${base}/{*path}`], async (req, res, next) => {
    if (req.path.startsWith('/graphql') || (base === '/' && (req.path === '/admin' || req.path.startsWith('/admin/')))) return next();
    if (!built) {
      res.status(503).type('text/plain').send(`The ${label} has not been built. Run \`npm start\` from the repository root.`);
      return;
    }
    // The locale is in the path (`/it/...`, `/admin/ro/...`; English unprefixed). A first visit
    // (no locale cookie yet) to an unprefixed page goes to the Accept-Language's locale.
    const { locale: lang, prefixed, rest: appPath } = splitLocalePath(req.path, base);
    res.setHeader('vary', 'Accept-Language, Cookie');
    res.setHeader('cache-control', 'no-cache');
    if (!prefixed && !parseCookies(req.headers.cookie)[LOCALE_COOKIE]) {
      const preferred = negotiateLocale(req.header('accept-language'));
      if (preferred && preferred !== SOURCE_LOCALE) {
        const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
        res.redirect(302, `${localePath(preferred, appPath, base)}${query}`);
        return;
      }
    }
    res.type('html');
    if (!manifest) {
      res.send(html.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`));
      return;
    }
    // A file-like path (an asset that does not exist) is never a page.
    const match: Match = /\.[a-z0-9]{1,8}$/i.test(appPath) ? { route: null, params: {} } : matchRoute(routes, appPath);
    const origin = publicOrigin(req, opts.publicUrl);
    let values: Record<string, string> = {};
    let found = match.route !== null;
    if (match.route?.entity && opts.resolveEntity) {
      const code = Object.values(match.params)[0] ?? '';
      try {
        const entity = code.length <= 120 ? await opts.resolveEntity(match.route.entity, code) : null;
        if (entity) values = entity;
        else found = false;
      } catch (err) {
        next(err);
        return;
      }
    }
    if (!found || !match.route) {
      res.status(404).send(
        renderHead(html, {
          title: 'Page not found · PoliSEE',
          description: 'There is no page at this address.',
          canonical: null,
          lang,
          noindex: true,
        }),
      );
      return;
    }
    const asset = (file: string) => `${base === '/' ? '' : base}/${file}`;
    const preload = [manifest.messages?.[lang], ...(match.route.preload ?? [])].filter((file): file is string => !!file).map(asset);
    res.send(
      renderHead(html, {
        preload,
        title: fill(match.route.title, values),
        description: fill(match.route.description, values),
        canonical: `${origin}${base === '/' ? '' : base}${req.path.slice(base === '/' ? 0 : base.length) || '/'}`,
        lang,
        noindex: base !== '/',
        image: base === '/' ? `${origin}/icon-512.png` : undefined,
      }),
    );
  });
}

/** robots.txt and sitemap.xml for the public portal. */
export function serveCrawlerFiles(
  app: express.Express,
  opts: {
    publicUrl: string | null;
    manifest: RouteManifest | null;
    listEntities: EntityLister;
    /** More public URLs (app-relative paths), e.g. published content; modules add theirs. */
    extraPaths?: Array<() => Promise<string[]>>;
  },
): void {
  app.get('/robots.txt', (req, res) => {
    const origin = publicOrigin(req, opts.publicUrl);
    res
      .type('text/plain')
      .setHeader('cache-control', 'public, max-age=3600')
      .send(['User-agent: *', 'Disallow: /admin', 'Disallow: /graphql', 'Allow: /', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n'));
  });
  app.get('/sitemap.xml', async (req, res, next) => {
    try {
      const manifest = opts.manifest;
      const origin = publicOrigin(req, opts.publicUrl);
      const paths: string[] = [];
      for (const route of manifest?.routes ?? []) {
        if (route.sitemap === false) continue;
        if (!route.path.includes(':')) paths.push(route.path);
        else if (route.entity) {
          const codes = await opts.listEntities(route.entity);
          for (const code of codes) paths.push(route.path.replace(/:[^/]+/, encodeURIComponent(code)));
        }
      }
      for (const extra of opts.extraPaths ?? []) paths.push(...(await extra()));
      const locales = LOCALES.filter((l) => l.path).map((l) => l.path);
      const url = (p: string) => {
        const loc = `${origin}${p === '/' ? '/' : p}`;
        const alternates = [
          `<xhtml:link rel="alternate" hreflang="en" href="${escapeHtml(loc)}"/>`,
          ...locales.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeHtml(`${origin}/${l}${p === '/' ? '' : p}`)}"/>`),
        ].join('');
        return `<url><loc>${escapeHtml(loc)}</loc>${alternates}</url>`;
      };
      res
        .type('application/xml')
        .setHeader('cache-control', 'public, max-age=3600')
        .send(
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${paths.map(url).join('\n')}\n</urlset>\n`,
        );
    } catch (err) {
      next(err);
    }
  });
}
