/**
 * The chaos phase of `pnpm bench`: a closed loop of mixed reads and writes against the API on
 * PostgreSQL, with every PostgreSQL backend of the API terminated once mid-run. Reports requests
 * per second, p95, errors (and how many fell outside the second of the kill), and acknowledged
 * writes missing from the database afterwards (must be 0: a write that got a success answer was
 * committed). Only 127.0.0.1 is ever a target; every loop stops by itself when the time is up.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import { percentile } from './load';

export interface ChaosOptions {
  apiUrl: string;
  /** PostgreSQL client (not the API's) used to kill the API's backends and to check writes. */
  db: Client;
  schema: string;
  applicationName: string;
  adminEmail: string;
  adminPassword: string;
  seconds: number;
  concurrency: number;
  /** Every n-th request is a write. */
  writeEvery: number;
  /** GraphQL read bodies, rotated. */
  reads: string[];
}

export interface ChaosStats {
  seconds: number;
  concurrency: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  /** Errors of requests that ended more than a second after the kill (or before it). */
  errorsOutsideKillSecond: number;
  writesAcknowledged: number;
  writesFailed: number;
  /** Acknowledged writes not in the database afterwards. */
  lostWrites: number;
  /** Writes answered with an error that were committed all the same (ambiguous, informational). */
  failedButCommitted: number;
  backendsKilled: number;
  killAtSeconds: number;
  /** Seconds from the kill until the first successful write after it. */
  recoverySeconds: number | null;
  firstError: string | null;
}

interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

function request(url: string, body: string, agent: http.Agent, headers: Record<string, string> = {}, timeoutMs = 30_000): Promise<Answer> {
  const u = new URL(url);
  if (u.hostname !== '127.0.0.1') return Promise.reject(new Error(`refusing a non-local target: ${url}`));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: u.port,
        path: u.pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

const CREATE = `mutation BenchWrite($i: CreatePartnerInput!) { createPartner(input: $i) { id } }`;

export async function runChaos(o: ChaosOptions): Promise<ChaosStats> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency, maxFreeSockets: o.concurrency });
  const graphql = `${o.apiUrl}/graphql`;
  const login = await request(
    graphql,
    JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { id } }', variables: { i: { email: o.adminEmail, password: o.adminPassword } } }),
    agent,
  );
  const cookie = (Array.isArray(login.headers['set-cookie']) ? login.headers['set-cookie'] : [])
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`chaos phase: could not sign in: ${login.body.slice(0, 300)}`);

  const t0 = performance.now();
  const until = t0 + o.seconds * 1000;
  const killAt = t0 + (o.seconds * 1000) / 2;
  let killedAt = Infinity;
  let backendsKilled = 0;
  const latencies: number[] = [];
  const errorEnds: number[] = [];
  let firstError: string | null = null;
  const acknowledged: string[] = [];
  const failedNames: string[] = [];
  let firstWriteAfterKill: number | null = null;
  let next = 0;
  const runId = Date.now().toString(36);

  const killer = setTimeout(() => {
    killedAt = performance.now();
    o.db
      .query(`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`, [o.applicationName])
      .then((r: { rows: { n: number }[] }) => (backendsKilled = r.rows[0]?.n ?? 0))
      .catch((err: Error) => process.stderr.write(`chaos: killing backends failed: ${err.message}\n`));
  }, killAt - t0);

  const client = async () => {
    for (;;) {
      const start = performance.now();
      if (start >= until) return;
      const i = next++;
      const write = i % o.writeEvery === 0;
      const name = write ? `Bench Cluster ${runId}-${i}` : '';
      const body = write
        ? JSON.stringify({ query: CREATE, variables: { i: { name, country: 'IT', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF' } } })
        : o.reads[i % o.reads.length]!;
      let failed: string | null = null;
      try {
        const a = await request(graphql, body, agent, { cookie });
        if (a.status !== 200) failed = `HTTP ${a.status}: ${a.body.slice(0, 200)}`;
        else if (a.body.includes('"errors":')) failed = `error in body: ${a.body.slice(0, 200)}`;
        else if (write) {
          const id = (JSON.parse(a.body) as { data?: { createPartner?: { id?: string } } }).data?.createPartner?.id;
          if (id) {
            acknowledged.push(id);
            if (start > killedAt && firstWriteAfterKill === null) firstWriteAfterKill = performance.now();
          } else failed = `write without an id: ${a.body.slice(0, 200)}`;
        }
      } catch (err) {
        failed = (err as Error).message;
      }
      const end = performance.now();
      latencies.push(end - start);
      if (failed) {
        errorEnds.push(end);
        firstError ??= failed;
        if (write) failedNames.push(name);
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, client));
  clearTimeout(killer);
  agent.destroy();
  const elapsed = (performance.now() - t0) / 1000;

  const table = `"${o.schema}".partner`;
  const found: { n: number }[] = (await o.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1::uuid[])`, [acknowledged])).rows;
  const ghosts: { n: number }[] = (await o.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE name = ANY($1::text[])`, [failedNames])).rows;
  const sorted = latencies.sort((a, b) => a - b);
  const round = (x: number) => Number(x.toFixed(1));
  return {
    seconds: round(elapsed),
    concurrency: o.concurrency,
    requests: sorted.length,
    rps: round(sorted.length / elapsed),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    errors: errorEnds.length,
    errorsOutsideKillSecond: errorEnds.filter((e) => e < killedAt || e > killedAt + 1000).length,
    writesAcknowledged: acknowledged.length,
    writesFailed: failedNames.length,
    lostWrites: acknowledged.length - (found[0]?.n ?? 0),
    failedButCommitted: ghosts[0]?.n ?? 0,
    backendsKilled,
    killAtSeconds: round((killedAt - t0) / 1000),
    recoverySeconds: firstWriteAfterKill === null ? null : round((firstWriteAfterKill - killedAt) / 1000),
    firstError,
  };
}
