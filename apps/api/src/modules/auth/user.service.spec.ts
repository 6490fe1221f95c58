// Service tests: UserService's account rules on a migrated, seeded PGlite, without Apollo or HTTP.
jest.mock('@apollo/server', () => {
  throw new Error('service tests must not load Apollo');
});
jest.mock('express', () => {
  throw new Error('service tests must not load HTTP');
});

import 'reflect-metadata';
import { AppError } from '../../common/app-error';
import { DEMO_ADMIN_EMAIL } from '../../config/env';
import { startServiceHarness, thrown, type ServiceHarness } from '../../../e2e/support/services';
import type { AuthUser } from './auth-user';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { Role } from './user.type';

const meta = { ip: '192.0.2.1', userAgent: 'service-spec' };

describe('UserService', () => {
  let h: ServiceHarness;
  let admin: AuthUser;
  beforeAll(async () => {
    h = await startServiceHarness();
    const u = await h.ds.getRepository(UserEntity).findOneByOrFail({ email: DEMO_ADMIN_EMAIL });
    admin = { id: u.id, email: u.email, name: u.name, role: u.role, partnerId: u.partnerId };
  });
  afterAll(() => h.close());

  const partnerId = async () => (await h.services.partners.list({ first: 1 })).edges[0]!.node.id;

  it('keeps one active administrator and refuses self-changes, with reasons', async () => {
    const self = (await thrown(() => h.services.users.setActive(admin, admin.id, false))) as AppError;
    expect({ code: self.code, reason: self.reason }).toEqual({ code: 'FORBIDDEN', reason: 'OWN_DEACTIVATION' });
    const pid = await partnerId();
    const role = (await thrown(() => h.services.users.changeRole(admin, { userId: admin.id, role: Role.PARTNER_EDITOR, partnerId: pid }))) as AppError;
    expect(role.reason).toBe('OWN_ROLE_CHANGE');
    // An admin still pending an invitation (no password) does not count as another administrator.
    const other = await h.services.users.invite({ email: 'second-admin@example.org', name: 'Second Admin', role: Role.ADMIN });
    const actor: AuthUser = { ...admin, id: other.user.id };
    const last = (await thrown(() => h.services.users.setActive(actor, admin.id, false))) as AppError;
    expect({ code: last.code, reason: last.reason }).toEqual({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
  });

  it('wants a partner for a partner editor', async () => {
    const e = (await thrown(() => h.services.users.invite({ email: 'editor@example.org', name: 'Ed', role: Role.PARTNER_EDITOR }))) as AppError;
    expect(e.fieldErrors).toEqual([{ field: 'partnerId', reason: 'PARTNER_REQUIRED', message: expect.any(String) }]);
  });

  it('sets the password and opens the session in one transaction', async () => {
    const inv = await h.services.users.invite({ email: 'atomic@example.org', name: 'Ana Atomic', role: Role.PARTNER_EDITOR, partnerId: await partnerId() });
    // The session cannot be opened: nothing of the acceptance may stay.
    const open = jest.spyOn(h.services.auth, 'openSession').mockRejectedValueOnce(new Error('session store down'));
    await expect(h.services.users.acceptInvitation({ token: inv.token, password: 'a-long-password-123' }, meta)).rejects.toThrow('session store down');
    open.mockRestore();
    const after = await h.ds.getRepository(UserEntity).findOneByOrFail({ id: inv.user.id });
    expect(after.passwordHash).toBeNull();
    expect(after.invitationTokenHash).not.toBeNull();

    // The same invitation still works, and the session is there once it commits.
    const session = await h.services.users.acceptInvitation({ token: inv.token, password: 'a-long-password-123' }, meta);
    expect(await h.ds.getRepository(SessionEntity).countBy({ userId: inv.user.id })).toBe(1);
    expect(session.user.id).toBe(inv.user.id);
    const again = (await thrown(() => h.services.users.acceptInvitation({ token: inv.token, password: 'a-long-password-123' }, meta))) as AppError;
    expect(again.reason).toBe('INVITATION_INVALID');
  });
});
