/**
 * Load benchmark of the portal's benchmark query: `pnpm --filter @polisee/api bench` (after build).
 *
 * On a fresh PostgreSQL schema (migrated and seeded, dropped at the end), starts the API
 * (dist/main.js) and a minimal `pg` + `node:http` baseline (baseline-server.js, the same SQL
 * without GraphQL or the domain computations) as child processes on 127.0.0.1, then drives each
 * in turn with the same closed-loop load: 20 clients for 20 seconds after a 2-second warm-up,
 * rotating over ten seeded regions. Then the public list pair: `partners(first: 50)` (LIST_QUERY)
 * through the API against the baseline's POST /partners, which answers the same JSON from the same
 * rows (checked equal first), 15 seconds each. Then practice search (practice-search.bench.ts):
 * 10,000 generated practices added, the explorer's anonymous query with text, facet filters, facets
 * and snippets, BENCH_SECONDS on the API (its response cache on) and again on the instance with
 * every cache off (BENCHMARK_CACHE_SIZE=0, RESPONSE_CACHE_SIZE=0), both answers checked equal first.
 * Prints requests per second and latency percentiles for both
 * and their ratios; the last line of stdout is one JSON object with the figures. Child output
 * goes to stderr.
 *
 * Environment:
 *   BENCH_DATABASE_URL | TEST_DATABASE_URL | DATABASE_URL   default postgres://postgres@127.0.0.1:5432/test
 *   BENCH_SECONDS (20), BENCH_LIST_SECONDS (15), BENCH_WARMUP_SECONDS (2), BENCH_CONCURRENCY (20)
 *   BENCH_LOG_LEVEL   the API's LOG_LEVEL (default warn; `info` adds its one-line-per-request log)
 *   BENCH_CPU_PROF    a directory: run the API child with --cpu-prof and write the profile there
 *   BENCH_CHAOS_SECONDS (60, 0 = skip), BENCH_CHAOS_CONCURRENCY (50)
 *
 * Then the chaos phase (chaos.ts): mixed reads and writes (one in five a signed-in createPartner)
 * against the API for BENCH_CHAOS_SECONDS, killing every PostgreSQL backend of the API once
 * half-way (pg_terminate_backend on its application_name), and checking afterwards that every
 * acknowledged write is in the database. The API's rate limits stay on (with limits no bench
 * reaches), so their per-request cost is part of every figure.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { loadConfig } from '../config/env';
import { migrate, openDataSource } from '../db/data-source';
import { seedDatabase } from '../db/seed/seed';
import { runChaos, type ChaosStats } from './chaos';
import { cpuPerRequest, sampleCpu, type CpuPerRequest, type CpuSample } from './cpu';
import { post, runLoad, type LoadOptions, type LoadStats, type LoadTarget } from './load';
import { searchTarget, seedSearchCorpus, verifySearch } from './practice-search.bench';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';
const REGIONS = ['ITI3', 'RO21', 'AT22', 'EL52', 'HU33', 'SK02', 'BG41', 'HR03', 'SI03', 'RS12'];
const YEAR = 2020;
const GROUP_SIZE = 10;
const TARGET_P95_MS = 100;
const SEARCH_TARGET_P95_MS = 50;
const POOL_SIZE = 10;
const APP_NAME = { api: 'polisee-bench-api', apiUncached: 'polisee-bench-api-uncached', baseline: 'polisee-bench-baseline' } as const;

/** What the public portal asks for when it shows a region's benchmark page. */
export const BENCHMARK_QUERY = `query BenchmarkPage($region: String!, $options: BenchmarkOptions) {
  benchmark(region: $region, options: $options) {
    year
    referenceRegions { region { code name country } distance rank }
    indicators { indicator { code name } value score groupMean groupBest gap percentile }
    strengths { indicator { code name } gap }
    weaknesses { indicator { code name } gap }
    areas { area score groupMean groupBest indicatorCount }
    composite { value rank uncertainty { low high median } performanceGroup { group } }
    ranking { region { code } composite rank uncertainty { low high } }
  }
}`;

/** A public list query as the portal's partnership page asks it (anonymous). */
export const LIST_QUERY = `query PartnerList {
  partners(first: 50) { totalCount edges { node { id name acronym country type role region { code name } } } pageInfo { hasNextPage } }
}`;
const LIST_FIRST = 50;

function envNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    process.stderr.write(`${name} must be a number between ${min} and ${max}, got "${raw}"\n`);
    process.exit(1);
  }
  return n;
}

const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
const log = (line = '') => process.stdout.write(line + '\n');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

interface Child {
  name: string;
  proc: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

const children: Child[] = [];

function startChild(name: string, script: string, env: Record<string, string>, port: number, nodeArgs: string[] = []): Child {
  const preload = path.join(__dirname, 'exit-with-parent.js');
  const proc = spawn(process.execPath, [...nodeArgs, '--require', preload, script], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const forward = (stream: NodeJS.ReadableStream | null) => {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) process.stderr.write(`[${name}] ${line}\n`);
    });
  };
  forward(proc.stdout);
  forward(proc.stderr);
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const child = { name, proc, url: `http://127.0.0.1:${port}`, exited };
  children.push(child);
  return child;
}

async function waitReady(child: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  void child.exited.then(() => (died = true));
  while (Date.now() < deadline) {
    if (died) throw new Error(`${child.name} exited during start-up (see its output above)`);
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get(`${child.url}/healthz`, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.setTimeout(1000, () => req.destroy());
      req.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${child.name} was not ready within ${timeoutMs / 1000} s`);
}

async function stopChildren(): Promise<void> {
  await Promise.all(
    children.splice(0).map(async (c) => {
      if (c.proc.exitCode !== null || c.proc.signalCode !== null) return;
      c.proc.kill('SIGTERM');
      const timer = setTimeout(() => c.proc.kill('SIGKILL'), 8000);
      await c.exited;
      clearTimeout(timer);
    }),
  );
}

let cleanupHook: (() => Promise<void>) | null = null;
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await stopChildren().catch((err: Error) => process.stderr.write(`stopping child processes failed: ${err.message}\n`));
    await cleanupHook?.().catch((err: Error) => process.stderr.write(`cleanup failed: ${err.message}\n`));
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.stderr.write(`\n${signal}: stopping the servers and dropping the bench schema\n`);
    void cleanup().finally(() => process.exit(130));
  });
}

const apiTarget = (url: string): LoadTarget => ({
  url: `${url}/graphql`,
  body: (i) => JSON.stringify({ query: BENCHMARK_QUERY, variables: { region: REGIONS[i % REGIONS.length], options: { year: YEAR, groupSize: GROUP_SIZE } } }),
  ok: (body) => !body.includes('"errors":'),
});

const baselineTarget = (url: string): LoadTarget => ({
  url: `${url}/benchmark`,
  body: (i) => JSON.stringify({ region: REGIONS[i % REGIONS.length], year: YEAR }),
  ok: () => true,
});

const listTarget = (url: string): LoadTarget => ({
  url: `${url}/graphql`,
  body: () => JSON.stringify({ query: LIST_QUERY }),
  ok: (body) => !body.includes('"errors":'),
});

const listBaselineTarget = (url: string): LoadTarget => ({
  url: `${url}/partners`,
  body: () => JSON.stringify({ first: LIST_FIRST }),
  ok: () => true,
});

/** The list pair answers the same JSON before either is timed. */
async function verifyList(api: LoadTarget, baseline: LoadTarget): Promise<number> {
  const a = await post(api.url, api.body(0), false);
  const b = await post(baseline.url, baseline.body(0), false);
  const parsed = JSON.parse(a.body) as { data?: { partners?: { edges: unknown[] } } };
  if (a.status !== 200 || !parsed.data?.partners?.edges.length) throw new Error(`the API's partner list: HTTP ${a.status} ${a.body.slice(0, 500)}`);
  if (b.status !== 200 || JSON.stringify(parsed) !== JSON.stringify(JSON.parse(b.body))) {
    throw new Error(`the list baseline answers differently from the API:\nAPI      ${a.body.slice(0, 300)}\nbaseline ${b.body.slice(0, 300)}`);
  }
  return parsed.data.partners.edges.length;
}

/** Every region answers correctly on both servers before anything is timed; also a serial (unloaded) latency sample. */
async function verify(api: LoadTarget, baseline: LoadTarget): Promise<{ apiSerialMs: number; baselineSerialMs: number; groupSizes: number[] }> {
  const groupSizes: number[] = [];
  for (let i = 0; i < REGIONS.length; i++) {
    const a = await post(api.url, api.body(i), false);
    const parsed = JSON.parse(a.body) as { errors?: unknown; data?: { benchmark?: { indicators: unknown[]; referenceRegions: unknown[] } } };
    if (a.status !== 200 || parsed.errors || !parsed.data?.benchmark?.indicators.length) {
      throw new Error(`the API's first answer for ${REGIONS[i]} is not a benchmark: HTTP ${a.status} ${a.body.slice(0, 500)}`);
    }
    groupSizes.push(parsed.data.benchmark.referenceRegions.length);
    const b = await post(baseline.url, baseline.body(i), false);
    const rows = JSON.parse(b.body) as { performance?: unknown[] };
    if (b.status !== 200 || !rows.performance?.length) throw new Error(`the baseline's answer for ${REGIONS[i]}: HTTP ${b.status} ${b.body.slice(0, 500)}`);
  }
  const serial = async (t: LoadTarget) => {
    const ms: number[] = [];
    for (let i = 0; i < 2 * REGIONS.length; i++) {
      const t0 = performance.now();
      await post(t.url, t.body(i), false);
      ms.push(performance.now() - t0);
    }
    ms.sort((x, y) => x - y);
    return Number((((ms[ms.length / 2 - 1] ?? 0) + (ms[ms.length / 2] ?? 0)) / 2).toFixed(1));
  };
  return { apiSerialMs: await serial(api), baselineSerialMs: await serial(baseline), groupSizes };
}

function describeCpu(label: string, c: CpuPerRequest | null): string {
  if (!c) return `${label.padEnd(9)} CPU per request: not measured`;
  const ms = (x: number | null) => (x === null ? 'n/a' : `${x} ms`);
  return `${label.padEnd(9)} CPU per request: server ${ms(c.serverMs)}, its PostgreSQL backends ${ms(c.postgresMs)}, load generator ${ms(c.loadGeneratorMs)}`;
}

function describe(label: string, s: LoadStats): string {
  return (
    `${label.padEnd(9)} ${String(s.rps).padStart(8)} req/s  p50 ${String(s.p50Ms).padStart(7)} ms  p95 ${String(s.p95Ms).padStart(7)} ms  ` +
    `p99 ${String(s.p99Ms).padStart(7)} ms  max ${String(s.maxMs).padStart(7)} ms  ${s.requests} requests, ${s.errors} errors, ~${Math.round(s.meanBytes / 1024)} KiB each`
  );
}

const summary = (s: LoadStats, serialMs: number | null, cpu: CpuPerRequest | null) => ({
  rps: s.rps,
  p50Ms: s.p50Ms,
  p95Ms: s.p95Ms,
  p99Ms: s.p99Ms,
  maxMs: s.maxMs,
  meanMs: s.meanMs,
  requests: s.requests,
  errors: s.errors,
  serialP50Ms: serialMs,
  meanResponseBytes: s.meanBytes,
  cpuMsPerRequest: cpu,
});

/** One load phase against one server, with the CPU it and its PostgreSQL backends used while recording. */
async function phase(db: Client, target: LoadTarget, child: Child, applicationName: string, opts: LoadOptions) {
  const before: { sample: CpuSample | null } = { sample: null };
  const sample = () => sampleCpu(db, child.proc.pid ?? -1, applicationName);
  const stats = await runLoad(target, { ...opts, onMeasureStart: async () => (before.sample = await sample()) });
  const cpu = before.sample ? cpuPerRequest(before.sample, await sample(), stats.requests) : null;
  return { stats, cpu };
}

async function main(): Promise<number> {
  const seconds = envNumber('BENCH_SECONDS', 20, 0.5, 3600);
  const listSeconds = envNumber('BENCH_LIST_SECONDS', 15, 0.5, 3600);
  const warmupSeconds = envNumber('BENCH_WARMUP_SECONDS', 2, 0, 600);
  const concurrency = Math.round(envNumber('BENCH_CONCURRENCY', 20, 1, 1000));
  const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_URL;
  const mainJs = path.resolve(__dirname, '..', 'main.js');
  const baselineJs = path.join(__dirname, 'baseline-server.js');
  if (!fs.existsSync(mainJs) || !fs.existsSync(baselineJs)) {
    process.stderr.write(`${mainJs} or ${baselineJs} is missing: build the API first (pnpm turbo run build --filter=@polisee/api)\n`);
    return 1;
  }

  // Reachability first, with a clear message.
  const probe = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  probe.on('error', (err) => process.stderr.write(`bench database connection error: ${err.message}\n`));
  try {
    await probe.connect();
    await probe.query('SELECT 1');
  } catch (err) {
    process.stderr.write(
      `PostgreSQL is not reachable at ${redact(url)}: ${(err as Error).message || String(err)}\n` +
        'Start it, or point BENCH_DATABASE_URL (or TEST_DATABASE_URL / DATABASE_URL) at a PostgreSQL database this user may create schemas in.\n',
    );
    await probe.end().catch(() => undefined);
    return 1;
  }

  const schema = `bench_${randomBytes(6).toString('hex')}`;
  cleanupHook = async () => {
    await probe.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await probe.end();
    process.stderr.write(`dropped schema ${schema}\n`);
  };

  log(`PoliSEE benchmark query under load: ${concurrency} clients, ${seconds} s per phase after a ${warmupSeconds} s warm-up`);
  log(`PostgreSQL ${redact(url)}, schema ${schema}; Node ${process.version}, ${os.cpus().length} CPUs (load generator, API, baseline and PostgreSQL share them)`);

  const t0 = performance.now();
  const ds = await openDataSource({ url, schema, poolSize: 2 });
  try {
    await migrate(ds);
    const seeded = await seedDatabase(ds, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0' }));
    log(`seeded ${seeded.regions} regions, ${seeded.indicators} indicators, ${seeded.observations} observations in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await ds.destroy();
  }

  const [apiPort, baselinePort, uncachedPort] = [await freePort(), await freePort(), await freePort()];
  const cpuProf = process.env.BENCH_CPU_PROF;
  if (cpuProf) fs.mkdirSync(cpuProf, { recursive: true });
  const adminPassword = randomBytes(18).toString('base64url');
  const chaosSeconds = envNumber('BENCH_CHAOS_SECONDS', 60, 0, 3600);
  const chaosConcurrency = Math.round(envNumber('BENCH_CHAOS_CONCURRENCY', 50, 1, 1000));
  const apiEnv = (port: number, appName: string): Record<string, string> => ({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: url,
      DATABASE_SCHEMA: schema,
      DB_POOL_SIZE: String(POOL_SIZE),
      PGAPPNAME: appName,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn',
      SEED_DEMO_DATA: 'false',
      ADMIN_EMAIL: 'bench-admin@polisee.example',
      ADMIN_PASSWORD: adminPassword,
      // On, with limits no bench reaches: each request pays the shared counter's upsert.
      RATE_LIMIT_PER_ADDRESS: '1000000000',
      RATE_LIMIT_PER_USER: '1000000000',
    });
  const api = startChild('api', mainJs, apiEnv(apiPort, APP_NAME.api), apiPort, cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(cpuProf)}`] : []);
  // The same API with its benchmark cache and its anonymous response cache off: what every request
  // costs when nothing is cached (the benchmark phases ask a field the response cache never holds).
  const uncached = startChild('api-uncached', mainJs, { ...apiEnv(uncachedPort, APP_NAME.apiUncached), BENCHMARK_CACHE_SIZE: '0', RESPONSE_CACHE_SIZE: '0' }, uncachedPort);
  const baseline = startChild(
    'baseline',
    baselineJs,
    { BENCH_DATABASE_URL: url, DATABASE_SCHEMA: schema, PORT: String(baselinePort), DB_POOL_SIZE: String(POOL_SIZE), PGAPPNAME: APP_NAME.baseline },
    baselinePort,
  );
  await Promise.all([waitReady(api), waitReady(baseline), waitReady(uncached)]);

  const apiLoad = apiTarget(api.url);
  const baselineLoad = baselineTarget(baseline.url);
  const checked = await verify(apiLoad, baselineLoad);
  log(`verified ${REGIONS.length} regions (${REGIONS.join(', ')}) on both servers; reference groups of ${Math.min(...checked.groupSizes)}-${Math.max(...checked.groupSizes)} regions`);
  log(`unloaded (one client, serial) median latency: API ${checked.apiSerialMs} ms, baseline ${checked.baselineSerialMs} ms`);

  const opts = { concurrency, warmupSeconds, seconds };
  log(`running the API phase: benchmark(region, options: { year: ${YEAR}, groupSize: ${GROUP_SIZE} }) via POST /graphql ...`);
  const loadBefore = os.loadavg()[0]!;
  const { stats: apiStats, cpu: apiCpu } = await phase(probe, apiLoad, api, APP_NAME.api, opts);
  log(`running the baseline phase: the same SQL through pg + node:http via POST /benchmark ...`);
  const { stats: baselineStats, cpu: baselineCpu } = await phase(probe, baselineLoad, baseline, APP_NAME.baseline, opts);
  log(`running the uncached API phase: the same query with BENCHMARK_CACHE_SIZE=0 ...`);
  const { stats: uncachedStats, cpu: uncachedCpu } = await phase(probe, apiTarget(uncached.url), uncached, APP_NAME.apiUncached, opts);
  const listLoad = listTarget(api.url);
  const listBaselineLoad = listBaselineTarget(baseline.url);
  const listRows = await verifyList(listLoad, listBaselineLoad);
  const listOpts = { ...opts, seconds: listSeconds };
  log(`running the list phase: partners(first: ${LIST_FIRST}) with regions (${listRows} rows) via POST /graphql, anonymous ...`);
  const { stats: listStats, cpu: listCpu } = await phase(probe, listLoad, api, APP_NAME.api, listOpts);
  log(`running the list baseline phase: the same JSON through pg + node:http via POST /partners ...`);
  const { stats: listBaselineStats, cpu: listBaselineCpu } = await phase(probe, listBaselineLoad, baseline, APP_NAME.baseline, listOpts);
  // Practice search (issue 10): 10,000 practices, the explorer's query with text and facet filters.
  const added = await seedSearchCorpus(probe, schema);
  const searchChecked = await verifySearch(api.url, uncached.url);
  log(`verified the search: ${searchChecked} distinct requests answer the same JSON with and without the response cache`);
  log(`running the search phase: practices(query, filter) with facets and snippets over ${added} generated practices, anonymous (response cache on) ...`);
  const { stats: searchStats, cpu: searchCpu } = await phase(probe, searchTarget(api.url), api, APP_NAME.api, opts);
  log(`running the uncached search phase: the same requests with RESPONSE_CACHE_SIZE=0 ...`);
  const { stats: searchUncachedStats, cpu: searchUncachedCpu } = await phase(probe, searchTarget(uncached.url), uncached, APP_NAME.apiUncached, opts);
  const loadAfter = os.loadavg()[0]!;

  let chaos: ChaosStats | null = null;
  if (chaosSeconds > 0) {
    log(`running the chaos phase: ${chaosConcurrency} clients for ${chaosSeconds} s, reads and signed-in writes, every PostgreSQL backend of the API killed half-way ...`);
    chaos = await runChaos({
      apiUrl: api.url,
      db: probe,
      schema,
      applicationName: APP_NAME.api,
      adminEmail: 'bench-admin@polisee.example',
      adminPassword,
      seconds: chaosSeconds,
      concurrency: chaosConcurrency,
      writeEvery: 5,
      reads: [
        ...REGIONS.slice(0, 4).map((region) => JSON.stringify({ query: BENCHMARK_QUERY, variables: { region, options: { year: YEAR, groupSize: GROUP_SIZE } } })),
        JSON.stringify({ query: '{ partners(first: 20) { totalCount edges { node { id name country } } } }' }),
      ],
    });
  }

  await cleanup();

  const p95Ratio = Number((apiStats.p95Ms / baselineStats.p95Ms).toFixed(2));
  const rpsRatio = Number((baselineStats.rps / apiStats.rps).toFixed(2));
  const metTarget = apiStats.p95Ms < TARGET_P95_MS && apiStats.errors === 0;
  log();
  log(describe('API', apiStats));
  log(describe('baseline', baselineStats));
  log(describe('API, cache off', uncachedStats));
  log(describe('list API', listStats));
  log(describe('list baseline', listBaselineStats));
  log(describe('practice search', searchStats));
  log(describe('practice search, cache off', searchUncachedStats));
  log(describeCpu('API', apiCpu));
  log(describeCpu('baseline', baselineCpu));
  log(describeCpu('API, cache off', uncachedCpu));
  log(describeCpu('list API', listCpu));
  log(describeCpu('list baseline', listBaselineCpu));
  log(describeCpu('practice search', searchCpu));
  log(describeCpu('practice search, cache off', searchUncachedCpu));
  log(`1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after the phases (${os.cpus().length} CPUs; above that, the figures include waiting for a CPU)`);
  const uncachedRpsRatio = Number((uncachedStats.rps / baselineStats.rps).toFixed(2));
  const listRpsRatio = Number((listStats.rps / listBaselineStats.rps).toFixed(2));
  log(`p95 API/baseline ${p95Ratio}x; throughput baseline/API ${rpsRatio}x`);
  log(`uncached API throughput ${uncachedRpsRatio}x the baseline's (target >= 2.5x with p95 under ${TARGET_P95_MS} ms)`);
  log(`list API throughput ${listRpsRatio}x the list baseline's (target >= 0.5x)`);
  log(`target: API p95 under ${TARGET_P95_MS} ms with no errors: ${metTarget ? 'met' : 'NOT met'}`);
  log(`search target: p95 under ${SEARCH_TARGET_P95_MS} ms: cached ${searchStats.p95Ms < SEARCH_TARGET_P95_MS ? 'met' : 'NOT met'} (${searchStats.p95Ms} ms), uncached ${searchUncachedStats.p95Ms < SEARCH_TARGET_P95_MS ? 'met' : 'NOT met'} (${searchUncachedStats.p95Ms} ms)`);
  for (const [label, s] of [['API', apiStats], ['baseline', baselineStats], ['API, cache off', uncachedStats], ['list API', listStats], ['list baseline', listBaselineStats], ['practice search', searchStats], ['practice search, cache off', searchUncachedStats]] as const) {
    if (s.firstError) log(`first ${label} error: ${s.firstError}`);
  }
  if (chaos) {
    log(
      `chaos     ${String(chaos.rps).padStart(8)} req/s  p95 ${String(chaos.p95Ms).padStart(7)} ms  ${chaos.requests} requests, ${chaos.errors} errors ` +
        `(${chaos.errorsOutsideKillSecond} outside the second of the kill), ${chaos.backendsKilled} backends killed at ${chaos.killAtSeconds} s, ` +
        `${chaos.writesAcknowledged} writes acknowledged, ${chaos.lostWrites} lost, ${chaos.writesFailed} failed (${chaos.failedButCommitted} of them committed), ` +
        `first write after the kill ${chaos.recoverySeconds ?? 'never'} s later`,
    );
    log(`target: 0 lost writes, errors only in the second of the kill: ${chaos.lostWrites === 0 && chaos.errorsOutsideKillSecond === 0 ? 'met' : 'NOT met'}`);
    if (chaos.firstError) log(`first chaos error: ${chaos.firstError}`);
  }
  log(
    JSON.stringify({
      seconds,
      warmupSeconds,
      concurrency,
      api: summary(apiStats, checked.apiSerialMs, apiCpu),
      baseline: summary(baselineStats, checked.baselineSerialMs, baselineCpu),
      apiUncached: summary(uncachedStats, checked.apiSerialMs, uncachedCpu),
      list: summary(listStats, null, listCpu),
      listBaseline: summary(listBaselineStats, null, listBaselineCpu),
      uncachedP95Ratio: Number((uncachedStats.p95Ms / baselineStats.p95Ms).toFixed(2)),
      uncachedRpsRatio,
      listRpsRatio,
      listSeconds,
      p95Ratio,
      rpsRatio,
      targetP95Ms: TARGET_P95_MS,
      metTarget,
      loadAverage: [Number(loadBefore.toFixed(2)), Number(loadAfter.toFixed(2))],
      chaos,
      search: { rps: searchStats.rps, p50Ms: searchStats.p50Ms, p95Ms: searchStats.p95Ms, errors: searchStats.errors, cpuMsPerRequest: searchCpu, targetP95Ms: SEARCH_TARGET_P95_MS },
      searchUncached: { rps: searchUncachedStats.rps, p50Ms: searchUncachedStats.p50Ms, p95Ms: searchUncachedStats.p95Ms, errors: searchUncachedStats.errors, cpuMsPerRequest: searchUncachedCpu, targetP95Ms: SEARCH_TARGET_P95_MS },
    }),
  );
  const chaosFailed = chaos !== null && (chaos.lostWrites > 0 || chaos.errorsOutsideKillSecond > 0);
  return apiStats.errors + baselineStats.errors + uncachedStats.errors + listStats.errors + listBaselineStats.errors + searchStats.errors + searchUncachedStats.errors > 0 || chaosFailed ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (err: Error) => {
    process.stderr.write(`benchmark failed: ${err.stack ?? err.message}\n`);
    await cleanup();
    process.exit(1);
  });
