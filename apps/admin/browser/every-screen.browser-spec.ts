/**
 * Every admin console page, as a phone (390 px) and a laptop (1280 px) see it, signed in as the
 * administrator: the page fits its viewport, actions stay reachable, axe finds nothing serious
 * or critical, and the page has its own title. The pages come from src/app/routes.ts, the list
 * the server answers 404 by, so a new page is checked as soon as it exists.
 */
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl as harnessUrl, launchChromium } from '@polisee/jest-presets/browser';
import { screenProblems } from '@polisee/jest-presets/screen-checks';
import { ADMIN_ROUTES } from '../src/app/routes';

const baseUrl = harnessUrl();
const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@polisee.example';
const adminPassword = process.env.ADMIN_PASSWORD ?? 'polisee-demo-admin';

jest.setTimeout(240_000);

/** Pages a signed-out visitor sees; every other page is checked signed in. */
const PUBLIC_PAGES = new Set(['/sign-in', '/accept-invitation']);

/** A real value for each route parameter, read from the seeded data by the signed-in admin. */
const SAMPLE_QUERIES: Record<string, { query: string; pick: (data: any) => string | undefined }> = {
  code: { query: '{ indicators { code } }', pick: (d) => d.indicators[0]?.code },
};
const ID_QUERIES: Record<string, { query: string; pick: (data: any) => string | undefined }> = {
  partners: { query: '{ partners(first: 1) { edges { node { id } } } }', pick: (d) => d.partners.edges[0]?.node.id },
  cycles: { query: '{ learningCycles(first: 1) { edges { node { id } } } }', pick: (d) => d.learningCycles.edges[0]?.node.id },
  practices: { query: '{ managedPractices(first: 1) { edges { node { id } } } }', pick: (d) => d.managedPractices.edges[0]?.node.id },
  training: { query: '{ trainingModules(includeDrafts: true) { id } }', pick: (d) => d.trainingModules[0]?.id },
  foresight: { query: '{ managedForesightExercises { id } }', pick: (d) => d.managedForesightExercises[0]?.id },
};

let browser: Browser;
let signedIn: BrowserContext;
let cookie = '';

async function gql(query: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (!body.data) throw new Error(`Sample query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const samples = new Map<string, string>();
/** `:id` means a different thing under each section (`/partners/:id/edit`, `/cycles/:id`). */
async function sample(section: string, name: string): Promise<string> {
  const spec = name === 'id' ? ID_QUERIES[section] : SAMPLE_QUERIES[name];
  if (!spec) throw new Error(`No sample value for :${name} under /${section}; add one to this spec`);
  const key = `${section}:${name}`;
  const known = samples.get(key);
  if (known) return known;
  const value = spec.pick(await gql(spec.query));
  if (!value) throw new Error(`The seeded data has no value for :${name} under /${section}`);
  samples.set(key, value);
  return value;
}
async function concrete(pattern: string): Promise<string> {
  const section = pattern.split('/')[1] ?? '';
  let path = pattern;
  for (const m of pattern.matchAll(/:(\w+)/g)) path = path.replace(m[0], encodeURIComponent(await sample(section, m[1]!)));
  return `${baseUrl}/admin${path === '/' ? '' : path}`;
}

const pages = ADMIN_ROUTES.map((route) => route.path);

beforeAll(async () => {
  browser = await launchChromium();
  signedIn = await browser.newContext();
  const page = await signedIn.newPage();
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
  await page.close();
  cookie = (await signedIn.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
});

afterAll(async () => {
  await signedIn?.close();
  await browser?.close();
});

async function open(pattern: string, width: number) {
  const context = PUBLIC_PAGES.has(pattern) ? await browser.newContext() : signedIn;
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(await concrete(pattern));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  return {
    page,
    close: async () => {
      await page.close();
      if (context !== signedIn) await context.close();
    },
  };
}

/** Each page's title, read while checking it (the titles test compares them). */
const titles = new Map<string, string>();

/** Lets a resize reach layout (ResizeObserver callbacks, then a paint). */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

// One visit per page, checked as a laptop (1280 px) and then, resized, as a phone (390 px). The
// pages are independent reads, so several are checked at once (jest's maxConcurrency, 5).
describe('every admin page at 1280 and 390 px', () => {
  it.concurrent.each(pages)('%s fits, keeps its actions reachable and passes axe', async (pattern) => {
    const { page, close } = await open(pattern, 1280);
    try {
      // A signed-in page must not have bounced to the sign-in form.
      if (!PUBLIC_PAGES.has(pattern)) expect(new URL(page.url()).pathname).not.toMatch(/\/sign-in$/);
      // The document title is set once the page knows what it shows (the server sends a generic one).
      const deadline = Date.now() + 10_000;
      while (pattern !== '/' && (await page.title()) === 'PoliSEE admin console' && Date.now() < deadline) await page.waitForTimeout(100);
      titles.set(pattern, await page.title());
      const laptop = await screenProblems(page);
      await page.setViewportSize({ width: 390, height: 900 });
      await settle(page);
      const phone = await screenProblems(page);
      expect({ 1280: laptop, 390: phone }).toEqual({ 1280: [], 390: [] });
    } finally {
      await close();
    }
  });
});

describe('titles', () => {
  it('gives each admin page its own title', () => {
    // Read while each page was checked above. The dashboard (/) is the partners list under
    // another address; it may share that title.
    expect([...titles.keys()].sort()).toEqual([...pages].sort());
    const byTitle = new Map<string, string[]>();
    for (const [pattern, title] of titles) if (pattern !== '/') byTitle.set(title, [...(byTitle.get(title) ?? []), pattern]);
    const shared = [...byTitle].filter(([, list]) => list.length > 1).map(([title, list]) => `${title}: ${list.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('answers an unknown admin path with a 404 status', async () => {
    const page = await signedIn.newPage();
    try {
      const response = await page.goto(`${baseUrl}/admin/no-such-page`);
      expect(response?.status()).toBe(404);
    } finally {
      await page.close();
    }
  });
});
