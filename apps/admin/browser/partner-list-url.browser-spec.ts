/**
 * The partners list keeps its view in the URL (issue 8, admin CRUD kit): filter and sort, reload,
 * and the same rows come back in the same order; the address alone (a shared link) opens the same
 * view in a new session.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

const baseUrl = (process.env.POLISEE_BASE_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@polisee.example';
const adminPassword = process.env.ADMIN_PASSWORD ?? 'polisee-demo-admin';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

jest.setTimeout(90_000);

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

const rowTexts = (page: Page) => page.getByTestId('partner-row').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
const pageStatus = (page: Page) => page.getByTestId('page-status').innerText();

async function signIn(page: Page) {
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/admin/partners`);
}

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
});

it('keeps filters and sort across a reload and in a shared link', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await signIn(page);
    // Other test files share the database and may add partners: start from whatever total is there.
    const all = await eventually(() => pageStatus(page), (text) => / of \d+$/.test(text), 'the unfiltered list');

    // Filter: regional development agencies; sort: budget, largest first.
    const filters = page.getByRole('search', { name: 'Filter partners' });
    await filters.getByLabel('Type', { exact: true }).selectOption('REGIONAL_DEVELOPMENT_AGENCY');
    await eventually(async () => page.url(), (url) => url.includes('type=REGIONAL_DEVELOPMENT_AGENCY'), 'the type in the URL');
    const budgetHeader = page.getByRole('columnheader', { name: 'Budget (EUR)' });
    await page.getByRole('button', { name: 'Budget (EUR)', exact: true }).click();
    await eventually(() => budgetHeader.getAttribute('aria-sort'), (sort) => sort === 'ascending', 'budget ascending');
    await page.getByRole('button', { name: 'Budget (EUR)', exact: true }).click();
    await eventually(() => budgetHeader.getAttribute('aria-sort'), (sort) => sort === 'descending', 'budget descending');
    await eventually(async () => page.url(), (url) => url.includes('sort=-budget'), 'the sort in the URL');
    const status = await eventually(() => pageStatus(page), (text) => text !== all, 'the filtered count');
    const before = await eventually(
      () => rowTexts(page),
      (rows) => rows.length > 1,
      'the filtered rows',
    );
    // Budgets really descend (the API sorts; the table only shows the order).
    const budgets = await page.getByTestId('partner-row').locator('td.numeric').allInnerTexts();
    const numbers = budgets.map((text) => Number(text.replace(/[^\d]/g, '')) || 0);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    const url = page.url();
    await page.reload();
    await eventually(() => pageStatus(page), (text) => text === status, 'the same count after reload');
    expect(await eventually(() => rowTexts(page), (rows) => rows.length === before.length, 'rows after reload')).toEqual(before);
    expect(await filters.getByLabel('Type', { exact: true }).inputValue()).toBe('REGIONAL_DEVELOPMENT_AGENCY');
    expect(await budgetHeader.getAttribute('aria-sort')).toBe('descending');

    // The same address in another signed-in tab shows the same view.
    const other = await context.newPage();
    await other.goto(url);
    expect(await eventually(() => rowTexts(other), (rows) => rows.length === before.length, 'rows in the shared link')).toEqual(before);
    await other.close();

    // Clear filters returns to the default view and a clean address.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await eventually(() => pageStatus(page), (text) => text === all, 'the unfiltered list again');
    expect(new URL(page.url()).search).toBe('');
  } finally {
    await context.close();
  }
});
