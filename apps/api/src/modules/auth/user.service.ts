import { outbox } from '../notification/outbox.service';
import { type DataSource, type EntityManager, MoreThan } from 'typeorm';
import { AppError, badInput } from '../../common/app-error';
import { inTransaction } from '../../db/unit-of-work';
import { PartnerEntity } from '../partner/partner.entity';
import { isUuid } from '../partner/partner.service';
import type { AuthUser, RequestMeta } from './auth-user';
import type { AuthService, NewSession } from './auth.service';
import type { AcceptInvitationInput, ChangeUserRoleInput, InviteUserInput, UserFilter } from './auth.inputs';
import { hashPassword, newToken, sha256 } from './password';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { Role } from './user.type';

const INVITATION_DAYS = 7;

export class UserService {
  constructor(
    private readonly ds: DataSource,
    private readonly auth: AuthService,
  ) {}

  async get(id: string): Promise<UserEntity | null> {
    return isUuid(id) ? this.ds.getRepository(UserEntity).findOneBy({ id }) : null;
  }

  async list(filter: UserFilter = {}): Promise<UserEntity[]> {
    const qb = this.ds.getRepository(UserEntity).createQueryBuilder('u').orderBy('lower(u.name)', 'ASC').addOrderBy('u.id');
    const q = filter.search?.trim();
    if (q) qb.andWhere("(u.name ILIKE :q ESCAPE '\\' OR u.email ILIKE :q ESCAPE '\\')", { q: `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%` });
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.active !== undefined && filter.active !== null) qb.andWhere('u.active = :active', { active: filter.active });
    return qb.limit(500).getMany();
  }

  /**
   * Invites a user: the account exists at once, without a password, and a one-time token lets
   * the invitee set one. Inviting a still-pending address again issues a new token.
   */
  async invite(input: InviteUserInput, tx?: EntityManager): Promise<{ user: UserEntity; token: string; expiresAt: Date }> {
    const email = input.email.trim().toLowerCase();
    return inTransaction(this.ds, tx, async (em) => {
      const partnerId = await checkRolePartner(em, input.role, input.partnerId ?? null);
      const repo = em.getRepository(UserEntity);
      const existing = await repo.findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
      if (existing && existing.passwordHash !== null) {
        throw new AppError('CONFLICT', 'USER_EMAIL_TAKEN', 'A user with this email already exists', {
          fieldErrors: [{ field: 'email', reason: 'USER_EMAIL_TAKEN', message: 'A user with this email already exists' }],
        });
      }
      const token = newToken();
      const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
      const user = existing ?? repo.create({ email, active: true, passwordHash: null });
      Object.assign(user, { name: input.name.trim(), role: input.role, partnerId, invitationTokenHash: sha256(token), invitationExpiresAt: expiresAt });
      const saved = await repo.save(user);
      // The invitation email leaves with the account (same transaction, delivered by the outbox).
      await outbox.enqueue(em, {
        to: email,
        template: 'invitation',
        params: { name: saved.name, acceptPath: `/admin/accept-invitation?token=${encodeURIComponent(token)}`, expiresAt: expiresAt.toISOString().slice(0, 10), invitedBy: null },
      });
      return { user: saved, token, expiresAt };
    });
  }

  async acceptInvitation(input: AcceptInvitationInput, meta: RequestMeta, tx?: EntityManager): Promise<NewSession> {
    const passwordHash = await hashPassword(input.password);
    // The password and the first session commit together: a failure to open the session leaves
    // the invitation unused, not a password set with no way in.
    return inTransaction(this.ds, tx, async (em) => {
      const repo = em.getRepository(UserEntity);
      const u = await repo.findOne({
        where: { invitationTokenHash: sha256(input.token), invitationExpiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!u || !u.active) throw badInput('token', 'INVITATION_INVALID', 'This invitation is not valid or has expired');
      Object.assign(u, { passwordHash, invitationTokenHash: null, invitationExpiresAt: null, lastLoginAt: new Date() });
      const user = await repo.save(u);
      return this.auth.openSession(user, meta, em);
    });
  }

  async changeRole(actor: AuthUser, input: ChangeUserRoleInput, tx?: EntityManager): Promise<UserEntity> {
    if (input.userId === actor.id) throw new AppError('FORBIDDEN', 'OWN_ROLE_CHANGE', 'You cannot change your own role');
    return inTransaction(this.ds, tx, async (em) => {
      const repo = em.getRepository(UserEntity);
      const user = isUuid(input.userId) ? await repo.findOne({ where: { id: input.userId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!user) throw new AppError('NOT_FOUND', 'USER_NOT_FOUND', 'User not found');
      const partnerId = await checkRolePartner(em, input.role, input.partnerId ?? null);
      if (user.role === Role.ADMIN && input.role !== Role.ADMIN) await ensureAnotherAdmin(em, user.id);
      Object.assign(user, { role: input.role, partnerId });
      return repo.save(user);
    });
  }

  /** Deactivation also ends every session of the user at once. */
  async setActive(actor: AuthUser, id: string, active: boolean, tx?: EntityManager): Promise<UserEntity> {
    if (id === actor.id && !active) throw new AppError('FORBIDDEN', 'OWN_DEACTIVATION', 'You cannot deactivate your own account');
    return inTransaction(this.ds, tx, async (em) => {
      const repo = em.getRepository(UserEntity);
      const user = isUuid(id) ? await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!user) throw new AppError('NOT_FOUND', 'USER_NOT_FOUND', 'User not found');
      if (!active && user.role === Role.ADMIN) await ensureAnotherAdmin(em, user.id);
      user.active = active;
      const saved = await repo.save(user);
      if (!active) await em.getRepository(SessionEntity).delete({ userId: id });
      return saved;
    });
  }
}

async function checkRolePartner(em: EntityManager, role: Role, partnerId: string | null): Promise<string | null> {
  if (role === Role.ADMIN) return null;
  if (role === Role.LEARNER) throw badInput('role', 'ROLE_NOT_INVITABLE', 'Learners register themselves');
  if (!partnerId) throw badInput('partnerId', 'PARTNER_REQUIRED', 'A partner editor belongs to a partner');
  const partner = isUuid(partnerId) ? await em.getRepository(PartnerEntity).findOneBy({ id: partnerId }) : null;
  if (!partner) throw badInput('partnerId', 'PARTNER_NOT_FOUND', 'Unknown partner');
  return partner.id;
}

async function ensureAnotherAdmin(em: EntityManager, exceptId: string): Promise<void> {
  const others = await em
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .where("u.role = 'ADMIN' AND u.active AND u.password_hash IS NOT NULL AND u.id <> :id", { id: exceptId })
    .getCount();
  if (others === 0) throw new AppError('CONFLICT', 'LAST_ADMIN', 'The platform needs at least one active administrator');
}
