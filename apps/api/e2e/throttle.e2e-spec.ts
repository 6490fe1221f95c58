import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { errorCode, GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Issue 7, findings 3, 6 and 7: the sign-in throttle is atomic, counted per account-and-address
 * pair and per address (nobody can lock the owner out from elsewhere), slows down progressively,
 * can be cleared by an administrator, and the client address comes from X-Forwarded-For only as
 * far as TRUST_PROXY says.
 */
describe(`sign-in throttling (${STORE})`, () => {
  let t: TestPlatform;
  const PASSWORD = 'the-owners-long-password';
  // TRUST_PROXY=true is one trusted hop: the address is what the nearest proxy (here: the test) appended.
  const from = (ip: string, extra: Record<string, string> = {}) => new GqlClient(t.url, { 'x-forwarded-for': ip, ...extra });

  async function createUser(email: string): Promise<void> {
    const admin = from('192.0.2.250');
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const inv = await admin.ok('mutation($i: InviteUserInput!) { inviteUser(input: $i) { acceptPath } }', { i: { email, name: 'Throttle Owner', role: 'ADMIN' } });
    const token = decodeURIComponent(inv.inviteUser.acceptPath.split('token=')[1]);
    await from('192.0.2.251').ok('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', { i: { token, password: PASSWORD } });
  }

  beforeAll(async () => {
    t = await startTestPlatform({
      env: { TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_ADDRESS: '20', LOGIN_LOCK_SECONDS: '60' },
    });
  });
  afterAll(() => t.close());

  it('checks at most the limit of passwords under 60 parallel attempts, and then refuses the right one too (finding 3)', async () => {
    const email = 'parallel-owner@polisee.example';
    await createUser(email);
    const attacker = '198.51.100.10';
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => from(attacker).login(email, i === 10 ? PASSWORD : `wrong-${i}`)));
    const codes = answers.map((a) => (a.errors ? errorCode(a) : 'OK'));
    const checked = codes.filter((c) => c !== 'TOO_MANY_REQUESTS').length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(55);
    const stored: { n: string }[] = await t.db.dataSource.query(`SELECT count(*) AS n FROM login_attempt WHERE email = $1`, [email]);
    expect(Number(stored[0]!.n)).toBe(checked); // only reserved attempts reached the password check
    // The right password, sent afterwards from the throttled address, does not sign in.
    const right = await from(attacker).login(email, PASSWORD);
    expect(errorCode(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(right.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('does not lock the owner out at their own address, and an admin can clear the pause (finding 6)', async () => {
    const email = 'locked-owner@polisee.example';
    await createUser(email);
    const attacker = '198.51.100.20';
    for (let i = 0; i < 5; i++) expect(errorCode(await from(attacker).login(email, `guess-${i}`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await from(attacker).login(email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
    // The owner, elsewhere, signs in.
    expect((await from('203.0.113.7').login(email, PASSWORD)).errors).toBeUndefined();
    // The admin console's unlock clears the pause at every address.
    const admin = from('192.0.2.250');
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const anon = await from('192.0.2.99').request('mutation { unlockSignIn(email: "x@y.z") }');
    expect(errorCode(anon)).toBe('UNAUTHENTICATED');
    const unlocked = await admin.ok('mutation($e: String!) { unlockSignIn(email: $e) }', { e: email.toUpperCase() });
    expect(unlocked.unlockSignIn).toBe(1);
    expect((await from(attacker).login(email, PASSWORD)).errors).toBeUndefined();
  });

  it('slows down progressively: after a pause, one attempt at a time, each failure doubling the pause', async () => {
    const email = 'progressive@polisee.example';
    const ip = '198.51.100.30';
    for (let i = 0; i < 5; i++) await from(ip).login(email, 'nope');
    const first = await from(ip).login(email, 'nope');
    expect(first.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(50);
    expect(first.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);
    // The pause ends (as if a minute had passed): parallel attempts get exactly one check.
    await t.db.dataSource.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE key = $1`, [`pair:${email}|${ip}`]);
    const burst = await Promise.all(Array.from({ length: 10 }, () => from(ip).login(email, 'still-wrong')));
    expect(burst.filter((a) => errorCode(a) === 'UNAUTHENTICATED')).toHaveLength(1);
    const next = await from(ip).login(email, 'nope');
    expect(errorCode(next)).toBe('TOO_MANY_REQUESTS');
    expect(next.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(110); // 2 x 60 s
  });

  it('takes the address from the trusted hop only: rotating X-Forwarded-For does not skip the address throttle (finding 7)', async () => {
    const proxySaw = '198.51.100.40';
    let refused = 0;
    for (let i = 0; i < 24; i++) {
      // The client forges the left part; the proxy appends the address it saw.
      const r = await from(`10.${i}.0.1, ${proxySaw}`).login(`nobody-${i}@polisee.example`, 'wrong');
      if (errorCode(r) === 'TOO_MANY_REQUESTS') refused++;
    }
    expect(refused).toBe(4); // 20 failures per address, then refused
    const rows: { ip: string }[] = await t.db.dataSource.query(`SELECT DISTINCT ip FROM login_throttle WHERE scope = 'ADDRESS' AND ip LIKE '10.%'`);
    expect(rows).toEqual([]);
  });
});

describe(`rate limits on every operation (${STORE})`, () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({
      env: { TRUST_PROXY: 'loopback', RATE_LIMIT_PER_ADDRESS: '20', RATE_LIMIT_PER_USER: '30', RATE_LIMIT_WINDOW_SECONDS: '3600', RATE_LIMIT_EXPENSIVE_COST: '1' },
    });
  });
  afterAll(() => t.close());

  it('admits exactly the limit of 60 parallel requests from one address, then answers 429 with Retry-After', async () => {
    const c = new GqlClient(t.url, { 'x-forwarded-for': '198.51.100.50' });
    const answers = await Promise.all(Array.from({ length: 60 }, () => c.request('{ indicators { code } }')));
    const ok = answers.filter((a) => !a.errors);
    const limited = answers.filter((a) => errorCode(a) === 'TOO_MANY_REQUESTS');
    expect(ok).toHaveLength(20);
    expect(limited).toHaveLength(40);
    expect(limited[0]!.status).toBe(429);
    const wait = Number(limited[0]!.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(3600);
    expect(limited[0]!.errors![0]!.extensions!.retryAfterSeconds).toBe(wait);
    // Another address is not affected.
    expect((await new GqlClient(t.url, { 'x-forwarded-for': '198.51.100.51' }).request('{ indicators { code } }')).errors).toBeUndefined();
  });

  it('limits a signed-in user across addresses', async () => {
    const admin = new GqlClient(t.url, { 'x-forwarded-for': '198.51.100.60' });
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const cookie = admin.cookieHeader;
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => new GqlClient(t.url, { 'x-forwarded-for': `198.51.101.${i}`, cookie }).request('{ me { id } }')),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(30);
    expect(answers.filter((a) => errorCode(a) === 'TOO_MANY_REQUESTS')[0]!.errors![0]!.message).toMatch(/account/);
  });
});
