/**
 * The public portal in real Chromium against the real API, which serves the built portal at /.
 * The jest globalSetup starts the API and sets POLISEE_BASE_URL; the database holds the 23
 * seeded partners in 11 countries.
 */
import { type Browser, type Page } from 'playwright-core';
import { baseUrl as harnessUrl, eventually, launchChromium } from '@polisee/jest-presets/browser';

const baseUrl = harnessUrl();

jest.setTimeout(90_000);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('portal', () => {
  it('home names the platform and links to the partnership and developers pages', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of ['Home', 'Partnership', 'Developers']) {
      expect(await nav.getByRole('link', { name: label, exact: true }).count()).toBe(1);
    }
    expect(await page.locator('main').innerText()).toContain('Marche Region');
    // The home page leads to every tool.
    const tools = await page.getByTestId('home-tools').getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(tools).toEqual(['/practices', '/benchmarking', '/cycles', '/pilots', '/training', '/foresight']);
  });

  it('moves the focus to the new page’s heading after an in-app navigation, not on the first load', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Benchmarking', exact: true }).click();
    await page.waitForURL(`${baseUrl}/benchmarking`);
    await eventually(() => page.evaluate(() => document.activeElement?.tagName), (tag) => tag === 'H1', 'the focus on the heading');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Smart benchmarking');
    // Tab goes on from the heading into the page (the region picker), not back to the header.
    await page.getByRole('combobox', { name: 'Region' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  it('partnership groups 23 partners by 11 countries and marks them on the map', async () => {
    await page.goto(`${baseUrl}/partnership`);
    const groups = page.getByTestId('country-group');
    await eventually(() => groups.count(), (count) => count === 11, '11 country groups');
    expect(await page.getByTestId('partner-entry').count()).toBe(23);

    const counts = await page.getByTestId('country-count').allInnerTexts();
    expect(counts.reduce((sum, text) => sum + Number.parseInt(text, 10), 0)).toBe(23);
    const romania = groups.filter({ has: page.getByRole('heading', { name: 'Romania', exact: true }) });
    expect(await romania.getByTestId('partner-entry').count()).toBe(3);

    // Every partner is either a marker or listed as not on the map.
    const markers = page.getByTestId('map-marker');
    await markers.first().waitFor();
    const markerCount = await markers.count();
    const notOnMap = await page.getByTestId('not-on-map').locator('li').count();
    expect(markerCount).toBeGreaterThanOrEqual(15);
    expect(markerCount + notOnMap).toBe(23);

    // A marker is keyboard-focusable and names its partner in a tooltip.
    await markers.first().focus();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect((await tooltip.innerText()).length).toBeGreaterThan(0);
  });

  it('developers page runs an example query against the endpoint', async () => {
    await page.goto(`${baseUrl}/developers`);
    expect(await page.getByTestId('endpoint-url').innerText()).toBe(`${baseUrl}/graphql`);
    const example = page.getByTestId('example-partners-page');
    await example.getByRole('button', { name: /^Run/ }).click();
    const result = example.getByTestId('example-result');
    await result.waitFor();
    const body = JSON.parse(await result.innerText()) as { data?: { partners?: { totalCount: number; edges: unknown[] } } };
    expect(body.data?.partners?.totalCount).toBe(23);
    expect(body.data?.partners?.edges).toHaveLength(5);

    const schema = page.getByTestId('schema-text');
    await schema.waitFor({ state: 'attached' });
    expect(await schema.textContent()).toContain('type Query');
  });
});
