import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { errorCode, GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

const ME = '{ me { id email role partner { name } } }';

describe(`accounts and sessions (${STORE})`, () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '8' } });
  });
  afterAll(() => t.close());

  it('signs in with an httpOnly, SameSite=Lax session cookie whose token is not stored in clear', async () => {
    const c = new GqlClient(t.url);
    const r = await c.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    expect(r.errors).toBeUndefined();
    const cookie = c.lastSetCookie.find((s) => s.startsWith('polisee_session='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = /polisee_session=([^;]+)/.exec(cookie!)![1]!;
    const stored = await t.db.dataSource.query('SELECT token_hash FROM session');
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((s: { token_hash: string }) => s.token_hash)).not.toContain(token);
    const me = await c.ok(ME);
    expect(me.me).toMatchObject({ email: DEMO_ADMIN_EMAIL, role: 'ADMIN' });
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const c = new GqlClient(t.url, { 'x-forwarded-for': '10.0.0.1' });
    const wrong = await c.login(DEMO_ADMIN_EMAIL, 'not-the-password');
    const unknown = await c.login('nobody-here@polisee.example', 'not-the-password');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.extensions!.reason).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(wrong.errors![0]!.extensions).toEqual(unknown.errors![0]!.extensions);
    expect(c.lastSetCookie).toEqual([]);
  });

  it('throttles repeated failures for an account, even with the right password afterwards', async () => {
    const email = 'throttle-me@polisee.example';
    const admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const inv = await admin.ok('mutation($i: InviteUserInput!) { inviteUser(input: $i) { acceptPath } }', {
      i: { email, name: 'Throttle Test', role: 'ADMIN' },
    });
    const token = decodeURIComponent(inv.inviteUser.acceptPath.split('token=')[1]);
    await new GqlClient(t.url).ok('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', {
      i: { token, password: 'a-long-enough-password' },
    });
    const c = new GqlClient(t.url);
    for (let i = 0; i < 3; i++) expect(errorCode(await c.login(email, 'wrong-password'))).toBe('UNAUTHENTICATED');
    const blocked = await c.login(email, 'a-long-enough-password');
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Another account from the same address is not locked by this one's failures.
    expect((await new GqlClient(t.url).login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD)).errors).toBeUndefined();
  });

  it('refuses anonymous and non-admin mutations with distinct codes', async () => {
    const anon = new GqlClient(t.url);
    const r = await anon.request('mutation { createPartner(input: { name: "Nope", country: "IT", type: CLUSTER_ASSOCIATION, role: PARTNER, fund: ERDF }) { id } }');
    expect(errorCode(r)).toBe('UNAUTHENTICATED');
    expect(r.data).toBeNull();
    expect(errorCode(await anon.request('{ users { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('invites a partner editor who sets a password, signs in and cannot administer', async () => {
    const admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const partners = await admin.ok('{ partners(first: 1, filter: { countries: ["RO"] }) { edges { node { id name } } } }');
    const partner = partners.partners.edges[0].node;
    const missingPartner = await admin.request('mutation($i: InviteUserInput!) { inviteUser(input: $i) { acceptPath } }', {
      i: { email: 'editor@polisee.example', name: 'Ed Itor', role: 'PARTNER_EDITOR' },
    });
    expect(errorCode(missingPartner)).toBe('BAD_USER_INPUT');
    expect(missingPartner.errors![0]!.extensions!.fieldErrors).toEqual([{ field: 'partnerId', reason: 'PARTNER_REQUIRED', message: expect.any(String) }]);

    const inv = await admin.ok('mutation($i: InviteUserInput!) { inviteUser(input: $i) { acceptPath expiresAt user { invitationPending role } } }', {
      i: { email: 'Editor@Polisee.example', name: 'Ed Itor', role: 'PARTNER_EDITOR', partnerId: partner.id },
    });
    expect(inv.inviteUser.user).toEqual({ invitationPending: true, role: 'PARTNER_EDITOR' });
    const token = decodeURIComponent(inv.inviteUser.acceptPath.split('token=')[1]);

    const editor = new GqlClient(t.url);
    const short = await editor.request('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', { i: { token, password: 'short' } });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    await editor.ok('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', { i: { token, password: 'editor-password-123' } });
    const me = await editor.ok(ME);
    expect(me.me).toMatchObject({ email: 'editor@polisee.example', role: 'PARTNER_EDITOR', partner: { name: partner.name } });
    // The token is single-use.
    const again = await new GqlClient(t.url).request('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', { i: { token, password: 'editor-password-456' } });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');

    const forbidden = await editor.request('mutation($id: ID!) { deletePartner(id: $id) }', { id: partner.id });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    expect(errorCode(await editor.request('{ users { id } }'))).toBe('FORBIDDEN');
    // Members see contact emails; visitors do not.
    const contact = '{ partners(first: 50) { edges { node { contactEmail } } } }';
    const seen = (await editor.ok(contact)).partners.edges.filter((e: any) => e.node.contactEmail).length;
    expect(seen).toBeGreaterThan(0);
    const anonSeen = (await new GqlClient(t.url).ok(contact)).partners.edges.filter((e: any) => e.node.contactEmail).length;
    expect(anonSeen).toBe(0);

    // Deactivation ends the editor's session at once.
    await admin.ok('mutation($id: ID!) { deactivateUser(id: $id) { active } }', { id: me.me.id });
    expect((await editor.ok(ME)).me).toBeNull();
    expect(errorCode(await new GqlClient(t.url).login('editor@polisee.example', 'editor-password-123'))).toBe('UNAUTHENTICATED');
    await admin.ok('mutation($id: ID!) { reactivateUser(id: $id) { active } }', { id: me.me.id });
    expect((await new GqlClient(t.url).login('editor@polisee.example', 'editor-password-123')).errors).toBeUndefined();
  });

  it('keeps an administrator: no self-deactivation, no demoting the last admin', async () => {
    const admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const me = (await admin.ok(ME)).me;
    const self = await admin.request('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: me.id });
    expect(self.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN', reason: 'OWN_DEACTIVATION' });
    const users = (await admin.ok('{ users(filter: { role: ADMIN }) { id email } }')).users;
    expect(users.map((u: { email: string }) => u.email)).toContain(DEMO_ADMIN_EMAIL);
  });

  it('logs out: the session is gone on the server, not just the cookie', async () => {
    const c = new GqlClient(t.url);
    await c.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const cookie = c.cookieHeader;
    await c.ok('mutation { logout }');
    const replay = new GqlClient(t.url, { cookie });
    expect((await replay.ok(ME)).me).toBeNull();
  });

  (STORE === 'postgres' ? it : it.skip)('serves a session from any API instance on the same database', async () => {
    const c = new GqlClient(t.url);
    await c.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const other = await t.startInstance();
    try {
      const d = new GqlClient(other.url, { cookie: c.cookieHeader });
      expect((await d.ok(ME)).me.email).toBe(DEMO_ADMIN_EMAIL);
    } finally {
      await other.close();
    }
  });
});
