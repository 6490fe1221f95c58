/**
 * The benchmark explorer in real Chromium against the real API (seeded with 81 NUTS-2 regions,
 * 21 indicators and 2014-2024 data): pick a region, see its reference regions and profile,
 * change a weight, and get the same view back from the URL alone.
 */
import { type Browser, type Page } from 'playwright-core';
import { baseUrl as harnessUrl, eventually, launchChromium } from '@polisee/jest-presets/browser';

const baseUrl = harnessUrl();

jest.setTimeout(90_000);

/** Waits until the benchmark has been computed for the current settings (no request pending). */
async function waitForBenchmark(page: Page) {
  await page.getByTestId('profile-table').waitFor();
  await eventually(() => page.getByTestId('benchmark-result').getAttribute('aria-busy'), (busy) => busy === 'false', 'the benchmark to finish');
}

/** What the view shows: composite, rank, interval and the ranking table, as text. */
async function renderedRanking(page: Page) {
  return {
    value: await page.getByTestId('composite-value').innerText(),
    rank: await page.getByTestId('composite-rank').innerText(),
    interval: await page.getByTestId('composite-interval').innerText(),
    ranking: await page.getByTestId('ranking-row').allTextContents(),
    weight: await page.locator('[data-indicator="BERD_EUR_PER_INH"] td').nth(8).innerText(),
  };
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('benchmark explorer', () => {
  it('is in the header navigation and finds Marche by name', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Benchmarking', exact: true }).click();
    await page.waitForURL(`${baseUrl}/benchmarking`);
    const combobox = page.getByRole('combobox', { name: 'Region' });
    await combobox.fill('Marche');
    const option = page.getByRole('option', { name: /Marche/ });
    await option.first().waitFor();
    // Grouped by country: the option sits in the Italy group.
    expect(await page.getByRole('group', { name: 'Italy' }).getByRole('option', { name: /Marche/ }).count()).toBe(1);
    await option.first().click();
    await page.waitForURL(`${baseUrl}/benchmarking/ITI3`);
    await page.getByRole('heading', { level: 1, name: /Marche \(ITI3\)/ }).waitFor();
  });

  it('lists the reference regions with distances and marks them on the map', async () => {
    await waitForBenchmark(page);
    const rows = page.getByTestId('reference-row');
    // The default group has 10 regions.
    await eventually(() => rows.count(), (count) => count === 10, '10 reference regions');
    const distances = (await rows.locator('td:last-child').allInnerTexts()).map(Number);
    expect(distances.every((distance) => Number.isFinite(distance) && distance >= 0)).toBe(true);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(await page.getByTestId('target-marker').count()).toBe(1);
    expect(await page.getByTestId('reference-marker').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('reference-table').innerText()).not.toContain('Marche');
  });

  it('draws the profile chart with a table alternative, and names strengths and weaknesses', async () => {
    const chart = page.getByTestId('profile-chart');
    expect(await chart.getAttribute('aria-label')).toContain('Marche');
    const chartRows = await page.getByTestId('profile-chart-row').count();
    expect(chartRows).toBeGreaterThanOrEqual(5);
    expect(await page.getByTestId('profile-row').count()).toBe(chartRows);
    // Long names wrap onto a second line instead of being cut (issue 14).
    const chartText = (await chart.locator('text').allTextContents()).join(' ');
    expect(chartText).not.toContain('…');
    const names = await page.getByTestId('profile-row').locator('th').evaluateAll((ths) => ths.map((th) => (th.firstChild?.textContent ?? '').trim()));
    const longest = names.sort((a, b) => b.length - a.length)[0]!;
    expect(longest.length).toBeGreaterThan(36);
    expect(await chart.locator('text.chart__label').evaluateAll((els, name) => els.some((e) => Array.from(e.querySelectorAll('tspan'), (t) => t.textContent).join(' ').startsWith(name)), longest)).toBe(true);
    const weightLabel = page.locator('.weight__label').first();
    expect(await weightLabel.evaluate((e) => getComputedStyle(e).whiteSpace)).not.toBe('nowrap');
    expect(await page.locator('[data-indicator="BERD_EUR_PER_INH"]').count()).toBe(1);
    // Structural indicators describe similarity; they are not scored.
    expect(await page.locator('[data-indicator="GDP_PC_EUR"]').count()).toBe(0);
    const highlights = await page.getByTestId('highlights').innerText();
    expect(highlights).toMatch(/(Strength|Weakness): .+ — \d+\.\d\d (above|below) the reference-group mean/);
    expect(await page.getByTestId('area-radar').getAttribute('role')).toBe('img');
    expect(await page.getByTestId('rank-intervals').getAttribute('aria-label')).toMatch(/Rank intervals/);
    expect(await page.getByTestId('composite-rank').innerText()).toMatch(/^\d+ of \d+$|^Not ranked$/);
  });

  it('changing an indicator weight is written to the URL and recomputes', async () => {
    await page.locator('#weight-BERD_EUR_PER_INH').fill('4');
    await page.waitForURL((url) => url.searchParams.get('w.BERD_EUR_PER_INH') === '4');
    await eventually(() => page.locator('[data-indicator="BERD_EUR_PER_INH"] td').nth(8).innerText(), (text) => text === '4', 'weight 4 in the profile table');
    await waitForBenchmark(page);
    // Only non-default settings are in the URL.
    const url = new URL(page.url());
    expect([...url.searchParams.keys()]).toEqual(['w.BERD_EUR_PER_INH']);
  });

  it('reloading the URL gives the same view', async () => {
    await page.getByRole('spinbutton', { name: 'Reference regions' }).fill('8');
    await page.waitForURL((url) => url.searchParams.get('n') === '8');
    // The view is read once the answer for these very settings has arrived: aria-busy alone can
    // still be false from the previous answer before the new request starts.
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && /"Z_SCORE"/.test(r.request().postData() ?? '') && /"groupSize":8\b/.test(r.request().postData() ?? ''));
    await page.getByLabel('Normalisation', { exact: true }).selectOption('Z_SCORE');
    await page.waitForURL((url) => url.searchParams.get('norm') === 'Z_SCORE');
    await answered;
    await waitForBenchmark(page);
    await eventually(() => page.getByTestId('reference-row').count(), (count) => count === 8, '8 reference regions');
    const before = { url: page.url(), view: await renderedRanking(page) };

    await page.reload();
    await waitForBenchmark(page);
    expect(page.url()).toBe(before.url);
    expect(await renderedRanking(page)).toEqual(before.view);
    expect(await page.locator('#weight-BERD_EUR_PER_INH').inputValue()).toBe('4');
    expect(await page.getByLabel('Normalisation', { exact: true }).inputValue()).toBe('Z_SCORE');
    expect(await page.getByTestId('reference-row').count()).toBe(8);

    // The same link in a fresh page (as when shared) shows the same view too.
    const shared = await browser.newPage();
    try {
      await shared.goto(before.url);
      await waitForBenchmark(shared);
      expect(await renderedRanking(shared)).toEqual(before.view);
    } finally {
      await shared.close();
    }
  });

  it('shows the API message for a weight out of range', async () => {
    await page.goto(`${baseUrl}/benchmarking/RO21?w.BERD_EUR_PER_INH=50`);
    const error = page.getByTestId('benchmark-error');
    await error.waitFor();
    expect((await error.innerText()).trim().length).toBeGreaterThan(0);
  });

  it('marks demo values and links the region to its partners and clusters', async () => {
    await page.goto(`${baseUrl}/benchmarking/ITI3`);
    await waitForBenchmark(page);
    const demoValues = await page.getByTestId('profile-table').locator('.badge--demo').count();
    const notice = await page.getByTestId('demo-notice').count();
    // A demo value in the target's row implies the notice (the group may add demo values too).
    if (demoValues > 0) expect(notice).toBe(1);
    const links = page.getByTestId('region-links');
    await links.getByRole('heading', { name: 'Project partners' }).waitFor();
    // The lead partner, Marche Region, is in ITI3.
    const partnerLinks = page.getByTestId('region-partners').getByRole('link');
    await eventually(() => partnerLinks.count(), (count) => count >= 1, 'a partner in ITI3');
    expect(await partnerLinks.first().getAttribute('href')).toMatch(/^\/partnership#partner-/);
  });

  it('opens without a region on a map, a list of every region by country and worked examples', async () => {
    await page.goto(`${baseUrl}/benchmarking`);
    const landing = page.getByTestId('benchmark-landing');
    await landing.waitFor();
    const regions = (await (await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' }, body: JSON.stringify({ query: '{ regions { code latitude } }' }) })).json()) as {
      data: { regions: { code: string; latitude: number | null }[] };
    };
    const all = regions.data.regions;
    expect(await landing.locator('.landing__country li').count()).toBe(all.length);
    await eventually(() => page.getByTestId('landing-marker').count(), (n) => n === all.filter((r) => r.latitude != null).length, 'a marker per region with coordinates');
    // Countries are listed by name, not by code.
    const countries = (await landing.locator('.landing__country summary').allInnerTexts()).map((text) => text.replace(/\s*\(\d+\)$/, ''));
    expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b, 'en')));
    // A marker is a link to that region's benchmark.
    await page.getByRole('link', { name: 'Marche (ITI3)', exact: true }).click();
    await page.waitForURL(`${baseUrl}/benchmarking/ITI3`);
    await waitForBenchmark(page);
  });

  it('explains its terms of art on a tap, and links each to the glossary', async () => {
    await page.goto(`${baseUrl}/benchmarking/ITI3`);
    await waitForBenchmark(page);
    const button = page.getByRole('button', { name: 'What is “Rank interval”?' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`#${(await button.getAttribute('aria-controls'))!.replace(/:/g, '\\:')}`);
    expect(await panel.innerText()).toMatch(/90% of a thousand plausible weightings/);
    await panel.getByRole('link', { name: 'More in the glossary' }).click();
    await page.waitForURL(`${baseUrl}/glossary#rank-interval`);
    const entry = page.locator('#rank-interval');
    expect(await entry.locator('dt').innerText()).toBe('Rank interval');
    expect(await entry.locator('dd').innerText()).toMatch(/5th to the 95th percentile/);
    expect(await page.title()).toBe('Glossary · PoliSEE');
  });

  it('opens on the year with the most official figures, says so, and can hide demo values', async () => {
    await page.goto(`${baseUrl}/benchmarking/ITI3`);
    await waitForBenchmark(page);
    const statement = await page.getByTestId('year-statement').innerText();
    const [, year, official] = statement.match(/^Showing (\d{4}): .*\((\d+) of \d+ for this region\)/) ?? [];
    expect(year).toBeDefined();
    // The seed's generated values reach 2024; the published figures stop earlier.
    expect(Number(year)).toBeLessThan(2024);
    const rows = page.getByTestId('profile-row');
    const demoRows = await page.getByTestId('profile-table').locator('.badge--demo').count();
    expect((await rows.count()) - demoRows).toBe(Number(official));

    await page.getByTestId('official-only').check();
    await eventually(async () => new URL(page.url()).searchParams.get('official'), (v) => v === '1', 'official=1 in the URL');
    await waitForBenchmark(page);
    await eventually(() => page.getByTestId('profile-table').locator('.badge--demo').count(), (n) => n === 0, 'no demo badge left');
    expect(await page.getByTestId('demo-notice').count()).toBe(0);
    // Every value the region shows is now official, so its row's share of official values is above zero.
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({ value: tr.querySelector('[data-testid="profile-value"]')!.textContent!.trim(), share: tr.querySelector('[data-testid="official-share"]')!.textContent!.trim() })),
    );
    const withValue = shown.filter((row) => row.value !== '—' && row.value !== '');
    expect(withValue.length).toBeGreaterThan(0);
    expect(withValue.filter((row) => /^0\s?%$/.test(row.share))).toEqual([]);
  });
});
