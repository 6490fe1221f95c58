import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { STORE } from './support/platform';

const MAIN = path.resolve(__dirname, '..', 'dist', 'main.js');
// One run is enough: on PostgreSQL when it is available, else on PGlite.
const runHere = process.env.TEST_DATABASE_URL ? STORE === 'postgres' : STORE === 'pglite';

(runHere ? describe : describe.skip)('the server process', () => {
  let child: ChildProcess;
  let output = '';
  let url = '';
  let cleanup: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first`);
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: String(20000 + Math.floor(Math.random() * 20000)) };
    if (process.env.TEST_DATABASE_URL) {
      const schema = `e2e_${randomBytes(6).toString('hex')}`;
      Object.assign(env, { DATABASE_URL: process.env.TEST_DATABASE_URL, DATABASE_SCHEMA: schema });
      cleanup = async () => {
        const c = new Client({ connectionString: process.env.TEST_DATABASE_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await c.end();
      };
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polisee-shutdown-'));
      env.DATA_DIR = dir;
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    }
    url = `http://127.0.0.1:${env.PORT}`;
    child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 60000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
      if ((await fetch(`${url}/readyz`).catch(() => null))?.ok) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`server not ready:\n${output}`);
  });

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await cleanup();
  });

  it('logs JSON lines with a request id, prints its addresses, and drains in-flight requests on SIGTERM', async () => {
    const res = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'shutdown-test-1' } });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    const lines = output.split('\n').filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(0);
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.requestId === 'shutdown-test-1');
    expect(logged).toMatchObject({ level: 'info', msg: 'request', path: '/healthz', status: 200 });
    expect(output).toContain('Admin console');

    // A heavy request in flight when SIGTERM arrives still gets its full answer.
    const inFlight = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ benchmark(region: "RO21", options: { uncertaintyDraws: 5000, seed: 3 }) { composite { value } } }' }),
    });
    await new Promise((r) => setTimeout(r, 50));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    const body: any = await answer.json();
    expect(body.errors).toBeUndefined();
    expect(typeof body.data.benchmark.composite.value).toBe('number');
    expect(await exited).toBe(0);
    expect(output).toContain('"msg":"shutting down"');
    // After the drain nothing listens any more.
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
