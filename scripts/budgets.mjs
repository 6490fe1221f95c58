// Bundle budgets: the JavaScript a first visit downloads before the app can render (the entry
// module and everything it preloads), gzipped, per app. `node scripts/budgets.mjs` after a
// build prints the figures as JSON and exits 1 when an app is over its budget.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGETS = [
  { app: 'portal', dir: 'apps/portal/dist', base: '/', limitKb: 150 },
  { app: 'admin', dir: 'apps/admin/dist', base: '/admin/', limitKb: 200 },
];

/** The JS files index.html loads at once: module scripts and modulepreload links. */
export function firstLoadScripts(html, base) {
  const refs = new Set();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) refs.add(m[1]);
  return [...refs].map((ref) => (ref.startsWith(base) ? ref.slice(base.length) : ref.replace(/^\//, '')));
}

const gzipKb = (buf) => zlib.gzipSync(buf, { level: 9 }).length / 1024;

const report = {};
let over = false;
for (const { app, dir, base, limitKb } of BUDGETS) {
  const dist = path.join(root, dir);
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = firstLoadScripts(html, base);
  const sizes = files.map((f) => ({ file: f, gzipKb: +gzipKb(fs.readFileSync(path.join(dist, f))).toFixed(1) }));
  const total = +sizes.reduce((a, s) => a + s.gzipKb, 0).toFixed(1);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => (m[1].startsWith(base) ? m[1].slice(base.length) : m[1]));
  const cssKb = +css.reduce((a, f) => a + gzipKb(fs.readFileSync(path.join(dist, f))), 0).toFixed(1);
  report[app] = { firstLoadJsGzipKb: total, limitKb, cssGzipKb: cssKb, files: sizes };
  if (total > limitKb) over = true;
  console.log(`${app}: first-load JS ${total} KB gzip (budget ${limitKb} KB)${total > limitKb ? '  OVER BUDGET' : ''}; CSS ${cssKb} KB gzip`);
}
console.log(JSON.stringify(Object.fromEntries(Object.entries(report).map(([k, v]) => [k, { firstLoadJsGzipKb: v.firstLoadJsGzipKb, limitKb: v.limitKb }]))));
process.exit(over ? 1 : 0);
