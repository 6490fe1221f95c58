/**
 * Languages in real Chromium against the real API: the benchmark explorer in Italian at
 * /it/benchmarking/ITI3 (UI from the catalogues, indicator names from the API, Italian plurals
 * and number formats), the switch to Romanian keeping the page and its settings, and the
 * first-visit redirect from Accept-Language.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

const baseUrl = (process.env.POLISEE_BASE_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

jest.setTimeout(90_000);

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

async function waitForBenchmark(page: Page) {
  await page.getByTestId('profile-table').waitFor();
  await eventually(() => page.getByTestId('benchmark-result').getAttribute('aria-busy'), (busy) => busy === 'false', 'the benchmark to finish');
}

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
});

describe('languages', () => {
  let page: Page;
  beforeAll(async () => {
    page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  });

  it('renders /it/benchmarking/ITI3 in Italian', async () => {
    await page.goto(`${baseUrl}/it/benchmarking/ITI3?n=8`);
    await waitForBenchmark(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    expect(await page.title()).toBe('Smart benchmarking: Marche (ITI3) · PoliSEE');
    // Headings from the catalogue.
    for (const heading of ['Regioni di riferimento', 'Profilo di performance', 'Punti di forza e di debolezza', 'Aree di sviluppo', 'Classifica con incertezza']) {
      expect(await page.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Partenariato' }).count()).toBe(1);
    // Table headers and the indicator names the API translated.
    const headers = await page.getByTestId('profile-table').locator('thead th').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(expect.arrayContaining(['Indicatore', 'Valore', 'Unità', 'Punteggio', 'Media del gruppo', 'Scarto dalla media']));
    const table = await page.getByTestId('profile-table').innerText();
    expect(table).toContain('Spesa in R&S delle imprese');
    expect(table).toContain('Tasso di disoccupazione');
    // Italian decimals (comma) in the scores.
    expect(await page.getByTestId('composite-value').innerText()).toMatch(/^\d+,\d\d$/);
    // Chart labels and the plural in its accessible name.
    const chart = await page.locator('[aria-label^="Grafico a punti"]').getAttribute('aria-label');
    expect(chart).toMatch(/su \d+ indicatori/);
    expect(await page.locator('#reference-map-title').textContent()).toContain('Mappa di Marche (evidenziata) e delle sue 8 regioni di riferimento');
    // Strengths and weaknesses as Italian sentences.
    const highlights = await page.getByTestId('highlights').locator('li').allInnerTexts();
    expect(highlights.length).toBeGreaterThan(0);
    for (const line of highlights) expect(line).toMatch(/^(Punto di forza|Punto di debolezza): .+ — \d+,\d\d (sopra|sotto) la media del gruppo di riferimento/);
    expect(await page.getByText('Le 8 regioni più simili a Marche per struttura', { exact: false }).count()).toBe(1);
  });

  it('switches to Romanian on the same page with the same settings', async () => {
    const switcher = page.locator('.language-switcher');
    await switcher.locator('summary').click();
    await switcher.getByRole('link', { name: 'Română' }).click();
    await page.waitForURL(/\/ro\/benchmarking\/ITI3\?n=8$/);
    await waitForBenchmark(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ro');
    expect(await page.getByRole('heading', { name: 'Regiuni de referință', exact: true }).count()).toBe(1);
    expect(await page.getByRole('spinbutton', { name: 'Regiuni de referință' }).inputValue()).toBe('8');
    expect(await page.getByText('Cele 8 regiuni cele mai asemănătoare', { exact: false }).count()).toBe(1);
    expect(await page.getByTestId('profile-table').innerText()).toContain('Rata șomajului');
  });

  it('marks only the practice’s own words with its language on an Italian practice page', async () => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ practices(first: 50) { edges { node { slug language description } } } }' }),
    });
    const edges = ((await res.json()) as { data: { practices: { edges: { node: { slug: string; language: string; description: string } }[] } } }).data.practices.edges;
    const practice = edges.map((e) => e.node).find((n) => n.language === 'en' && n.description.trim());
    expect(practice).toBeDefined();
    await page.goto(`${baseUrl}/it/practices/${practice!.slug}`);
    await page.locator('article.practice h1').waitFor();
    const langs = await page.evaluate(() => {
      const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') ?? null;
      const article = document.querySelector('article.practice')!;
      return {
        article: article.getAttribute('lang'),
        title: langOf(article.querySelector('h1 span')),
        summary: langOf(article.querySelector('.lead')),
        description: langOf(article.querySelector('.prose')),
        headings: Array.from(article.querySelectorAll('h2'), (h) => langOf(h)),
      };
    });
    expect(langs.article).toBeNull();
    expect([langs.title, langs.summary, langs.description]).toEqual(['en', 'en', 'en']);
    // Every heading is a label of the interface: Italian, from <html lang>.
    expect(langs.headings.length).toBeGreaterThan(3);
    expect(new Set(langs.headings)).toEqual(new Set(['it']));
  });

  it('sends a first visit to the language of Accept-Language, and not a later one', async () => {
    const context = await browser.newContext({ locale: 'ro-RO', extraHTTPHeaders: { 'accept-language': 'ro-RO,ro;q=0.9,en;q=0.5' } });
    try {
      const first = await context.newPage();
      await first.goto(`${baseUrl}/partnership`);
      expect(new URL(first.url()).pathname).toBe('/ro/partnership');
      await first.getByRole('heading', { name: 'Parteneriatul', level: 1 }).waitFor();
      // Having seen a page, the visitor chooses English explicitly: no redirect any more.
      await first.goto(`${baseUrl}/partnership`);
      expect(new URL(first.url()).pathname).toBe('/partnership');
      await first.getByRole('heading', { name: 'The partnership', level: 1 }).waitFor();
    } finally {
      await context.close();
    }
  });
});
