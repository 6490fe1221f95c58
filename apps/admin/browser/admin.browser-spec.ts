/**
 * The admin console's main journeys in real Chromium against the real API, which serves the
 * built app at /admin. The jest globalSetup starts the API and sets POLISEE_BASE_URL; the
 * database is seeded with the 23 partners of the partnership.
 */
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { baseUrl as harnessUrl, eventually, launchChromium } from '@polisee/jest-presets/browser';

const baseUrl = harnessUrl();
const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@polisee.example';
const adminPassword = process.env.ADMIN_PASSWORD ?? 'polisee-demo-admin';

jest.setTimeout(90_000);

const pageStatus = (page: Page) => page.getByTestId('page-status');
const rows = (page: Page) => page.getByTestId('partner-row');
const rowNames = (page: Page) => rows(page).locator('th').allInnerTexts();

async function waitForTotal(page: Page, total: number) {
  await eventually(() => pageStatus(page).innerText(), (text) => text.endsWith(`of ${total}`) || (total === 0 && text === 'No partners'), `page status "of ${total}"`);
}

async function signIn(page: Page, password: string) {
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function search(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search' }).fill(text);
}

async function selectWhenLoaded(select: Locator, value: string) {
  await select.locator(`option[value="${value}"]`).waitFor({ state: 'attached' });
  await select.selectOption(value);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('admin sign-in', () => {
  it('shows the API error for a wrong password and stays on the sign-in page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signIn(page, `${adminPassword}-wrong`);
      const alert = page.getByTestId('sign-in-error');
      await alert.waitFor();
      expect((await alert.innerText()).trim().length).toBeGreaterThan('Sign-in failed'.length);
      expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
    } finally {
      await context.close();
    }
  });

  it('sends a visitor without a session to sign-in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/admin/partners`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
    } finally {
      await context.close();
    }
  });
});

describe('partners, signed in as an administrator', () => {
  let context: BrowserContext;
  let page: Page;
  const name = `Browser Test Cluster ${Date.now()}`;
  const editedName = `${name} (edited)`;

  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await signIn(page, adminPassword);
    await page.waitForURL(`${baseUrl}/admin/partners`);
  });

  afterAll(async () => {
    await context?.close();
  });

  let startTotal = 23;

  it('lists the 23 seeded partners with the signed-in user in the header', async () => {
    await rows(page).first().waitFor();
    // The browser specs share one database: earlier spec files may have added partners.
    const status = await eventually(() => pageStatus(page).innerText(), (text) => /of \d+$/.test(text), 'the page status');
    startTotal = Number(/of (\d+)$/.exec(status)![1]);
    expect(startTotal).toBeGreaterThanOrEqual(23);
    const caption = await page.getByTestId('partners-table').locator('caption').innerText();
    expect(caption).toContain(String(startTotal));
    expect((await page.getByTestId('current-user').innerText()).length).toBeGreaterThan(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).count()).toBe(1);
  });

  it('sorts by name descending on a second click of the Name header', async () => {
    const before = await rowNames(page);
    const nameHeader = page.getByRole('columnheader', { name: 'Name' });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: 'Name', exact: true }).click();
    await eventually(() => nameHeader.getAttribute('aria-sort'), (sort) => sort === 'descending', 'aria-sort descending');
    const after = await eventually(() => rowNames(page), (names) => names.length > 0 && names[0] !== before[0], 'a new first row');
    expect(after[0]).not.toBe(before[0]);
    // Back to ascending for the steps that follow.
    await page.getByRole('button', { name: 'Name', exact: true }).click();
    await eventually(() => nameHeader.getAttribute('aria-sort'), (sort) => sort === 'ascending', 'aria-sort ascending');
  });

  it('filters by country: Romania has 3 partners', async () => {
    const filters = page.getByRole('search', { name: 'Filter partners' });
    await selectWhenLoaded(filters.getByLabel('Country', { exact: true }), 'RO');
    await waitForTotal(page, 3);
    await eventually(() => rows(page).count(), (count) => count === 3, '3 rows');
    const countries = await rows(page).locator('td:nth-of-type(2)').allInnerTexts();
    expect(countries).toEqual(['Romania', 'Romania', 'Romania']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await waitForTotal(page, startTotal);
  });

  it('creates a partner and finds it by searching', async () => {
    await page.getByRole('link', { name: 'New partner' }).click();
    await page.getByRole('heading', { name: 'New partner' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Acronym', { exact: true }).fill('BTC');
    await selectWhenLoaded(page.getByLabel('Country', { exact: true }), 'IT');
    await page.getByLabel('Type', { exact: true }).selectOption('CLUSTER_ASSOCIATION');
    await page.getByLabel('Role', { exact: true }).selectOption('PARTNER');
    await page.getByLabel('Fund', { exact: true }).selectOption('ERDF');
    await page.getByLabel('Budget (EUR)', { exact: true }).fill('125000');
    await page.getByLabel('Website', { exact: true }).fill('https://cluster.example.eu');
    await page.getByRole('button', { name: 'Create partner' }).click();

    await page.waitForURL(`${baseUrl}/admin/partners`);
    await eventually(() => page.getByTestId('partner-status').innerText(), (text) => text.includes(name), 'the created message');
    await waitForTotal(page, 24);
    await search(page, name);
    await waitForTotal(page, 1);
    expect(await rowNames(page)).toEqual([expect.stringContaining(name)]);
  });

  it('edits the partner', async () => {
    await page.getByRole('link', { name: `Edit ${name}` }).click();
    const nameInput = page.getByLabel('Name', { exact: true });
    await eventually(() => nameInput.inputValue(), (value) => value === name, 'the form filled with the partner');
    await nameInput.fill(editedName);
    await page.getByRole('button', { name: 'Save partner' }).click();

    await page.waitForURL(`${baseUrl}/admin/partners`);
    await eventually(() => page.getByTestId('partner-status').innerText(), (text) => text.includes(editedName), 'the saved message');
    await search(page, editedName);
    await waitForTotal(page, 1);
    expect(await rowNames(page)).toEqual([expect.stringContaining(editedName)]);
  });

  it('deletes the partner after a confirmation that names it', async () => {
    await page.getByRole('button', { name: `Delete ${editedName}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete partner?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(editedName);
    await dialog.getByRole('button', { name: 'Delete partner' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(() => page.getByTestId('partner-status').innerText(), (text) => text.includes('Deleted'), 'the deleted message');
    await waitForTotal(page, 0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await waitForTotal(page, startTotal);
  });
});
