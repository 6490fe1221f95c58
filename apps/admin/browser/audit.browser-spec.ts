/**
 * Issue 7 in the admin console, end to end in Chromium: a change made in the console shows in the
 * audit log with who, what and the fields before and after, filters narrow it, and an
 * administrator unlocks an account whose sign-in was paused after wrong passwords.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { baseUrl as harnessUrl, launchChromium } from '@polisee/jest-presets/browser';

const baseUrl = harnessUrl();
const shots = process.env.POLISEE_SCREENSHOTS ?? path.join(os.tmpdir(), 'polisee-screenshots');

jest.setTimeout(90_000);

async function signInAsAdmin(page: Page) {
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill('admin@polisee.example');
  await page.getByLabel('Password', { exact: true }).fill('polisee-demo-admin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Partners' }).waitFor();
}

/** A GraphQL call from the page, with its session cookie (as the console's own client sends). */
function gql(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  return page.evaluate(
    async ([q, v]) => (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) })).json(),
    [query, variables] as const,
  );
}

describe('audit log and sign-in unlock', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    fs.mkdirSync(shots, { recursive: true });
  });
  afterAll(() => browser.close());

  it('shows a console change with its diff, and filters by record type, user and dates', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signInAsAdmin(page);
    const stamp = Date.now();
    const created = await gql(page, 'mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }', {
      i: { name: `Audit Browser Cluster ${stamp}`, country: 'SI', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF' },
    });
    const id = created.data.createPartner.id;
    await gql(page, 'mutation($i: UpdatePartnerInput!) { updatePartner(input: $i) { id } }', { i: { id, name: `Audit Browser Cluster ${stamp} (renamed)` } });

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    expect(await page.title()).toBe('Audit log · PoliSEE admin');
    const latest = page.getByTestId('audit-entry').first();
    await latest.waitFor();
    const text = await latest.innerText();
    expect(text).toContain('updatePartner');
    expect(text).toContain('Partner changed');
    expect(text).toContain(`Audit Browser Cluster ${stamp}`);
    expect(text).toContain(`Audit Browser Cluster ${stamp} (renamed)`);
    expect(text).toMatch(/Demo Administrator|admin@polisee\.example/);
    expect(await latest.locator('del').first().innerText()).toBe(`Audit Browser Cluster ${stamp}`);
    expect(await latest.locator('ins').first().innerText()).toBe(`Audit Browser Cluster ${stamp} (renamed)`);
    await page.screenshot({ path: path.join(shots, 'admin-audit-log.png'), fullPage: true });

    const filters = page.getByRole('search', { name: 'Filter the audit log' });
    await filters.getByLabel('Record type').selectOption({ label: 'User' });
    await page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="audit-entry"]')).every((row) => !row.textContent?.includes('updatePartner')));
    await filters.getByLabel('Record type').selectOption({ label: 'Partner' });
    await page.getByTestId('audit-entry').filter({ hasText: 'updatePartner' }).first().waitFor();
    const user = filters.getByLabel('User');
    await user.locator('option', { hasText: 'admin@polisee.example' }).waitFor({ state: 'attached' });
    await user.selectOption({ index: 1 });
    await filters.getByLabel('From').fill('2099-01-01');
    await page.getByText('No changes match these filters.').waitFor();
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('audit-entry').first().waitFor();

    // Narrow screens keep the page usable.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(shots, 'admin-audit-log-390.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390 + 1);
  });

  it('unlocks an account paused after wrong passwords', async () => {
    const admin = await (await browser.newContext()).newPage();
    await signInAsAdmin(admin);
    const email = `paused-${Date.now()}@polisee.example`;
    const inv = await gql(admin, 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { acceptPath } }', { i: { email, name: 'Paula Paused', role: 'ADMIN' } });
    const token = decodeURIComponent(inv.data.inviteUser.acceptPath.split('token=')[1]);
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${baseUrl}/admin/sign-in`);
    await gql(visitor, 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', { i: { token, password: 'paulas-long-password' } });
    await gql(visitor, 'mutation { logout }');
    const login = (password: string) => gql(visitor, 'mutation($i: LoginInput!) { login(input: $i) { id } }', { i: { email, password } });
    for (let i = 0; i < 5; i++) await login('a-wrong-password');
    expect((await login('paulas-long-password')).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');

    await admin.getByRole('link', { name: 'Users' }).click();
    await admin.getByRole('button', { name: 'Unlock sign-in for Paula Paused' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Unlock sign-in' }).click();
    await admin.getByText('Unlocked sign-in for Paula Paused (1 paused address).').waitFor();
    expect((await login('paulas-long-password')).data.login.id).toBeTruthy();
  });
});
