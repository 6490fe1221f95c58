import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

/** A built portal in miniature: what the portal's Vite build writes (index, routes, a precompressed asset). */
function fakePortalDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polisee-site-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n  <head>\n    <meta name="description" content="generic" />\n    <title>Generic</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
  );
  fs.writeFileSync(
    path.join(dir, 'routes.json'),
    JSON.stringify({
      locales: ['it', 'ro'],
      routes: [
        { path: '/', title: 'Home · PoliSEE', description: 'The home page.' },
        {
          path: '/benchmarking/:regionCode',
          entity: 'region',
          title: '{name} ({code}) · PoliSEE',
          description: 'How {name} ({country}) compares.',
          preload: ['assets/page-def456.js'],
        },
      ],
      messages: { en: 'assets/messages-en-111.js', it: 'assets/messages-it-222.js' },
    }),
  );
  const js = 'console.log("hello");'.repeat(100);
  fs.writeFileSync(path.join(dir, 'assets', 'app-abc123.js'), js);
  fs.writeFileSync(path.join(dir, 'assets', 'app-abc123.js.br'), zlib.brotliCompressSync(js));
  fs.writeFileSync(path.join(dir, 'assets', 'app-abc123.js.gz'), zlib.gzipSync(js));
  return dir;
}

describe(`site: pages, 404s and crawler files (${STORE})`, () => {
  let t: TestPlatform;
  let dist: string;
  beforeAll(async () => {
    dist = fakePortalDist();
    t = await startTestPlatform({ env: { PORTAL_DIST_DIR: dist, PUBLIC_URL: 'https://polisee.example' } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('answers unknown paths and unknown region codes with a 404 page', async () => {
    for (const p of ['/no-such-page', '/benchmarking/XX99', '/benchmarking/ITI3/extra', '/it/nothing-here']) {
      const r = await fetch(`${t.url}${p}`);
      expect({ p, status: r.status }).toEqual({ p, status: 404 });
      const html = await r.text();
      expect(html).toContain('<title>Page not found · PoliSEE</title>');
      expect(html).toContain('<div id="root">');
      expect(html).toContain('noindex');
    }
  });

  it('gives each page its own title, description, canonical URL and Open Graph tags', async () => {
    const r = await fetch(`${t.url}/benchmarking/ITI3`);
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('<title>Marche (ITI3) · PoliSEE</title>');
    expect(html).toContain('<meta name="description" content="How Marche (Italy) compares." />');
    expect(html).toContain('<link rel="canonical" href="https://polisee.example/benchmarking/ITI3" />');
    expect(html).toContain('<meta property="og:title" content="Marche (ITI3) · PoliSEE" />');
    expect(html).not.toContain('generic');
    expect((html.match(/<title>/g) ?? []).length).toBe(1);
    const home = await (await fetch(`${t.url}/`)).text();
    expect(home).toContain('<title>Home · PoliSEE</title>');
  });

  it("announces the locale's catalogue and the page's chunks for preloading", async () => {
    const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)" \/>/g)].map((m) => m[1]);
    expect(preloads(await (await fetch(`${t.url}/benchmarking/ITI3`)).text())).toEqual(['/assets/messages-en-111.js', '/assets/page-def456.js']);
    expect(preloads(await (await fetch(`${t.url}/it/`)).text())).toEqual(['/assets/messages-it-222.js']);
    // A locale without a catalogue chunk of its own, and a 404, announce nothing extra.
    expect(preloads(await (await fetch(`${t.url}/ro/`)).text())).toEqual([]);
    expect(preloads(await (await fetch(`${t.url}/no-such-page`)).text())).toEqual([]);
  });

  it('serves a locale-prefixed page in its language', async () => {
    const r = await fetch(`${t.url}/it/benchmarking/iti3`);
    expect(r.status).toBe(200);
    expect(await r.text()).toMatch(/<html lang="it"[\s\S]*<title>Marche \(ITI3\) · PoliSEE<\/title>/);
  });

  it('escapes what comes from data into the head', async () => {
    await t.db.dataSource.query(`UPDATE region SET name = '<script>x</script>' WHERE code = 'ITI3'`);
    const html = await (await fetch(`${t.url}/benchmarking/ITI3`)).text();
    expect(html).not.toContain('<script>x</script>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    await t.db.dataSource.query(`UPDATE region SET name = 'Marche' WHERE code = 'ITI3'`);
  });

  it('sends precompressed assets with a long cache, and plain ones to clients that do not accept them', async () => {
    const br = await fetch(`${t.url}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await br.text()).toBe('console.log("hello");'.repeat(100)); // fetch decodes it
    const gz = await fetch(`${t.url}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const none = await fetch(`${t.url}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(none.headers.get('content-encoding')).toBeNull();
    const missing = await fetch(`${t.url}/assets/app-missing.js`);
    expect(missing.status).toBe(404);
  });

  it('publishes robots.txt (admin disallowed) and a sitemap of the pages and every region', async () => {
    const robots = await fetch(`${t.url}/robots.txt`);
    expect(robots.status).toBe(200);
    const text = await robots.text();
    expect(text).toContain('Disallow: /admin');
    expect(text).toContain('Sitemap: https://polisee.example/sitemap.xml');
    const sitemap = await fetch(`${t.url}/sitemap.xml`);
    expect(sitemap.headers.get('content-type')).toMatch(/xml/);
    const xml = await sitemap.text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const [{ n }] = await t.db.dataSource.query('SELECT count(*)::int AS n FROM region');
    expect(locs).toContain('https://polisee.example/');
    expect(locs).toContain('https://polisee.example/benchmarking/ITI3');
    expect(locs).toHaveLength(1 + n);
    expect(xml).toContain('hreflang="it" href="https://polisee.example/it/benchmarking/ITI3"');
  });
});
