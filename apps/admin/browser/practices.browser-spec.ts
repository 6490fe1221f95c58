/**
 * The policy-example journey across both apps, in real Chromium against the real API. This spec
 * starts its own API (on its own database) so that it can point SMTP_URL at a real SMTP server
 * running in the test process and read the author's email:
 * a partner editor drafts and submits; an admin requests changes with a comment (the email
 * arrives); the editor revises and resubmits; the admin publishes; a visitor finds the practice
 * on the portal by a word of its body typed without its accents, with the right facet counts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const API_MAIN = path.resolve(__dirname, '..', '..', 'api', 'dist', 'main.js');
const ADMIN = { email: 'admin@polisee.example', password: 'polisee-demo-admin' };
const EDITOR = { email: 'elena@adrnordest.example', password: 'editor-password-123' };

jest.setTimeout(180_000);

async function eventually<T>(read: () => Promise<T> | T, accept: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });

const mail: { to: string[]; raw: string }[] = [];
let smtp: SMTPServer;
let api: ChildProcess;
let baseUrl = '';
let dataDir: string | null = null;
let browser: Browser;

async function gql(query: string, variables: Record<string, unknown>, cookie = '') {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        mail.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, OUTBOX_POLL_MS: '200', PUBLIC_URL: baseUrl };
  delete env.NODE_OPTIONS;
  if (process.env.TEST_DATABASE_URL) Object.assign(env, { DATABASE_URL: process.env.TEST_DATABASE_URL, DATABASE_SCHEMA: `browser_pr_${crypto.randomBytes(4).toString('hex')}` });
  else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'polisee-practices-'));
    delete env.DATABASE_URL;
    env.DATA_DIR = dataDir;
  }
  api = spawn(process.execPath, [API_MAIN], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  await eventually(() => fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false), Boolean, 'the API', 120_000);

  // The editor's account (the invitation journey itself is covered by the users spec).
  const admin = await gql('mutation($i: LoginInput!) { login(input: $i) { id } }', { i: ADMIN });
  const partners = await gql('{ partners(first: 50) { edges { node { id acronym } } } }', {}, admin.cookie);
  const partnerId = partners.data.partners.edges.find((e: any) => e.node.acronym === 'RDA NE').node.id;
  const inv = await gql('mutation($i: InviteUserInput!) { inviteUser(input: $i) { acceptPath } }', { i: { email: EDITOR.email, name: 'Elena Popa', role: 'PARTNER_EDITOR', partnerId } }, admin.cookie);
  const token = decodeURIComponent(inv.data.inviteUser.acceptPath.split('token=')[1]);
  await gql('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', { i: { token, password: EDITOR.password } });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  if (api && api.exitCode === null) {
    const exited = new Promise((r) => api.once('exit', r));
    api.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  await new Promise<void>((r) => smtp.close(() => r()));
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

const decoded = (raw: string) => decodeURIComponent(raw.replace(/=\r?\n/g, '').replace(/%/g, '%25').replace(/=([0-9A-F]{2})/g, '%$1'));

it('editor drafts and submits, admin asks for changes (email), editor resubmits, admin publishes, a visitor finds it', async () => {
  const editor = await (await browser.newContext()).newPage();
  const admin = await (await browser.newContext()).newPage();
  const title = 'Vouchere pentru designul mobilierului din Suceava';

  // 1. The partner editor drafts the practice and submits it.
  await signIn(editor, EDITOR);
  await editor.goto(`${baseUrl}/admin/practices`);
  await editor.getByRole('heading', { name: 'Our policy examples' }).waitFor();
  await editor.getByRole('link', { name: 'New practice' }).click();
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Summary').fill('Vouchere de 8.000 de euro pentru firmele de mobilă care lucrează cu designeri.');
  await editor.getByLabel('Detailed description (Markdown)').fill('Firmele din **Câmpulung Moldovenesc** și Suceava au lucrat cu designeri selectați de cluster.\n\n- 40 de firme\n- 12 colecții noi');
  await editor.getByTestId('markdown-preview').locator('strong', { hasText: 'Câmpulung Moldovenesc' }).waitFor();
  await editor.getByLabel('Measurable results (one per line)').fill('40 de vouchere acordate\n12 colecții noi de mobilier');
  await editor.getByLabel('Lessons learned').fill('Auditul de design gratuit a convins firmele.');
  await editor.getByLabel('Potential for learning or transfer').fill('Regiuni cu industrie a mobilei.');
  await editor.getByLabel('Main institution').fill('North-East Regional Development Agency');
  await editor.getByLabel('Country (ISO code)').fill('RO');
  await editor.getByLabel('Regions (NUTS codes, comma-separated)').fill('RO21');
  await editor.getByLabel('Start year').fill('2022');
  await editor.getByLabel('Instrument').selectOption('VOUCHER');
  await editor.getByLabel('Language', { exact: true }).selectOption('ro');
  // The styled label covers the input: the click event goes to the input itself.
  const area = editor.getByRole('checkbox', { name: 'Innovation and R&D' });
  await area.dispatchEvent('click');
  await eventually(() => area.isChecked(), (checked) => checked, 'the development area ticked');
  await editor.getByRole('button', { name: 'Create draft' }).click();
  await editor.getByRole('button', { name: 'Submit for validation' }).click();
  await editor.getByText(/Draft → Submitted/).first().waitFor(); // the history records the move

  // 2. The admin finds it in the queue and asks for changes with a comment.
  await signIn(admin, ADMIN);
  await admin.goto(`${baseUrl}/admin/practices`);
  await eventually(() => admin.getByTestId('status-count-SUBMITTED').innerText(), (t) => t.endsWith('2'), 'two submitted practices');
  await admin.getByRole('link', { name: title }).click();
  await admin.getByLabel('Comment to the author').fill('Adăugați bugetul total și sursa de finanțare.');
  await admin.getByRole('button', { name: 'Request changes' }).click();
  await admin.getByText(/Submitted → Changes requested/).first().waitFor();

  // 3. The author's email arrives with the comment.
  // The editor also received the invitation earlier: look for the decision's email.
  const email = await eventually(() => mail.find((m) => m.to.includes(EDITOR.email) && !/invitation/i.test(m.raw)), Boolean, "the author's email");
  expect(decoded(email!.raw)).toContain('Adăugați bugetul total și sursa de finanțare.');

  // 4. The editor revises (autosaved) and resubmits.
  await editor.reload();
  await editor.getByTestId('history').getByText('Adăugați bugetul total și sursa de finanțare.').waitFor();
  await editor.getByLabel('Budget (EUR)').fill('320000');
  await editor.getByLabel('Funding source').fill('POR 2014-2020');
  await eventually(() => editor.getByTestId('save-state').innerText(), (t) => t === 'All changes saved', 'the autosave', 15_000);
  await editor.getByRole('button', { name: 'Submit for validation' }).click();
  await editor.getByText(/Changes requested → Submitted/).first().waitFor();

  // 5. The admin publishes.
  await admin.reload();
  await admin.getByRole('button', { name: 'Publish' }).click();
  await admin.getByText(/Submitted → Published/).first().waitFor();

  // 6. A visitor finds it by a word of its body typed without accents, with the facet counts.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${baseUrl}/practices`);
  await visitor.getByRole('searchbox', { name: 'Search policy examples' }).fill('campulung');
  await visitor.getByRole('button', { name: 'Search' }).click();
  await eventually(() => visitor.getByTestId('practice-count').innerText(), (t) => t.startsWith('1 practice'), 'one result');
  await visitor.getByRole('link', { name: title }).waitFor();
  await visitor.locator('mark', { hasText: 'Câmpulung' }).first().waitFor();
  expect(await visitor.getByTestId('facet-country-RO').innerText()).toBe('1');
  expect(await visitor.getByTestId('facet-area-INNOVATION_RD').innerText()).toBe('1');
  expect(await visitor.getByTestId('facet-instrument-VOUCHER').innerText()).toBe('1');
  expect(new URL(visitor.url()).searchParams.get('q')).toBe('campulung');
  await visitor.getByRole('link', { name: title }).click();
  await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
  expect(await visitor.title()).toBe(`${title} – Policy examples – PoliSEE`);
  expect(await visitor.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${baseUrl}/practices/vouchere-pentru-designul-mobilierului-din-suceava`);

  // 7. An edit of the published practice goes to a revision; the diff shows, per changed field,
  // the words removed from the published text and the words the revision adds.
  await admin.getByLabel('Summary').fill('Vouchere de 10.000 de euro pentru firmele de mobilă care lucrează cu designeri locali.');
  await admin.getByRole('button', { name: 'Save', exact: true }).click();
  const row = admin.getByTestId('revision-diff').locator('tr[data-field="summary"]');
  await row.waitFor();
  expect(await row.locator('.practice-diff__old del').allInnerTexts()).toEqual(['8']);
  expect(await row.locator('.practice-diff__new ins').allInnerTexts()).toEqual(['10', 'locali']);
  expect(await row.locator('.practice-diff__old').innerText()).toBe('Vouchere de 8.000 de euro pentru firmele de mobilă care lucrează cu designeri.');
  expect(await admin.getByTestId('revision-diff').locator('tr[data-field]').count()).toBe(1);
});
