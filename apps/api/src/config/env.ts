import path from 'node:path';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';
import { loadSecurityConfig, type SecurityConfig } from './security-env';

/**
 * The one place that reads process.env. Every variable is parsed and validated once at start;
 * a bad value stops start-up with a single line naming the variable (see ConfigError).
 * The README's table of environment variables mirrors `VARIABLES` below.
 */

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config extends SecurityConfig {
  readonly nodeEnv: NodeEnv;
  readonly isProduction: boolean;
  readonly host: string;
  readonly port: number;
  /** PostgreSQL connection string; when absent the embedded PGlite store in `dataDir` is used. */
  readonly databaseUrl: string | null;
  readonly databaseSchema: string | null;
  readonly dbPoolSize: number;
  readonly dataDir: string;
  readonly adminEmail: string;
  readonly adminPassword: string;
  readonly seedDemoData: boolean;
  readonly sessionTtlHours: number;
  readonly cookieSecure: boolean;
  /** Express `trust proxy`: false, a hop count, or trusted proxy addresses/CIDRs (see trust-proxy.ts). */
  readonly trustProxy: TrustProxy;
  readonly logLevel: LogLevel;
  readonly adminDistDir: string;
  readonly portalDistDir: string;
  readonly publicUrl: string | null;
  /** Benchmark results cached per instance under the data version (0 disables). */
  readonly benchmarkCacheSize: number;
  /** Introspection and "did you mean" suggestions in validation errors. */
  readonly graphqlIntrospection: boolean;
  /** Persisted operations from the apps' manifest: ignored, accepted beside any query, or the only ones accepted. */
  readonly graphqlTrustedDocuments: TrustedDocumentsMode;
  /** Wall-clock budget of one GraphQL operation; fields not started by then are not resolved. */
  readonly graphqlTimeBudgetMs: number;
  /** /readyz answers 503 while the event loop lags more than this. */
  readonly readyMaxEventLoopLagMs: number;
  /** Anonymous public-read answers cached per instance under the data version (0 disables). */
  readonly responseCacheSize: number;
}

export type TrustedDocumentsMode = 'off' | 'allow' | 'only';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Documented demo credentials; refused in production. */
export const DEMO_ADMIN_EMAIL = 'admin@polisee.example';
export const DEMO_ADMIN_PASSWORD = 'polisee-demo-admin';

type Env = Readonly<Record<string, string | undefined>>;

function str(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${values.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const nodeEnv = oneOf<NodeEnv>(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const isProduction = nodeEnv === 'production';

  const databaseUrl = str(env, 'DATABASE_URL') ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// URL');
  }
  const databaseSchema = str(env, 'DATABASE_SCHEMA') ?? null;
  if (databaseSchema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    throw new ConfigError('DATABASE_SCHEMA', 'must be a lower-case SQL identifier');
  }

  const adminEmail = (str(env, 'ADMIN_EMAIL') ?? (isProduction ? undefined : DEMO_ADMIN_EMAIL))?.toLowerCase();
  if (adminEmail === undefined) throw new ConfigError('ADMIN_EMAIL', 'is required in production');
  if (!EMAIL.test(adminEmail)) throw new ConfigError('ADMIN_EMAIL', `is not an email address: "${adminEmail}"`);
  const adminPassword = str(env, 'ADMIN_PASSWORD') ?? (isProduction ? undefined : DEMO_ADMIN_PASSWORD);
  if (adminPassword === undefined) throw new ConfigError('ADMIN_PASSWORD', 'is required in production');
  if (isProduction && adminPassword === DEMO_ADMIN_PASSWORD) {
    throw new ConfigError('ADMIN_PASSWORD', 'must not be the documented demo password in production');
  }
  if (adminPassword.length < 12) throw new ConfigError('ADMIN_PASSWORD', 'must be at least 12 characters');

  const logLevel = oneOf<LogLevel>(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'], nodeEnv === 'test' ? 'silent' : 'info');
  const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
  const publicUrl = str(env, 'PUBLIC_URL') ?? null;
  if (publicUrl !== null && !/^https?:\/\//.test(publicUrl)) throw new ConfigError('PUBLIC_URL', 'must be an http(s) URL');

  const trustProxy = parseTrustProxy(str(env, 'TRUST_PROXY'));
  if (typeof trustProxy === 'object' && !Array.isArray(trustProxy) && trustProxy !== null) throw new ConfigError('TRUST_PROXY', trustProxy.error);

  return Object.freeze({
    ...loadSecurityConfig((name, fallback, min, max) => int(env, name, fallback, min, max)),
    nodeEnv,
    isProduction,
    host: str(env, 'HOST') ?? '0.0.0.0',
    port: int(env, 'PORT', 4000, 0, 65535),
    databaseUrl,
    databaseSchema,
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 1, 200),
    dataDir: path.resolve(cwd, str(env, 'DATA_DIR') ?? '.data'),
    adminEmail,
    adminPassword,
    seedDemoData: bool(env, 'SEED_DEMO_DATA', !isProduction),
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    cookieSecure: bool(env, 'COOKIE_SECURE', isProduction),
    trustProxy,
    logLevel,
    adminDistDir: path.resolve(cwd, str(env, 'ADMIN_DIST_DIR') ?? path.join(repoRoot, 'apps', 'admin', 'dist')),
    portalDistDir: path.resolve(cwd, str(env, 'PORTAL_DIST_DIR') ?? path.join(repoRoot, 'apps', 'portal', 'dist')),
    publicUrl,
    benchmarkCacheSize: int(env, 'BENCHMARK_CACHE_SIZE', 500, 0, 100000),
    graphqlIntrospection: bool(env, 'GRAPHQL_INTROSPECTION', true),
    graphqlTrustedDocuments: oneOf<TrustedDocumentsMode>(env, 'GRAPHQL_TRUSTED_DOCUMENTS', ['off', 'allow', 'only'], 'allow'),
    graphqlTimeBudgetMs: int(env, 'GRAPHQL_TIME_BUDGET_MS', 10000, 1, 600000),
    readyMaxEventLoopLagMs: int(env, 'READY_MAX_EVENT_LOOP_LAG_MS', 1000, 1, 600000),
    responseCacheSize: int(env, 'RESPONSE_CACHE_SIZE', 500, 0, 100000),
  });
}
