/**
 * Data import in the admin console, end to end in real Chromium against the real API (which
 * also serves the portal): a file with a bad row is refused with the reason, the fixed file is
 * applied and appears in the history, re-importing it changes nothing, and the imported value
 * shows in the portal's benchmark explorer.
 */
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl as harnessUrl, eventually, launchChromium } from '@polisee/jest-presets/browser';

const baseUrl = harnessUrl();
const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@polisee.example';
const adminPassword = process.env.ADMIN_PASSWORD ?? 'polisee-demo-admin';

jest.setTimeout(90_000);

async function signIn(page: Page) {
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/admin/partners`);
}

// Test files share one database per run: a value no seed produces, for a year the explorer can
// be pointed at.
const stamp = Date.now();
const year = 2016;
const value = 9000 + (stamp % 997) + 0.25;
const shownValue = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);
const header = 'indicator,region,year,value,flag,source';
const goodRows = [`BERD_EUR_PER_INH,ITI3,${year},${value},,Browser test ${stamp}`, `HRST_TERTIARY_PCT,RO21,${year},41.75,ESTIMATED,Browser test ${stamp}`];
const badFile = [header, goodRows[0], `HRST_TERTIARY_PCT,RO21,${year},forty-one,,Browser test ${stamp}`].join('\n');
const goodFile = [header, ...goodRows].join('\n');
const fileName = `browser-import-${stamp}.csv`;

async function choose(page: Page, name: string, content: string) {
  await page.getByLabel('File to import', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await page.getByTestId('import-preview').waitFor();
  await eventually(() => page.getByTestId('import-preview').locator('h3').innerText(), (text) => text.includes(name), `the preview of ${name}`);
}

const count = async (page: Page, key: string) => Number(await page.getByTestId(`count-${key}`).locator('dd').innerText());

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  await signIn(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('data import, signed in as an administrator', () => {
  it('has Indicators and Data in the navigation; Indicators lists performance and structural indicators', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Indicators', exact: true }).click();
    const rows = page.getByTestId('indicator-row');
    await eventually(() => rows.count(), (n) => n >= 20, 'the seeded indicators');
    const table = await page.getByTestId('indicators-table').innerText();
    for (const code of ['BERD_EUR_PER_INH', 'HRST_TERTIARY_PCT', 'GDP_PC_EUR', 'POPULATION']) expect(table).toContain(code);
    await page.getByLabel('Kind', { exact: true }).selectOption('STRUCTURAL');
    await eventually(() => page.getByTestId('indicators-table').innerText(), (text) => !text.includes('BERD_EUR_PER_INH') && text.includes('GDP_PC_EUR'), 'structural indicators only');
    await nav.getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByRole('heading', { name: 'Import observations' }).waitFor();
  });

  it('refuses a file with a bad row and names the row, column and reason', async () => {
    await choose(page, `bad-${fileName}`, badFile);
    const errors = page.getByTestId('import-error');
    await eventually(() => errors.count(), (n) => n >= 1, 'an error row');
    const cells = await errors.first().locator('td').allInnerTexts();
    expect(cells[0]).toBe('2');
    expect(cells[1]?.toLowerCase()).toBe('value');
    expect(cells[2]?.trim().length).toBeGreaterThan(0);
    expect(await count(page, 'errors')).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('button', { name: 'Apply import' }).isDisabled()).toBe(true);
  });

  it('applies the fixed file and shows it in the import history', async () => {
    await choose(page, fileName, goodFile);
    expect(await page.getByTestId('import-error').count()).toBe(0);
    expect(await count(page, 'errors')).toBe(0);
    const actions = await page.getByTestId('import-row-action').allTextContents();
    expect(actions).toHaveLength(2);
    // New values, or changes of seeded demo values for the same region and year.
    for (const action of actions) expect(['Insert', 'Update']).toContain(action);
    expect((await count(page, 'inserts')) + (await count(page, 'updates'))).toBe(2);

    const apply = page.getByRole('button', { name: 'Apply import' });
    expect(await apply.isEnabled()).toBe(true);
    await apply.click();
    const success = page.getByTestId('import-success');
    await success.waitFor();
    expect(await success.innerText()).toContain(fileName);

    const batch = page.getByTestId('import-batch').filter({ hasText: fileName });
    await eventually(() => batch.count(), (n) => n === 1, 'the batch in the history');
    const cells = await batch.locator('td').allInnerTexts();
    expect(cells).toContain('CSV');
    expect(await batch.locator('code').innerText()).toMatch(/^[0-9a-f]{12}$/);
  });

  it('re-importing the same file changes nothing: every row is unchanged', async () => {
    await choose(page, fileName, goodFile);
    await eventually(() => page.getByTestId('import-row-action').allTextContents(), (list) => list.length === 2 && list.every((action) => action === 'Unchanged'), 'every row unchanged');
    expect(await count(page, 'unchanged')).toBe(2);
    expect(await count(page, 'inserts')).toBe(0);
    expect(await count(page, 'updates')).toBe(0);
    // The previous value is the one just imported.
    expect(await page.getByTestId('import-row').first().locator('td').last().innerText()).toBe(shownValue);
  });

  it('the observations browser finds the imported value, filtered with the keyboard, and keeps the filters on reload', async () => {
    const filters = page.getByRole('search', { name: 'Filter observations' });
    // Searchable multi-select comboboxes: type, arrow to the option, Enter; no Ctrl-click.
    async function pick(label: string, text: string, option: string, by: 'keyboard' | 'pointer') {
      const box = filters.getByRole('combobox', { name: label, exact: true });
      // Scrolled into view first: React Aria closes an open list when the page scrolls.
      await box.scrollIntoViewIfNeeded();
      await box.click();
      await box.pressSequentially(text);
      await page.getByRole('option', { name: option }).waitFor();
      if (by === 'keyboard') {
        await box.press('ArrowDown');
        await box.press('Enter');
      } else {
        await page.getByRole('option', { name: option }).click();
      }
      await eventually(async () => new URL(page.url()).search, (search) => search.includes(option.split(' ')[0]!), `${option} in the URL`);
      await box.press('Escape');
      // The choice shows as a removable tag under the box.
      // Polled afresh each time: React Aria re-creates the tag list as the list closes.
      await eventually(
        () => filters.getByRole('grid', { name: `Chosen ${label.toLowerCase()}` }).getByRole('row', { name: option }).count(),
        (n) => n === 1,
        `the ${option} tag`,
      );
    }
    await pick('Indicators', 'berd', 'BERD_EUR_PER_INH — Business R&D expenditure', 'keyboard');
    await pick('Regions', 'iti3', 'ITI3 — Marche', 'pointer');
    await filters.getByLabel('From year', { exact: true }).selectOption(String(year));
    // Each change is written to the URL; let the first land before the second.
    await eventually(async () => new URL(page.url()).searchParams.get('from'), (v) => v === String(year), 'from year in the URL');
    await filters.getByLabel('To year', { exact: true }).selectOption(String(year));
    await eventually(async () => new URL(page.url()).searchParams.get('to'), (v) => v === String(year), 'to year in the URL');
    const rows = page.getByTestId('observation-row');
    await eventually(() => rows.allInnerTexts(), (list) => list.length === 1 && list[0]!.includes(shownValue), `the imported observation at ${page.url()}`);
    expect(new URL(page.url()).searchParams.get('ind')).toBe('BERD_EUR_PER_INH');
    await page.reload();
    await eventually(() => page.getByTestId('observation-row').allInnerTexts(), (list) => list.length === 1 && list[0]!.includes(shownValue), 'the same observation after reload');
  });

  it('the portal explorer shows the imported value in the profile table', async () => {
    const portal = await context.newPage();
    try {
      await portal.goto(`${baseUrl}/benchmarking/ITI3?year=${year}`);
      const cell = portal.locator('[data-indicator="BERD_EUR_PER_INH"]').getByTestId('profile-value');
      await cell.waitFor();
      await eventually(() => cell.innerText(), (text) => text.includes(shownValue), `${shownValue} in the profile table`);
    } finally {
      await portal.close();
    }
  });
});
