/**
 * A Delphi exercise in rounds, end to end in real Chromium: three panellists on three invitation
 * links answer round 1; the organiser closes it (through the API, as the admin console does) and
 * opens round 2; each panellist then sees, per item, the group's median and interquartile range
 * and their own previous answer, and the consensus shown equals the domain's evaluateConsensus on
 * the same answers.
 */
import { type Browser, type Page } from 'playwright-core';
import { defaultConsensusRule, evaluateConsensus, roundStatistics } from '@polisee/domain';
import { baseUrl as harnessUrl, eventually, launchChromium } from '@polisee/jest-presets/browser';
import { screenProblems } from '@polisee/jest-presets/screen-checks';

const baseUrl = harnessUrl();

jest.setTimeout(180_000);

/** The organiser's side, through the API with the demo admin's session. */
class Organiser {
  private cookie = '';

  async signIn(): Promise<void> {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { id } }', variables: { i: { email: 'admin@polisee.example', password: 'polisee-demo-admin' } } }),
    });
    this.cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  }

  async run<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: this.cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }
}

// Round 1 answers per panellist: item A (probability), item B (desirability).
const ROUND1 = [
  [4, 5],
  [5, 4],
  [2, 4],
];

let browser: Browser;
const organiser = new Organiser();
let exerciseId = '';
let items: string[] = [];
const links: string[] = [];
const pages: Page[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  await organiser.signIn();
  exerciseId = (
    await organiser.run('mutation($i: ForesightExerciseInput!) { saveForesightExercise(input: $i) { id } }', {
      i: { title: 'Clusters and the twin transition', topic: 'How will clusters in SEE handle the green and digital transition by 2035?', method: 'ROUNDS', horizonYear: 2035, language: 'en' },
    })
  ).saveForesightExercise.id;
  const st = await organiser.run('mutation($i: ForesightStatementInput!) { saveForesightStatement(input: $i) { items { id } } }', {
    i: { exerciseId, theme: 'Green transition', text: 'Most cluster members publish a decarbonisation plan.', items: [{ kind: 'PROBABILITY' }, { kind: 'DESIRABILITY' }] },
  });
  items = st.saveForesightStatement.items.map((i: { id: string }) => i.id);
  const invited = await organiser.run('mutation($i: InviteForesightPanellistsInput!) { inviteForesightPanellists(input: $i) { answerPath } }', { i: { exerciseId, links: 3 } });
  for (const inv of invited.inviteForesightPanellists) links.push(inv.answerPath);
  await organiser.run('mutation($i: OpenForesightRoundInput!) { openForesightRound(input: $i) { id } }', { i: { exerciseId } });
  for (let k = 0; k < 3; k++) pages.push(await (await browser.newContext({ viewport: { width: 390, height: 900 } })).newPage());
});

afterAll(async () => {
  await browser?.close();
});

async function answer(page: Page, itemId: string, value: number): Promise<void> {
  await page.getByTestId(`scale-${itemId}`).getByRole('radio', { name: String(value), exact: true }).check();
}

