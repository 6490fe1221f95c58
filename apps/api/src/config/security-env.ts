/**
 * Rate-limit and sign-in throttling settings (part of Config; read by loadConfig). Kept apart from
 * env.ts so the variables of this concern sit together. README's table lists them.
 */
export interface SecurityConfig {
  /** Failed sign-ins for one account from one address before that pair is paused. */
  readonly loginMaxFailuresPerAccount: number;
  /** Failed sign-ins from one address (any account) before the address is paused. */
  readonly loginMaxFailuresPerAddress: number;
  /** A pair or address with no attempt for this long starts again from zero. */
  readonly loginWindowMinutes: number;
  /** First pause once over the limit; each further failure doubles it, up to `loginWindowMinutes`. */
  readonly loginLockSeconds: number;
  /** Fixed window of the GraphQL rate limits. */
  readonly rateLimitWindowSeconds: number;
  /** Points per window per client address (0 = off). A query costs 1, a mutation `rateLimitWriteCost`. */
  readonly rateLimitPerAddress: number;
  /** Points per window per signed-in user (0 = off). */
  readonly rateLimitPerUser: number;
  readonly rateLimitWriteCost: number;
  /** Cost of expensive root fields (exports, imports, benchmark computations). */
  readonly rateLimitExpensiveCost: number;
}

type IntReader = (name: string, fallback: number, min: number, max: number) => number;

export function loadSecurityConfig(int: IntReader): SecurityConfig {
  return {
    loginMaxFailuresPerAccount: int('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginMaxFailuresPerAddress: int('LOGIN_MAX_FAILURES_PER_ADDRESS', 20, 1, 10000),
    loginWindowMinutes: int('LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    loginLockSeconds: int('LOGIN_LOCK_SECONDS', 60, 1, 24 * 3600),
    rateLimitWindowSeconds: int('RATE_LIMIT_WINDOW_SECONDS', 60, 1, 24 * 3600),
    rateLimitPerAddress: int('RATE_LIMIT_PER_ADDRESS', 1200, 0, 1_000_000_000),
    rateLimitPerUser: int('RATE_LIMIT_PER_USER', 2400, 0, 1_000_000_000),
    rateLimitWriteCost: int('RATE_LIMIT_WRITE_COST', 5, 1, 10000),
    rateLimitExpensiveCost: int('RATE_LIMIT_EXPENSIVE_COST', 20, 1, 10000),
  };
}
