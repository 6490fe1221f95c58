// Lighthouse (mobile) on the portal's home and a benchmark page, against the real API serving the
// built portal in production mode with the demo data. `pnpm --filter @polisee/portal bench`.
// Uses Debian's chromium (CHROMIUM_PATH) and PostgreSQL when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set (a schema of its own, dropped at the end), else a PGlite directory.
// Prints a line per page and, last, one JSON object: { home: {...}, benchmark: {...} }.
// LIGHTHOUSE_REPORT_DIR=dir also writes each page's full report (dir/<page>.json) for its
// diagnostics (main-thread work, long tasks, bootup time per script, LCP element, ...).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const reportDir = process.env.LIGHTHOUSE_REPORT_DIR ?? null;
const dbUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'benchmark', path: '/benchmarking/ITI3' },
];

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitReady(url, ms = 180_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the API did not become ready');
}

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const schema = `lighthouse_${process.pid}`;
const dataDir = dbUrl ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'polisee-lh-'));
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  SEED_DEMO_DATA: 'true',
  ADMIN_EMAIL: 'bench@polisee.example',
  ADMIN_PASSWORD: 'lighthouse-bench-password',
  COOKIE_SECURE: 'false',
  ...(dbUrl ? { DATABASE_URL: dbUrl, DATABASE_SCHEMA: schema } : { DATA_DIR: dataDir }),
};
const api = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], { env, stdio: ['ignore', 'inherit', 'inherit'] });
const results = {};
let chrome;
try {
  await waitReady(url);
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  for (const page of PAGES) {
    // One warm-up load (server caches, PGlite pages), then the measured run.
    await fetch(`${url}${page.path}`);
    const run = await lighthouse(`${url}${page.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = run.lhr;
    if (reportDir) {
      fs.mkdirSync(reportDir, { recursive: true });
      fs.writeFileSync(path.join(reportDir, `${page.name}.json`), JSON.stringify(lhr));
    }
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const ms = (a) => Math.round(lhr.audits[a]?.numericValue ?? NaN);
    results[page.name] = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: ms('first-contentful-paint'),
      lcpMs: ms('largest-contentful-paint'),
      tbtMs: ms('total-blocking-time'),
      cls: +(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3),
      transferKb: Math.round((lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024),
    };
    const r = results[page.name];
    console.log(
      `${page.name} ${page.path}: performance ${r.performance} (target 90), accessibility ${r.accessibility}, best practices ${r.bestPractices}, SEO ${r.seo}; FCP ${r.fcpMs} ms, LCP ${r.lcpMs} ms, TBT ${r.tbtMs} ms, CLS ${r.cls}, ${r.transferKb} KB`,
    );
  }
} finally {
  await chrome?.kill();
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  if (dbUrl) {
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(JSON.stringify(results));