describe('a Delphi exercise in rounds', () => {
  it('three panellists answer round 1 on their own links', async () => {
    for (const [k, page] of pages.entries()) {
      await page.goto(`${baseUrl}${links[k]}`);
      await page.getByRole('heading', { level: 1, name: 'Clusters and the twin transition' }).waitFor();
      expect(await page.getByTestId('round-status').innerText()).toContain('Round 1 is open');
      await answer(page, items[0]!, ROUND1[k]![0]!);
      await answer(page, items[1]!, ROUND1[k]![1]!);
      await page.getByRole('button', { name: 'Save my answers' }).click();
      await eventually(() => page.getByTestId('save-status').innerText(), (s) => s.includes('saved'), 'the answers saved');
      // Round 1 of a round-based Delphi shows no group statistics yet.
      expect(await page.getByTestId(`group-${items[0]}`).count()).toBe(0);
    }
    // A phone-width answering page: fits, passes axe, has its title.
    expect(await screenProblems(pages[0]!)).toEqual([]);
    expect(await pages[0]!.title()).toContain('Your answers');
    // A later visit shows the saved answer, not another panellist's.
    await pages[1]!.reload();
    await pages[1]!.getByTestId(`own-${items[0]}`).waitFor();
    expect(await pages[1]!.getByTestId(`own-${items[0]}`).getAttribute('data-value')).toBe(String(ROUND1[1]![0]));
  });

  it('after the organiser closes round 1, round 2 shows each panellist the group’s median and IQR and their own answer', async () => {
    await organiser.run('mutation($id: ID!) { closeForesightRound(exerciseId: $id) { id } }', { id: exerciseId });
    await organiser.run('mutation($i: OpenForesightRoundInput!) { openForesightRound(input: $i) { id } }', { i: { exerciseId } });
    const rule = defaultConsensusRule('PROBABILITY');
    for (const [k, page] of pages.entries()) {
      await page.goto(`${baseUrl}${links[k]}`);
      await eventually(() => page.getByTestId('round-status').innerText(), (s) => s.includes('Round 2 is open'), 'round 2 open');
      for (const [i, itemId] of items.entries()) {
        const stats = roundStatistics(ROUND1.map((a) => a[i]!), { min: 1, max: 5, top: 2 });
        const group = page.getByTestId(`group-${itemId}`);
        await group.waitFor();
        expect(Number(await group.getAttribute('data-median'))).toBe(stats.median);
        expect(Number(await group.getAttribute('data-q1'))).toBe(stats.q1);
        expect(Number(await group.getAttribute('data-q3'))).toBe(stats.q3);
        const consensus = evaluateConsensus(stats, rule).consensus;
        expect(await group.getAttribute('data-consensus')).toBe(String(consensus));
        expect(await group.locator('.badge').textContent()).toBe(consensus ? 'Consensus' : 'No consensus');
        expect(Number(await page.getByTestId(`previous-${itemId}`).getAttribute('data-value'))).toBe(ROUND1[k]![i]);
      }
    }
    expect(await screenProblems(pages[2]!)).toEqual([]);
  });

  it('asks for a reason outside the IQR, and the published results show the consensus of the domain', async () => {
    const page = pages[2]!;
    // Item A's round-1 IQR is 3..4.5: answering 2 again without a reason is refused with the reason asked for.
    await answer(page, items[0]!, 2);
    await answer(page, items[1]!, 4);
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await eventually(() => page.getByTestId('save-status').innerText(), (s) => s.includes('attention'), 'the refusal');
    expect(await page.getByTestId(`item-${items[0]}`).innerText()).toContain('please give your reason');
    await page.getByLabel(/Your reason/).first().fill('Supply chains will not pay for it before 2035.');
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await eventually(() => page.getByTestId('save-status').innerText(), (s) => s.includes('saved'), 'saved with a reason');
    // Inside round 1's IQRs (A: 3..4.5, B: 4..4.5), so no reason is needed.
    const round2 = [
      [4, 4],
      [4, 4],
      [2, 4],
    ];
    for (const k of [0, 1]) {
      await answer(pages[k]!, items[0]!, round2[k]![0]!);
      await answer(pages[k]!, items[1]!, round2[k]![1]!);
      await pages[k]!.getByRole('button', { name: 'Save my answers' }).click();
      await eventually(() => pages[k]!.getByTestId('save-status').innerText(), (s) => s.includes('saved'), 'round 2 saved');
    }
    await organiser.run('mutation($id: ID!) { closeForesightRound(exerciseId: $id, finish: true) { id } }', { id: exerciseId });
    await organiser.run('mutation($id: ID!) { publishForesightResults(exerciseId: $id, published: true) { id } }', { id: exerciseId });
    // After close, answering is over.
    await page.reload();
    await eventually(() => page.getByTestId('round-status').innerText(), (s) => s.includes('Round 2 is closed'), 'round 2 closed');
    expect(await page.getByRole('button', { name: 'Save my answers' }).count()).toBe(0);

    const results = pages[0]!;
    await results.goto(`${baseUrl}/foresight/${exerciseId}`);
    await results.getByRole('heading', { level: 1, name: 'Clusters and the twin transition' }).waitFor();
    for (const [i, itemId] of items.entries()) {
      const stats = roundStatistics(round2.map((a) => a[i]!), { min: 1, max: 5, top: 2 });
      const consensus = evaluateConsensus(stats, defaultConsensusRule('PROBABILITY')).consensus;
      const badge = results.getByTestId(`result-${itemId}`).getByTestId('consensus');
      await badge.waitFor();
      expect(await badge.textContent()).toBe(consensus ? 'Consensus' : 'No consensus');
    }
    expect(await results.getByTestId(`result-${items[0]}`).textContent()).toContain('Supply chains will not pay for it before 2035.');
    expect(await screenProblems(results)).toEqual([]);
  });
});

