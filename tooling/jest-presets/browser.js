// Browser-test harness shared by the admin console and the portal: a jest globalSetup that
// starts the real, built API (which serves both built apps) on a fresh database, and helpers to
// launch Debian's Chromium through playwright-core.
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const API_MAIN = path.join(ROOT, 'apps', 'api', 'dist', 'main.js');
const STATE = path.join(os.tmpdir(), `polisee-browser-${process.ppid}-${process.pid}.json`);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`API not ready at ${url} after ${timeoutMs} ms`);
}

async function globalSetup() {
  if (!fs.existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the API first (npm test does)`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1' };
  delete env.NODE_OPTIONS;
  let schema = null;
  let dataDir = null;
  if (process.env.TEST_DATABASE_URL) {
    schema = `browser_${crypto.randomBytes(5).toString('hex')}`;
    Object.assign(env, { DATABASE_URL: process.env.TEST_DATABASE_URL, DATABASE_SCHEMA: schema });
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'polisee-browser-'));
    delete env.DATABASE_URL;
    env.DATA_DIR = dataDir;
  }
  const child = spawn(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitReady(url, child, 90000);
  globalThis.__POLISEE_API__ = child;
  fs.writeFileSync(STATE, JSON.stringify({ schema, dataDir }));
  process.env.POLISEE_BASE_URL = url;
}

async function globalTeardown() {
  const child = globalThis.__POLISEE_API__;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  if (!fs.existsSync(STATE)) return;
  const { schema, dataDir } = JSON.parse(fs.readFileSync(STATE, 'utf8'));
  fs.rmSync(STATE, { force: true });
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  if (schema) await dropSchema(schema);
}

async function dropSchema(schema) {
  if (!process.env.TEST_DATABASE_URL) return;
  const { Client } = require('pg');
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** The API the globalSetup started (it serves both built apps), without a trailing slash. */
function baseUrl() {
  return (process.env.POLISEE_BASE_URL || 'http://localhost:4000').replace(/\/$/, '');
}

/**
 * Polls `read` until `accept` holds and returns the accepted value (playwright-core has no
 * auto-retrying expect); on timeout it fails naming `what` and the last value read.
 */
async function eventually(read, accept, what, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

/** Launches Debian's Chromium headless with the flags this machine needs. */
async function launchChromium() {
  const { chromium } = require(require.resolve('playwright-core', { paths: [process.cwd()] }));
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/** Jest config for an app's browser tests (browser/*.browser-spec.ts). */
function browserPreset(overrides = {}) {
  const { preset } = require('./index.js');
  return preset({
    roots: ['<rootDir>/browser'],
    testMatch: ['**/*.browser-spec.ts'],
    globalSetup: require.resolve('./browser-setup.js'),
    globalTeardown: require.resolve('./browser-teardown.js'),
    testTimeout: 60000,
    maxWorkers: 1,
    ...overrides,
  });
}


/**
 * A private API (its own database) pointed at an SMTP server in the test process, for journeys
 * that read the emails the platform sends. `mail` fills as messages arrive; `gql` posts one
 * operation (throwing on errors) and returns the data and the session cookie it set; `stop`
 * ends both servers and removes the database directory or schema.
 */
async function startApiWithMail(label) {
  const { SMTPServer } = require('smtp-server');
  const mail = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (c) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        mail.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        cb();
      });
    },
  });
  await new Promise((r) => smtp.listen(0, '127.0.0.1', r));
  const smtpPort = smtp.server.address().port;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, OUTBOX_POLL_MS: '200', PUBLIC_URL: url };
  delete env.NODE_OPTIONS;
  let dataDir = null;
  if (process.env.TEST_DATABASE_URL) Object.assign(env, { DATABASE_URL: process.env.TEST_DATABASE_URL, DATABASE_SCHEMA: `browser_${label}_${crypto.randomBytes(4).toString('hex')}` });
  else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `polisee-${label}-`));
    delete env.DATABASE_URL;
    env.DATA_DIR = dataDir;
  }
  const api = spawn(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitReady(url, api, 120000);
  async function gql(query, variables = {}, cookie = '') {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { data: body.data, cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
  }
  async function stop() {
    if (api.exitCode === null) {
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
    }
    await new Promise((r) => smtp.close(() => r()));
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    if (env.DATABASE_SCHEMA) await dropSchema(env.DATABASE_SCHEMA).catch(() => {});
  }
  return { baseUrl: url, mail, gql, stop };
}

module.exports = { startApiWithMail, globalSetup, globalTeardown, launchChromium, eventually, baseUrl, browserPreset, CHROMIUM_ARGS, ROOT };
