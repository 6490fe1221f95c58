/**
 * User administration end to end in Chromium: an administrator invites a partner editor, the
 * invitee opens the link in their own browser, sets a password and lands in a read-only
 * console; deactivation signs them out at once.
 */
import { type Browser, type Page } from 'playwright-core';
import { baseUrl as harnessUrl, launchChromium } from '@polisee/jest-presets/browser';

const baseUrl = harnessUrl();

jest.setTimeout(90_000);

async function signInAsAdmin(page: Page) {
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill('admin@polisee.example');
  await page.getByLabel('Password', { exact: true }).fill('polisee-demo-admin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Partners' }).waitFor();
}

describe('user administration', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('invites a partner editor who signs up, sees partners read-only, and is signed out when deactivated', async () => {
    const admin = await (await browser.newContext()).newPage();
    await signInAsAdmin(admin);
    await admin.getByRole('link', { name: 'Users' }).click();
    await admin.getByRole('button', { name: 'Invite user' }).click();
    const email = `editor-${Date.now()}@polisee.example`;
    const form = admin.getByRole('form', { name: 'Invite a user' });
    await form.getByLabel('Email', { exact: true }).fill(email);
    await form.getByLabel('Name', { exact: true }).fill('Elena Editor');
    await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Partner editor' });
    const partner = form.getByRole('combobox', { name: /^Partner/ });
    await partner.locator('option', { hasText: 'North-East Regional Development Agency' }).waitFor({ state: 'attached' });
    await partner.selectOption({ label: 'North-East Regional Development Agency (RDA NE)' });
    await form.getByRole('button', { name: 'Create invitation' }).click();
    const result = admin.getByTestId('invitation-result');
    await result.waitFor();
    const link = await result.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(/\/admin\/accept-invitation\?token=/);
    await result.getByRole('button', { name: 'Done' }).click();
    expect(await admin.getByTestId('user-row').filter({ hasText: email }).innerText()).toMatch(/Invitation pending/i);

    const editorContext = await browser.newContext();
    const editor = await editorContext.newPage();
    await editor.goto(link);
    await editor.getByLabel('New password').fill('a-strong-editor-password');
    await editor.getByLabel('Repeat the password').fill('a-strong-editor-password');
    await editor.getByRole('button', { name: 'Set password and sign in' }).click();
    await editor.getByRole('heading', { name: 'Partners' }).waitFor();
    expect(await editor.getByRole('button', { name: 'New partner' }).count()).toBe(0);
    expect(await editor.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await editor.getByText('Elena Editor').count()).toBeGreaterThan(0);

    await admin.reload();
    await admin.getByRole('button', { name: 'Deactivate Elena Editor' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Deactivate user?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await admin.getByTestId('user-row').filter({ hasText: email }).innerText()).toMatch(/Deactivated/i);

    await editor.reload();
    await editor.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(editor.url()).toMatch(/\/admin\/sign-in/);
    await editorContext.close();
  });
});