describe('a real-time Delphi', () => {
  it('one panellist answers and the other sees the statistics change without reloading', async () => {
    const id = (
      await organiser.run('mutation($i: ForesightExerciseInput!) { saveForesightExercise(input: $i) { id } }', {
        i: { title: 'Live: energy in the furniture district', topic: 'A roundless Delphi.', method: 'REAL_TIME', horizonYear: 2035, language: 'en' },
      })
    ).saveForesightExercise.id;
    const itemId = (
      await organiser.run('mutation($i: ForesightStatementInput!) { saveForesightStatement(input: $i) { items { id } } }', {
        i: { exerciseId: id, theme: 'Energy', text: 'Most firms produce a third of their energy on site.', items: [{ kind: 'PROBABILITY' }] },
      })
    ).saveForesightStatement.items[0].id;
    const live = (await organiser.run('mutation($i: InviteForesightPanellistsInput!) { inviteForesightPanellists(input: $i) { answerPath } }', { i: { exerciseId: id, links: 5 } }))
      .inviteForesightPanellists.map((l: { answerPath: string }) => l.answerPath);
    await organiser.run('mutation($i: OpenForesightRoundInput!) { openForesightRound(input: $i) { id } }', { i: { exerciseId: id } });
    // Three panellists have answered already (through the API, as their pages would).
    for (const [k, v] of [3, 4, 4].entries()) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-panel-token': live[k].split('/').pop() },
        body: JSON.stringify({ query: 'mutation($i: SubmitForesightAnswersInput!) { submitForesightAnswers(input: $i) { answeredItems } }', variables: { i: { answers: [{ itemId, value: v }] } } }),
      });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    const watcher = await (await browser.newContext()).newPage();
    const answerer = await (await browser.newContext()).newPage();
    await watcher.goto(`${baseUrl}${live[3]}`);
    await answerer.goto(`${baseUrl}${live[4]}`);
    const group = watcher.getByTestId(`group-${itemId}`);
    await group.waitFor();
    expect(await group.innerText()).toContain('3 answers');
    expect(Number(await group.getAttribute('data-median'))).toBe(4);
    await watcher.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await eventually(() => watcher.getByTestId('live-status').innerText(), (s) => s.includes('Live'), 'live updates on');

    await answerer.getByTestId(`scale-${itemId}`).getByRole('radio', { name: '5', exact: true }).check();
    await answerer.getByLabel(/Your reason|Your argument/).fill('Energy prices leave no choice.');
    await answerer.getByRole('button', { name: 'Save my answers' }).click();
    await eventually(() => answerer.getByTestId('save-status').innerText(), (s) => s.includes('saved'), 'the live answer saved');

    await eventually(() => group.innerText(), (s) => s.includes('4 answers'), 'the watcher’s statistics updated live');
    expect(Number(await group.getAttribute('data-median'))).toBe(4);
    expect(Number(await group.getAttribute('data-q3'))).toBe(4.25);
    expect(await watcher.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await watcher.getByText(/The panel’s arguments/).click();
    expect(await group.innerText()).toContain('Energy prices leave no choice.');
  });
});
