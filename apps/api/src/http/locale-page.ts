import fs from 'node:fs';
import type { Request } from 'express';
import { localePath, negotiateLocale, splitLocalePath, SOURCE_LOCALE } from '@polisee/domain';
import { parseCookies } from './cookies';

/** Set by the apps once a locale is active; its presence means the visitor has been here. */
export const LOCALE_COOKIE = 'polisee-locale';

const cache = new Map<string, { mtimeMs: number; html: string }>();

function readIndex(file: string): string {
  const { mtimeMs } = fs.statSync(file);
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.html;
  const html = fs.readFileSync(file, 'utf8');
  cache.set(file, { mtimeMs, html });
  return html;
}

/**
 * A single-page app's index.html for the locale in the path (`/it/...`; English unprefixed),
 * with `<html lang>` set so the first paint and non-JS readers have it, or a redirect: the first
 * visit (no locale cookie yet) to an unprefixed page goes to the Accept-Language's locale.
 */
export function localePage(req: Request, base: string, indexFile: string): { redirect?: string; html?: string } {
  const { locale, prefixed, rest } = splitLocalePath(req.path, base);
  if (!prefixed && req.method === 'GET' && !parseCookies(req.headers.cookie)[LOCALE_COOKIE]) {
    const preferred = negotiateLocale(req.header('accept-language'));
    if (preferred && preferred !== SOURCE_LOCALE) {
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      return { redirect: `${localePath(preferred, rest, base)}${query}` };
    }
  }
  return { html: readIndex(indexFile).replace(/<html lang="[^"]*"/, `<html lang="${locale}"`) };
}
