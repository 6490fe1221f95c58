import type { DataSource } from 'typeorm';
import type { Services } from '../graphql/services';

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/**
 * `/sitemap.xml`: the portal's public pages that are worth indexing: the landing pages, each
 * region's benchmark page and every published practice (only published ones, as everywhere).
 */
export async function renderSitemap(ds: DataSource, services: Services, baseUrl: string): Promise<string> {
  const base = baseUrl.replace(/\/$/, '');
  const regions: { code: string }[] = await ds.query(`SELECT code FROM region ORDER BY code`);
  const practices = await services.practices.publishedSlugs();
  const url = (loc: string, lastmod?: Date) => `  <url><loc>${escapeXml(base + loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    url('/'),
    url('/practices'),
    url('/benchmarking'),
    ...regions.map((r) => url(`/benchmarking/${encodeURIComponent(r.code)}`)),
    ...practices.map((p) => url(`/practices/${encodeURIComponent(p.slug)}`, p.updatedAt)),
    '</urlset>',
    '',
  ].join('\n');
}
