import { type DataSource, LessThan, MoreThan } from 'typeorm';
import type { Config } from '../../config/env';
import { AppError } from '../../common/app-error';
import type { AuthUser, RequestMeta } from './auth-user';
import { LoginAttemptEntity } from './login-attempt.entity';
import { burnVerification, newToken, sha256, verifyPassword } from './password';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export const SESSION_COOKIE = 'polisee_session';
const SEEN_REFRESH_MS = 5 * 60 * 1000;
/** One answer for an unknown email, a wrong password and a deactivated account. */
export const INVALID_CREDENTIALS = 'Invalid email or password';

export interface NewSession {
  user: UserEntity;
  token: string;
  expiresAt: Date;
}

export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
  ) {}

  /**
   * Checks the password and opens a session. Failures are counted per account and per address
   * in the database (so every API instance sees them); past the limit the attempt is refused
   * before the password is looked at, with the time to wait.
   */
  async login(emailRaw: string, password: string, meta: RequestMeta): Promise<NewSession> {
    const email = emailRaw.trim().toLowerCase();
    await this.checkThrottle(email, meta.ip);
    const user = await this.ds.getRepository(UserEntity).findOneBy({ email });
    let ok = false;
    if (user?.passwordHash && user.active) ok = await verifyPassword(user.passwordHash, password);
    else await burnVerification(password);
    await this.ds.getRepository(LoginAttemptEntity).insert({ email, ip: meta.ip, succeeded: ok });
    if (!ok || !user) throw new AppError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', INVALID_CREDENTIALS);
    await this.ds.getRepository(UserEntity).update({ id: user.id }, { lastLoginAt: new Date() });
    // Old attempts are only needed for the window; trim them as we go.
    await this.ds.getRepository(LoginAttemptEntity).delete({ createdAt: LessThan(new Date(Date.now() - 24 * 3600 * 1000)) });
    return this.openSession(user, meta);
  }

  async openSession(user: UserEntity, meta: RequestMeta): Promise<NewSession> {
    const token = newToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3600 * 1000);
    await this.ds.getRepository(SessionEntity).insert({
      tokenHash: sha256(token),
      userId: user.id,
      expiresAt,
      lastSeenAt: now,
      ip: meta.ip.slice(0, 64),
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return { user, token, expiresAt };
  }

  private async checkThrottle(email: string, ip: string): Promise<void> {
    const windowMs = this.config.loginWindowMinutes * 60 * 1000;
    const since = new Date(Date.now() - windowMs);
    // Failures since the account's last success (a success resets the account's count).
    const rows: { account_failures: string; account_oldest: Date | null; address_failures: string; address_oldest: Date | null }[] =
      await this.ds.query(
        `WITH last_ok AS (
           SELECT max(created_at) AS t FROM login_attempt WHERE email = $1 AND succeeded
         )
         SELECT
           (SELECT count(*) FROM login_attempt a, last_ok
             WHERE a.email = $1 AND NOT a.succeeded AND a.created_at > $3 AND (last_ok.t IS NULL OR a.created_at > last_ok.t)) AS account_failures,
           (SELECT min(a.created_at) FROM login_attempt a, last_ok
             WHERE a.email = $1 AND NOT a.succeeded AND a.created_at > $3 AND (last_ok.t IS NULL OR a.created_at > last_ok.t)) AS account_oldest,
           (SELECT count(*) FROM login_attempt WHERE ip = $2 AND NOT succeeded AND created_at > $3) AS address_failures,
           (SELECT min(created_at) FROM login_attempt WHERE ip = $2 AND NOT succeeded AND created_at > $3) AS address_oldest`,
        [email, ip, since],
      );
    const r = rows[0]!;
    const limited: Date[] = [];
    if (Number(r.account_failures) >= this.config.loginMaxFailuresPerAccount && r.account_oldest) limited.push(new Date(r.account_oldest));
    if (Number(r.address_failures) >= this.config.loginMaxFailuresPerAddress && r.address_oldest) limited.push(new Date(r.address_oldest));
    if (limited.length > 0) {
      const until = Math.max(...limited.map((d) => d.getTime() + windowMs));
      const retryAfterSeconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
      throw new AppError('TOO_MANY_REQUESTS', 'LOGIN_THROTTLED', `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
        retryAfterSeconds,
      });
    }
  }

  /** The signed-in user for a session token, or null when it is unknown, expired or deactivated. */
  async resolveSession(token: string | undefined): Promise<{ user: AuthUser; sessionId: string } | null> {
    if (!token || token.length > 200) return null;
    const session = await this.ds.getRepository(SessionEntity).findOne({
      where: { tokenHash: sha256(token), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    const u = session?.user;
    if (!session || !u || !u.active) return null;
    if (Date.now() - session.lastSeenAt.getTime() > SEEN_REFRESH_MS) {
      await this.ds.getRepository(SessionEntity).update({ id: session.id }, { lastSeenAt: new Date() });
    }
    return { sessionId: session.id, user: { id: u.id, email: u.email, name: u.name, role: u.role, partnerId: u.partnerId } };
  }

  async logout(sessionId: string | null): Promise<void> {
    if (sessionId) await this.ds.getRepository(SessionEntity).delete({ id: sessionId });
  }
}
