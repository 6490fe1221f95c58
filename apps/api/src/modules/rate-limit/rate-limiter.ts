import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config/env';
import type { Context } from '../../graphql/context';

/** Root fields that cost `RATE_LIMIT_EXPENSIVE_COST` points (files, imports, computations). */
export const EXPENSIVE_FIELDS: ReadonlySet<string> = new Set([
  'exportObservations',
  'exportForesightResults',
  'previewObservationImport',
  'applyObservationImport',
  'benchmark',
  'login',
  'acceptInvitation',
  'registerLearner',
  'confirmLearnerEmail',
  'certificatePdf',
]);

/** Points an operation costs: per root field, 1 for a read, more for writes and expensive fields. */
export function operationCost(op: OperationDefinitionNode, config: Pick<Config, 'rateLimitWriteCost' | 'rateLimitExpensiveCost'>): number {
  let cost = 0;
  for (const sel of op.selectionSet.selections) {
    if (sel.kind !== Kind.FIELD) {
      cost += 1;
      continue;
    }
    if (sel.name.value.startsWith('__')) continue;
    if (EXPENSIVE_FIELDS.has(sel.name.value)) cost += config.rateLimitExpensiveCost;
    else cost += op.operation === 'mutation' ? config.rateLimitWriteCost : 1;
  }
  return Math.max(1, cost);
}

/**
 * Fixed-window rate limits per client address and per signed-in user, kept in PostgreSQL (the
 * `rate_limit` table) so every instance shares them. One statement per operation: an atomic
 * upsert that adds the operation's points to both counters and returns their totals, so under
 * any concurrency exactly the limit's worth of points is admitted per window.
 */
export class RateLimiter {
  private lastSweep = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
  ) {}

  get enabled(): boolean {
    return this.config.rateLimitPerAddress > 0 || this.config.rateLimitPerUser > 0;
  }

  /** Adds `points` for the address (and user); throws TOO_MANY_REQUESTS over either limit. */
  async consume(ip: string, userId: string | null, points: number): Promise<void> {
    const { rateLimitPerAddress: perAddress, rateLimitPerUser: perUser, rateLimitWindowSeconds: window } = this.config;
    const nowMs = Date.now();
    const windowStart = Math.floor(nowMs / 1000 / window) * window;
    const keys: [string, number][] = [];
    if (perAddress > 0) keys.push([`addr:${ip.slice(0, 64)}`, perAddress]);
    if (perUser > 0 && userId) keys.push([`user:${userId}`, perUser]);
    if (keys.length === 0) return;
    const values = keys.map((_, i) => `($${i + 3}, to_timestamp($1), $2::int)`).join(', ');
    const rows: { key: string; points: number }[] = await this.ds.query(
      `INSERT INTO rate_limit AS r (key, window_start, points) VALUES ${values}
       ON CONFLICT (key, window_start) DO UPDATE SET points = r.points + EXCLUDED.points
       RETURNING key, points`,
      [windowStart, points, ...keys.map(([k]) => k)],
    );
    this.sweep(nowMs, window);
    for (const [key, limit] of keys) {
      const row = rows.find((r) => r.key === key);
      if (row && row.points > limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil(windowStart + window - nowMs / 1000));
        // A transport-level refusal (before any resolver): a GraphQLError with the HTTP status.
        throw new GraphQLError(`Too many requests from this ${key.startsWith('user:') ? 'account' : 'address'}; try again in ${retryAfterSeconds} s`, {
          extensions: {
            code: 'TOO_MANY_REQUESTS',
            reason: 'RATE_LIMITED',
            retryAfterSeconds,
            http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
          },
        });
      }
    }
  }

  /** Old windows are dropped by whichever instance notices first, at most once a window each. */
  private sweep(nowMs: number, window: number): void {
    if (nowMs - this.lastSweep < window * 1000) return;
    this.lastSweep = nowMs;
    this.ds.query(`DELETE FROM rate_limit WHERE window_start < now() - make_interval(secs => $1)`, [2 * window]).catch(() => undefined);
  }
}

/**
 * Apollo plugin: charges every resolved operation against the limits before it executes, and
 * adds `Retry-After` to any answer that carries a TOO_MANY_REQUESTS error (sign-in throttling too).
 */
export function rateLimitPlugin(limiter: RateLimiter, config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!limiter.enabled || !operation) return;
          await limiter.consume(contextValue.request.ip, contextValue.user?.id ?? null, operationCost(operation, config));
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || response.http.headers.has('retry-after')) return;
          const wait = response.body.singleResult.errors
            ?.map((e) => e.extensions?.retryAfterSeconds)
            .find((s): s is number => typeof s === 'number');
          if (wait !== undefined) response.http.headers.set('retry-after', String(wait));
        },
      };
    },
  };
}
