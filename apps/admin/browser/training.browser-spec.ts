/**
 * Training authoring in the admin console, in real Chromium against the real API: an
 * administrator creates a draft module, writes a lesson with a Markdown preview, writes a quiz
 * question, reorders lessons, publishes the module (visitors then see it) and reads the
 * statistics. Both screens fit 390 px and pass axe.
 */
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl as harnessUrl, eventually, launchChromium } from '@polisee/jest-presets/browser';
import { screenProblems } from '@polisee/jest-presets/screen-checks';

const baseUrl = harnessUrl();

jest.setTimeout(120_000);

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  page = await context.newPage();
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill('admin@polisee.example');
  await page.getByLabel('Password', { exact: true }).fill('polisee-demo-admin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/admin/partners`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const publicModules = async () => {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: '{ trainingModules { title } }' }),
  });
  return ((await res.json()) as { data: { trainingModules: { title: string }[] } }).data.trainingModules.map((m) => m.title);
};

describe('training authoring', () => {
  const title = `Internationalisation of clusters ${Date.now()}`;

  it('lists the seeded modules with statistics and fits a phone', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
    await page.getByRole('heading', { level: 1, name: 'Training package' }).waitFor();
    await page.getByTestId('training-modules').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('training-modules').locator('tbody tr').count()).toBeGreaterThanOrEqual(7);
    expect(await page.getByTestId('training-statistics').locator('tbody tr').count()).toBeGreaterThanOrEqual(7);
    await page.waitForLoadState('networkidle');
    expect(await screenProblems(page)).toEqual([]);
  });

  it('creates, writes, reorders and publishes a module', async () => {
    await page.getByLabel('Title of a new module').fill(title);
    await page.getByRole('button', { name: 'Create a draft module' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByTestId('module-status').innerText()).toContain('Draft');
    expect(await publicModules()).not.toContain(title);

    for (const [lessonTitle, body] of [
      ['Why clusters go abroad', 'Clusters find **partners** and markets abroad.'],
      ['Missions and matchmaking', 'A *mission* needs preparation.'],
    ]) {
      await page.getByRole('button', { name: 'Add a lesson' }).click();
      const editor = page.getByTestId('lesson-editor');
      await editor.getByLabel('Lesson title').fill(lessonTitle!);
      await editor.getByLabel('Text (Markdown)').fill(body!);
      // The preview renders the Markdown as the portal will.
      await eventually(() => editor.getByTestId('lesson-preview').innerHTML(), (html) => html.includes('<strong>partners</strong>') || html.includes('<em>mission</em>'), 'the preview');
      await editor.getByRole('button', { name: 'Save the lesson' }).click();
      await editor.waitFor({ state: 'detached' });
    }
    const lessonTitles = () => page.getByTestId('lesson-list').locator('li > p > strong').allInnerTexts();
    await eventually(lessonTitles, (t) => t.length === 2, 'two lessons');
    await page.getByRole('button', { name: 'Move up: Missions and matchmaking' }).click();
    await eventually(lessonTitles, (t) => t[0] === 'Missions and matchmaking', 'the lessons reordered');

    await page.getByRole('button', { name: 'Add a question' }).click();
    const q = page.getByTestId('question-editor');
    await q.getByLabel('Question', { exact: true }).fill('What does a cluster look for abroad?');
    await q.getByLabel('Options, one per line').fill('Partners and markets\nA lower tax rate');
    await q.getByLabel('Partners and markets').check();
    await q.getByLabel('Explanation shown after the answer').fill('Internationalisation is about partners, knowledge and markets.');
    await q.getByRole('button', { name: 'Save the question' }).click();
    await q.waitFor({ state: 'detached' });
    await eventually(() => page.getByTestId('question-list').innerText(), (t) => t.includes('What does a cluster look for abroad?'), 'the question');

    await page.waitForLoadState('networkidle');
    expect(await screenProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Publish on the portal' }).click();
    await eventually(() => page.getByTestId('module-status').innerText(), (t) => t.startsWith('Published'), 'the module published');
    await eventually(publicModules, (titles) => titles.includes(title), 'the module in the public catalogue');
  });
});
