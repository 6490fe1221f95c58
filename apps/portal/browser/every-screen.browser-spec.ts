/**
 * Every portal page, as a phone (390 px) and a laptop (1280 px) see it: the page fits its
 * viewport, actions stay reachable, axe finds nothing serious or critical, and the page has its
 * own title. The pages come from src/app/routes.ts, the list the server answers 404 by, so a new
 * page is checked as soon as it exists.
 */
import { type Browser, type Page } from 'playwright-core';
import { baseUrl as harnessUrl, launchChromium } from '@polisee/jest-presets/browser';
import { screenProblems } from '@polisee/jest-presets/screen-checks';
import { PORTAL_ROUTES } from '../src/app/routes';

const baseUrl = harnessUrl();

jest.setTimeout(180_000);

/** A real value for each route parameter, read from the seeded data as a visitor would see it. */
const SAMPLE_QUERIES: Record<string, { query: string; pick: (data: any) => string | undefined }> = {
  regionCode: { query: '{ __typename }', pick: () => 'ITI3' },
  slug: { query: '{ practices(first: 1) { edges { node { slug } } } }', pick: (d) => d.practices.edges[0]?.node.slug },
  id: { query: '{ learningCycles(first: 1) { edges { node { id } } } }', pick: (d) => d.learningCycles.edges[0]?.node.id },
  moduleSlug: { query: '{ trainingModules { slug } }', pick: (d) => d.trainingModules[0]?.slug },
  // an unknown code: the page says so (a real one is verified in the training journey)
  code: { query: '{ __typename }', pick: () => 'S3-AAAAA-AAAAA' },
  exerciseId: { query: '{ foresightExercises { id resultsPublishedAt } }', pick: (d) => d.foresightExercises.find((e: any) => e.resultsPublishedAt)?.id },
  // A panellist's link cannot be read back (only its hash is stored): the page for a link that
  // does not open anything is checked here, the answering form in foresight.browser-spec.ts.
  token: { query: '{ __typename }', pick: () => 'not-a-real-invitation-token-for-screen-checks' },
};
const samples = new Map<string, string>();
async function sample(name: string): Promise<string> {
  const known = samples.get(name);
  if (known) return known;
  const spec = SAMPLE_QUERIES[name];
  if (!spec) throw new Error(`No sample value for the route parameter :${name}; add one to SAMPLE_QUERIES`);
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: spec.query }),
  });
  const value = spec.pick(((await res.json()) as { data: unknown }).data);
  if (!value) throw new Error(`The seeded data has no public value for :${name}`);
  samples.set(name, value);
  return value;
}
async function concrete(pattern: string): Promise<string> {
  let path = pattern;
  for (const m of pattern.matchAll(/:(\w+)/g)) path = path.replace(m[0], encodeURIComponent(await sample(m[1]!)));
  return path;
}
const pages = PORTAL_ROUTES.map((r) => r.path);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Each page's title, read while checking it (the titles test compares them). */
const titles = new Map<string, string>();

/** Lets a resize reach layout (ResizeObserver callbacks, then a paint). */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

// One visit per page, checked as a laptop (1280 px) and then, resized, as a phone (390 px). The
// pages are independent reads, so several are checked at once (jest's maxConcurrency, 5).
describe('every portal page at 1280 and 390 px', () => {
  it.concurrent.each(pages)('%s fits, keeps its actions reachable and passes axe', async (pattern) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${baseUrl}${await concrete(pattern)}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      titles.set(pattern, await page.title());
      const laptop = await screenProblems(page);
      await page.setViewportSize({ width: 390, height: 900 });
      await settle(page);
      const phone = await screenProblems(page);
      expect({ 1280: laptop, 390: phone }).toEqual({ 1280: [], 390: [] });
    } finally {
      await page.close();
    }
  });
});

describe('titles', () => {
  it('gives each portal page its own title, also after navigating inside the app', async () => {
    const page = await browser.newPage();
    try {
      // Read while each page was checked above.
      expect([...titles.keys()].sort()).toEqual([...pages].sort());
      expect(new Set(titles.values()).size).toBe(pages.length);
      // Client-side navigation updates the title too.
      await page.goto(`${baseUrl}/`);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partnership' }).click();
      await page.waitForURL(`${baseUrl}/partnership`);
      const deadline = Date.now() + 10_000;
      while ((await page.title()) !== titles.get('/partnership') && Date.now() < deadline) await page.waitForTimeout(100);
      expect(await page.title()).toBe(titles.get('/partnership'));
    } finally {
      await page.close();
    }
  });

  it('answers an unknown path with a 404 status and a not-found page', async () => {
    const page = await browser.newPage();
    try {
      const response = await page.goto(`${baseUrl}/no-such-page`);
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/not found/i);
    } finally {
      await page.close();
    }
  });
});
