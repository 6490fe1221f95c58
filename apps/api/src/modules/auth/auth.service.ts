import { type DataSource, type EntityManager, LessThan, MoreThan } from 'typeorm';
import type { Config } from '../../config/env';
import { AppError } from '../../common/app-error';
import { managerOf } from '../../db/unit-of-work';
import type { AuthUser, RequestMeta } from './auth-user';
import { LoginAttemptEntity } from './login-attempt.entity';
import { LoginThrottle } from './login-throttle';
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
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
  ) {
    this.throttle = new LoginThrottle(ds, config);
  }

  /**
   * Checks the password and opens a session. Attempts are throttled per account-and-address pair
   * and per address in the database (see LoginThrottle): every API instance sees them, and the
   * attempt is reserved atomically before the password is looked at.
   */
  async login(emailRaw: string, password: string, meta: RequestMeta): Promise<NewSession> {
    const email = emailRaw.trim().toLowerCase();
    await this.throttle.acquire(email, meta.ip);
    const user = await this.ds.getRepository(UserEntity).findOneBy({ email });
    let ok = false;
    if (user?.passwordHash && user.active) ok = await verifyPassword(user.passwordHash, password);
    else await burnVerification(password);
    await (ok ? this.throttle.succeeded(email, meta.ip) : this.throttle.failed(email, meta.ip));
    await this.ds.getRepository(LoginAttemptEntity).insert({ email: email.slice(0, 254), ip: meta.ip.slice(0, 64), succeeded: ok });
    if (!ok || !user) throw new AppError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', INVALID_CREDENTIALS);
    await this.ds.getRepository(UserEntity).update({ id: user.id }, { lastLoginAt: new Date() });
    // Old attempts and idle throttle rows are only needed for the window; trim them as we go.
    await this.ds.getRepository(LoginAttemptEntity).delete({ createdAt: LessThan(new Date(Date.now() - 24 * 3600 * 1000)) });
    await this.ds.query(`DELETE FROM login_throttle WHERE last_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())`);
    return this.openSession(user, meta);
  }

  /** Clears the sign-in pauses of an account (administrators). */
  unlockSignIn(email: string): Promise<number> {
    return this.throttle.unlock(email);
  }

  /** Opens a session; inside the caller's transaction when given one (`tx`). */
  async openSession(user: UserEntity, meta: RequestMeta, tx?: EntityManager): Promise<NewSession> {
    const token = newToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3600 * 1000);
    await managerOf(this.ds, tx).getRepository(SessionEntity).insert({
      tokenHash: sha256(token),
      userId: user.id,
      expiresAt,
      lastSeenAt: now,
      ip: meta.ip.slice(0, 64),
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return { user, token, expiresAt };
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
