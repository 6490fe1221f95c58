/**
 * The policy-example journey across both apps, in real Chromium against the real API. This spec
 * starts its own API (on its own database) so that it can point SMTP_URL at a real SMTP server
 * running in the test process and read the author's email:
 * a partner editor drafts and submits; an admin requests changes with a comment (the email
 * arrives); the editor revises and resubmits; the admin publishes; a visitor finds the practice
 * on the portal by a word of its body typed without its accents, with the right facet counts.
 */
import { type Browser, type Page } from 'playwright-core';
import { eventually, launchChromium, startApiWithMail, type ApiWithMail } from '@polisee/jest-presets/browser';

const ADMIN = { email: 'admin@polisee.example', password: 'polisee-demo-admin' };
const EDITOR = { email: 'elena@adrnordest.example', password: 'editor-password-123' };

jest.setTimeout(180_000);

let env: ApiWithMail;
let baseUrl = '';
let browser: Browser;
const gql = (query: string, variables: Record<string, unknown>, cookie = '') => env.gql(query, variables, cookie);

beforeAll(async () => {
  env = await startApiWithMail('pr');
  baseUrl = env.baseUrl;
  // The editor's account (the invitation journey itself is covered by the users spec).
  const admin = await gql('mutation($i: LoginInput!) { login(input: $i) { id } }', { i: ADMIN });
  const partners = await gql('{ partners(first: 50) { edges { node { id acronym } } } }', {}, admin.cookie);
  const partnerId = partners.data.partners.edges.find((e: any) => e.node.acronym === 'RDA NE').node.id;
  const inv = await gql('mutation($i: InviteUserInput!) { inviteUser(input: $i) { acceptPath } }', { i: { email: EDITOR.email, name: 'Elena Popa', role: 'PARTNER_EDITOR', partnerId } }, admin.cookie);
  const token = decodeURIComponent(inv.data.inviteUser.acceptPath.split('token=')[1]);
  await gql('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', { i: { token, password: EDITOR.password } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
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
  const email = await eventually(async () => env.mail.find((m) => m.to.includes(EDITOR.email) && !/invitation/i.test(m.raw)), Boolean, "the author's email");
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
