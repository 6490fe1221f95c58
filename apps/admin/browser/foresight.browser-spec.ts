/**
 * The foresight console in real Chromium at phone width: an organiser creates an exercise, adds a
 * statement, creates invitation links and opens the first round; a panellist answers on one of
 * the links and the participation dashboard counts the answer live, without a reload and without
 * saying who answered. The organiser closes the round and moderates a comment.
 */
import { type Browser, type Page } from 'playwright-core';
import { baseUrl as harnessUrl, eventually, launchChromium } from '@polisee/jest-presets/browser';
import { screenProblems } from '@polisee/jest-presets/screen-checks';

const baseUrl = harnessUrl();

jest.setTimeout(180_000);

let browser: Browser;
let page: Page;

async function asPanellist(token: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-panel-token': token },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 390, height: 900 } })).newPage();
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill('admin@polisee.example');
  await page.getByLabel('Password', { exact: true }).fill('polisee-demo-admin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('current-user').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('the foresight console', () => {
  it('creates an exercise, invites, opens a round and follows participation live', async () => {
    await page.goto(`${baseUrl}/admin/foresight`);
    await page.getByRole('heading', { level: 1, name: 'Foresight exercises' }).waitFor();
    // The seeded demo exercises are listed for the lead partner's staff.
    await page.getByRole('link', { name: 'The future of clusters in South-East Europe to 2040' }).waitFor();
    expect(await screenProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'New exercise' }).click();
    await page.getByLabel('Title').fill('Cluster finance to 2035');
    await page.getByLabel('Topic').fill('How will cluster organisations be financed by 2035?');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cluster finance to 2035' }).waitFor();
    expect(await page.title()).toContain('Cluster finance to 2035');

    const add = page.getByRole('form', { name: 'Add a statement' });
    await add.getByLabel('Theme').fill('Finance');
    await add.getByLabel('Statement', { exact: true }).fill('Member fees pay for half of the cluster budget.');
    await add.getByRole('button', { name: 'Add the statement' }).click();
    await page.getByText('Member fees pay for half of the cluster budget.').first().waitFor();

    const invite = page.getByRole('form', { name: 'Invite panellists' });
    await invite.getByLabel('Links to hand out yourself').fill('2');
    await invite.getByRole('button', { name: 'Invite' }).click();
    const links = page.getByTestId('answer-link');
    await eventually(() => links.count(), (n) => n === 2, 'two new links');
    const token = (await links.first().innerText()).split('/').pop()!;

    await page.getByRole('button', { name: 'Open the first round' }).click();
    await page.getByRole('button', { name: 'Close the round (freezes its statistics)' }).waitFor();
    expect(await screenProblems(page)).toEqual([]);

    // A panellist answers on their link; the dashboard counts it live, naming nobody.
    const session = await asPanellist(token, '{ panelSession { statements { statement { id } items { item { id } } } } }', {});
    const statement = session.panelSession.statements[0];
    await asPanellist(token, 'mutation($i: SubmitForesightAnswersInput!) { submitForesightAnswers(input: $i) { answeredItems } }', {
      i: { answers: statement.items.map((i: { item: { id: string } }) => ({ itemId: i.item.id, value: 4 })) },
    });
    const byRound = page.getByRole('region', { name: 'Participation by round' });
    await eventually(() => byRound.innerText(), (s) => /1\s+1\s+2/.test(s), 'one panellist and two answers counted live');
    expect(await page.getByRole('region', { name: 'Invitation links' }).innerText()).not.toContain('4');

    await asPanellist(token, 'mutation($i: ForesightCommentInput!) { postForesightComment(input: $i) { id } }', { i: { statementId: statement.statement.id, body: 'Fees alone will not do.' } });
    await page.getByText('Fees alone will not do.').waitFor();
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await page.getByRole('button', { name: 'Show again' }).waitFor();

    await page.getByRole('button', { name: 'Close the round (freezes its statistics)' }).click();
    await page.getByRole('button', { name: 'Open the next round' }).waitFor();
    await page.getByRole('button', { name: 'Revoke' }).first().click();
    await eventually(() => page.getByRole('region', { name: 'Invitation links' }).innerText(), (s) => s.includes('Revoked'), 'a revoked link');
  });
});
