import type { DataSource } from 'typeorm';
import type { Config } from '../../config/env';
import { AppError } from '../../common/app-error';

/**
 * Sign-in throttling that slows an attacker without locking the owner out.
 *
 * - Counted per account-and-address pair (`LOGIN_MAX_FAILURES_PER_ACCOUNT`) and per address
 *   (`LOGIN_MAX_FAILURES_PER_ADDRESS`), never per account alone: failures from an attacker's
 *   address cannot lock the owner out at their own address.
 * - Atomic: an attempt is reserved by one upsert per key *before* the password is checked (the
 *   row lock of `INSERT ... ON CONFLICT DO UPDATE ... WHERE` serialises concurrent attempts; on
 *   PGlite the session mutex does), so N parallel attempts check at most the limit's worth of
 *   passwords, and once the limit is reached the right password waits too.
 * - Progressive: past the limit the pair (or address) pauses for `LOGIN_LOCK_SECONDS`, then allows
 *   one attempt at a time, doubling the pause after each further failure, up to
 *   `LOGIN_WINDOW_MINUTES`. A success clears the pair; a quiet window clears everything.
 * - An administrator can clear an account's pauses (`unlockSignIn`).
 */
export class LoginThrottle {
  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
  ) {}

  private keys(email: string, ip: string) {
    const e = email.slice(0, 254);
    const a = ip.slice(0, 64);
    return { pair: `pair:${e}|${a}`, addr: `addr:${a}`, email: e, ip: a };
  }

  /** Reserves an attempt for the pair and the address, or throws TOO_MANY_REQUESTS. */
  async acquire(email: string, ip: string): Promise<void> {
    const k = this.keys(email, ip);
    const windowSeconds = this.config.loginWindowMinutes * 60;
    const refused = await this.ds.transaction(async (em) => {
      const reserve = async (key: string, scope: 'PAIR' | 'ADDRESS', limit: number): Promise<boolean> => {
        const rows: unknown[] = await em.query(
          `INSERT INTO login_throttle AS t (key, scope, email, ip, attempts, locked_until, last_at)
           VALUES ($1, $2, $3, $4, 1, NULL, now())
           ON CONFLICT (key) DO UPDATE SET
             attempts = CASE WHEN t.last_at < now() - make_interval(secs => $6) THEN 1 ELSE t.attempts + 1 END,
             locked_until = CASE
               WHEN t.last_at < now() - make_interval(secs => $6) THEN NULL
               WHEN t.attempts + 1 > $5 THEN now() + interval '60 seconds'
               ELSE NULL END,
             last_at = now()
           WHERE (t.locked_until IS NULL OR t.locked_until <= now())
             AND (t.attempts < $5 OR t.locked_until IS NOT NULL OR t.last_at < now() - make_interval(secs => $6))
           RETURNING attempts`,
          [key, scope, scope === 'PAIR' ? k.email : null, k.ip, limit, windowSeconds],
        );
        return rows.length === 1;
      };
      if (!(await reserve(k.pair, 'PAIR', this.config.loginMaxFailuresPerAccount))) return k.pair;
      if (!(await reserve(k.addr, 'ADDRESS', this.config.loginMaxFailuresPerAddress))) {
        // Undo the pair's reservation with the rest of the transaction.
        throw new RefusedByAddress();
      }
      return null;
    }).catch((err: unknown) => {
      if (err instanceof RefusedByAddress) return k.addr;
      throw err;
    });
    if (refused) throw await this.refusal(refused);
  }

  private async refusal(key: string): Promise<AppError> {
    const rows: { wait: number | null }[] = await this.ds.query(
      `SELECT ceil(extract(epoch FROM (locked_until - now())))::int AS wait FROM login_throttle WHERE key = $1`,
      [key],
    );
    // No pause recorded yet: the last allowed attempt is still being checked.
    const retryAfterSeconds = Math.max(1, rows[0]?.wait ?? this.config.loginLockSeconds);
    return new AppError(
      'TOO_MANY_REQUESTS',
      'LOGIN_THROTTLED',
      `Too many failed sign-in attempts. Try again in ${retryAfterSeconds < 90 ? `${retryAfterSeconds} second(s)` : `${Math.ceil(retryAfterSeconds / 60)} minute(s)`}.`,
      { retryAfterSeconds },
    );
  }

  /** A failed attempt: past the limit, pause the pair / address, doubling with each failure. */
  async failed(email: string, ip: string): Promise<void> {
    const k = this.keys(email, ip);
    await this.ds.query(
      `UPDATE login_throttle SET last_at = now(),
         locked_until = CASE WHEN attempts >= (CASE scope WHEN 'PAIR' THEN $3::int ELSE $4::int END)
           THEN now() + make_interval(secs => least($5 * power(2, least(attempts - (CASE scope WHEN 'PAIR' THEN $3::int ELSE $4::int END), 20)), $6))
           ELSE NULL END
       WHERE key IN ($1, $2)`,
      [k.pair, k.addr, this.config.loginMaxFailuresPerAccount, this.config.loginMaxFailuresPerAddress, this.config.loginLockSeconds, this.config.loginWindowMinutes * 60],
    );
  }

  /** A success clears the pair and gives the address its attempt back. */
  async succeeded(email: string, ip: string): Promise<void> {
    const k = this.keys(email, ip);
    await this.ds.query(
      `WITH cleared AS (DELETE FROM login_throttle WHERE key = $1)
       UPDATE login_throttle SET attempts = greatest(attempts - 1, 0) WHERE key = $2`,
      [k.pair, k.addr],
    );
  }

  /** Clears every pause on an account (all addresses); returns how many were cleared. */
  async unlock(email: string): Promise<number> {
    const rows: { n: number }[] = await this.ds.query(
      `WITH cleared AS (DELETE FROM login_throttle WHERE scope = 'PAIR' AND email = $1 RETURNING 1) SELECT count(*)::int AS n FROM cleared`,
      [email.trim().toLowerCase()],
    );
    return rows[0]?.n ?? 0;
  }
}

class RefusedByAddress extends Error {}
