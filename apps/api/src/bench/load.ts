/**
 * A small closed-loop load generator: `concurrency` clients, each sending its next request as soon
 * as the previous one answered, over keep-alive connections to 127.0.0.1 only. Every loop stops by
 * itself when the time is up; requests started during the warm-up are not recorded.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadTarget {
  /** http://127.0.0.1:port/path */
  url: string;
  /** The JSON body of the i-th request. */
  body(i: number): string;
  /** Whether a 200 answer's body is a success (e.g. GraphQL: no `errors`). */
  ok(body: string): boolean;
}

export interface LoadOptions {
  concurrency: number;
  warmupSeconds: number;
  seconds: number;
  /** Per-request timeout; a timed-out request counts as an error. */
  timeoutMs?: number;
  /** Called when the warm-up ends and recording starts (e.g. to sample CPU counters). */
  onMeasureStart?: () => Promise<unknown>;
}

export interface LoadStats {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Mean response body size in bytes. */
  meanBytes: number;
  firstError: string | null;
}

export interface Answer {
  status: number;
  body: string;
}

export function post(url: string, body: string, agent: http.Agent | false, timeoutMs = 30_000): Promise<Answer> {
  const u = new URL(url);
  if (u.hostname !== '127.0.0.1') return Promise.reject(new Error(`refusing a non-local target: ${url}`));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: u.port,
        path: u.pathname + u.search,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const k = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[k]!;
}

const round = (x: number, digits = 1) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

export async function runLoad(target: LoadTarget, opts: LoadOptions): Promise<LoadStats> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency, maxFreeSockets: opts.concurrency });
  const t0 = performance.now();
  const measureFrom = t0 + opts.warmupSeconds * 1000;
  const until = measureFrom + opts.seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let lastEnd = measureFrom;
  let firstError: string | null = null;
  let next = 0;

  let started: Promise<unknown> = Promise.resolve();
  const startTimer = setTimeout(() => {
    started = opts.onMeasureStart?.() ?? started;
  }, opts.warmupSeconds * 1000);
  const client = async () => {
    for (;;) {
      const start = performance.now();
      if (start >= until) return;
      const i = next++;
      let failed: string | null = null;
      let size = 0;
      try {
        const answer = await post(target.url, target.body(i), agent, opts.timeoutMs);
        size = answer.body.length;
        if (answer.status !== 200) failed = `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
        else if (!target.ok(answer.body)) failed = `error in body: ${answer.body.slice(0, 300)}`;
      } catch (err) {
        failed = (err as Error).message;
      }
      const end = performance.now();
      if (start < measureFrom) continue; // warm-up
      lastEnd = Math.max(lastEnd, end);
      latencies.push(end - start);
      bytes += size;
      if (failed) {
        errors++;
        firstError ??= failed;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, client));
  clearTimeout(startTimer);
  await started;
  agent.destroy();

  const sorted = latencies.sort((a, b) => a - b);
  const seconds = (lastEnd - measureFrom) / 1000;
  const n = sorted.length;
  return {
    requests: n,
    errors,
    seconds: round(seconds, 2),
    rps: round(n / seconds),
    meanMs: round(n ? sorted.reduce((a, b) => a + b, 0) / n : NaN),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[n - 1] ?? NaN),
    meanBytes: Math.round(n ? bytes / n : 0),
    firstError,
  };
}
