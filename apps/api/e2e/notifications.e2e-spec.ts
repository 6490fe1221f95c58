import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server in the test process; `failNext` makes the next N messages fail with 451. */
async function startSmtp() {
  const received: Received[] = [];
  const state = { failNext: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        if (state.failNext > 0) {
          state.failNext -= 1;
          const err = Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 });
          callback(err);
          return;
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, state, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function eventually<T>(read: () => Promise<T> | T, ok: (v: T) => boolean, what: string, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  let last: T;
  do {
    last = await read();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < end);
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
}

/** Unfolds quoted-printable soft line breaks so assertions can read the text. */
const text = (raw: string) => decodeURIComponent(raw.replace(/=\r?\n/g, '').replace(/%/g, '%25').replace(/=([0-9A-F]{2})/g, '%$1'));

describe(`notifications through the outbox (${STORE})`, () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestPlatform;
  let admin: GqlClient;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestPlatform({ env: { SMTP_URL: smtp.url, OUTBOX_POLL_MS: '100', PUBLIC_URL: 'https://polisee.example' } });
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('mails the invitation, the submission to the admins and the decision with its comment to the author', async () => {
    const partners = (await admin.ok('{ partners(first: 50) { edges { node { id acronym } } } }')).partners.edges.map((e: any) => e.node);
    const inv = await admin.ok('mutation($i: InviteUserInput!) { inviteUser(input: $i) { acceptPath } }', {
      i: { email: 'ana@adrnordest.example', name: 'Ana Popescu', role: 'PARTNER_EDITOR', partnerId: partners.find((p: any) => p.acronym === 'RDA NE').id },
    });
    const invitation = await eventually(() => smtp.received.find((m) => m.to.includes('ana@adrnordest.example')), Boolean, 'the invitation');
    expect(text(invitation!.raw)).toContain(`https://polisee.example${inv.inviteUser.acceptPath}`);

    const token = decodeURIComponent(inv.inviteUser.acceptPath.split('token=')[1]);
    const editor = new GqlClient(t.url);
    await editor.ok('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', { i: { token, password: 'editor-password-123' } });
    const id = (
      await editor.ok('mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id } }', {
        i: {
          title: 'Vouchere pentru inovare în industria mobilei',
          language: 'ro',
          summary: 'Vouchere de 10.000 de euro.',
          description: 'Firmele cumpără servicii de design.',
          results: [{ description: '40 de vouchere' }],
          lessonsLearned: 'Plata direct furnizorului.',
          transferPotential: 'Ridicat.',
          regionCodes: ['RO21'],
          developmentAreas: ['INNOVATION_RD'],
          instrument: 'VOUCHER',
          startYear: 2022,
        },
      })
    ).createPractice.id;
    await editor.ok('mutation($i: TransitionPracticeInput!) { transitionPractice(input: $i) { status } }', { i: { id, action: 'SUBMIT' } });
    const toAdmin = await eventually(() => smtp.received.find((m) => m.to.includes(DEMO_ADMIN_EMAIL)), Boolean, 'the admin notice');
    expect(text(toAdmin!.raw)).toContain('submitted the policy example "Vouchere pentru inovare în industria mobilei" for validation');

    await admin.ok('mutation($i: TransitionPracticeInput!) { transitionPractice(input: $i) { status } }', {
      i: { id, action: 'REQUEST_CHANGES', comment: 'Adăugați bugetul și numărul de firme.' },
    });
    const decision = await eventually(() => smtp.received.filter((m) => m.to.includes('ana@adrnordest.example')), (l) => l.length === 2, 'the decision');
    const body = text(decision[1]!.raw);
    expect(body).toContain('The validators ask for changes');
    expect(body).toContain('Adăugați bugetul și numărul de firme.');
    expect(body).toContain('https://polisee.example/admin/practices/');
    const rows = await t.db.dataSource.query(`SELECT status, attempts FROM notification_outbox ORDER BY created_at`);
    expect(rows.every((r: any) => r.status === 'SENT' && r.attempts === 1)).toBe(true);
  });

  it('retries a refused message with backoff, and several instances send each message once', async () => {
    smtp.state.failNext = 1;
    const before = smtp.received.length;
    await t.db.dataSource.query(`INSERT INTO notification_outbox (to_address, template, params) VALUES ('retry@example.org', 'invitation', '{"name":"R","acceptPath":"/x","expiresAt":"2030-01-01","invitedBy":null}')`);
    const failed = await eventually(
      () => t.db.dataSource.query(`SELECT status, attempts, last_error, next_attempt_at > now() + interval '20 seconds' AS later FROM notification_outbox WHERE to_address = 'retry@example.org'`),
      (r: any[]) => r[0]?.attempts === 1 && r[0]?.last_error !== null,
      'the failed attempt',
    );
    expect(failed[0]).toMatchObject({ status: 'PENDING', later: true });
    expect(failed[0].last_error).toMatch(/451|busy/i);
    await t.db.dataSource.query(`UPDATE notification_outbox SET next_attempt_at = now() WHERE to_address = 'retry@example.org'`);
    await eventually(() => smtp.received.filter((m) => m.to.includes('retry@example.org')).length, (n) => n === 1, 'the retry');

    // Three instances poll the same table; 40 messages arrive exactly once each.
    const second = await t.startInstance();
    const third = await t.startInstance();
    await t.db.dataSource.query(
      `INSERT INTO notification_outbox (to_address, template, params)
       SELECT 'bulk' || g || '@example.org', 'invitation', '{"name":"B","acceptPath":"/x","expiresAt":"2030-01-01","invitedBy":null}' FROM generate_series(1, 40) g`,
    );
    await eventually(() => smtp.received.filter((m) => m.to[0]!.startsWith('bulk')).length, (n) => n >= 40, 'the bulk messages');
    await new Promise((r) => setTimeout(r, 500));
    const bulk = smtp.received.filter((m) => m.to[0]!.startsWith('bulk')).map((m) => m.to[0]);
    expect(bulk).toHaveLength(40);
    expect(new Set(bulk).size).toBe(40);
    expect(smtp.received.length - before).toBe(41);
    await second.close();
    await third.close();
  });
});
