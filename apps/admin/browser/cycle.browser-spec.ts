/**
 * A whole policy-learning cycle in the admin console, in real Chromium against the real API:
 * create, assess, attach a benchmark snapshot, choose gaps, run a peer review whose to-do item
 * becomes a measure, set baselines and targets, start a pilot, enter KPI readings, evaluate and
 * transfer; pick policy examples to learn from and remove one again, delete a measure and a wrong
 * KPI reading (confirmed), choose pilot partners and region in comboboxes, and draft a policy
 * example from the evaluation. Each stage move is offered only when the domain's guard holds; before that the
 * button is disabled and the guard's reason is shown.
 */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { screenProblems } from '@polisee/jest-presets/screen-checks';

const baseUrl = (process.env.POLISEE_BASE_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@polisee.example';
const adminPassword = process.env.ADMIN_PASSWORD ?? 'polisee-demo-admin';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const shots = process.env.SCREENSHOT_DIR;

jest.setTimeout(180_000);

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

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('current-user').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

const move = (name: string) => page.getByRole('button', { name, exact: true });
const stageNow = () => page.getByTestId('timeline').locator('[aria-current="step"]').innerText();

async function waitStage(label: string) {
  await eventually(stageNow, (s) => s.startsWith(label), `stage ${label}`);
}

/** The move is refused: disabled, with the guard's reason next to it. */
async function refused(name: string, reason: RegExp) {
  const button = move(name);
  await eventually(() => button.isDisabled(), (d) => d, `"${name}" disabled`);
  const why = await page.getByTestId(`move-${await button.evaluate((b) => b.parentElement!.getAttribute('data-testid')!.slice(5))}`).locator('.cycle-move__reasons').innerText();
  expect(why).toMatch(reason);
}

async function go(name: string, stage: string) {
  const button = move(name);
  await eventually(() => button.isEnabled(), (e) => e, `"${name}" enabled`);
  await button.click();
  await waitStage(stage);
}

async function shot(name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

const form = (name: string): Locator => page.getByRole('form', { name });

/** The page as it is now fits a 390 px phone and passes axe (the every-screen checks), then back to 1280 px. */
async function fitsPhone(where: string) {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  const problems = await screenProblems(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  expect({ where, problems }).toEqual({ where, problems: [] });
}

/** Types into a React Aria combobox and picks the option (scrolled into view first: the list closes when the page scrolls). */
async function pick(box: Locator, text: string, option: RegExp) {
  await box.scrollIntoViewIfNeeded();
  await box.click();
  await box.fill('');
  await box.pressSequentially(text);
  await page.getByRole('option', { name: option }).click();
}

describe('a whole learning cycle in the admin console', () => {
  it('is created, moved stage by stage when each guard holds, and transferred', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learning cycles' }).click();
    await page.getByRole('heading', { name: 'Learning cycles', level: 1 }).waitFor();
    expect(await page.title()).toMatch(/^Learning cycles/);
    await page.getByRole('button', { name: 'New cycle' }).click();
    const create = form('New cycle');
    await create.getByLabel('Title', { exact: true }).fill('Agri-food innovation vouchers, North-East');
    await create.getByLabel('Region', { exact: true }).locator('option[value="RO21"]').waitFor({ state: 'attached' });
    await create.getByLabel('Region', { exact: true }).selectOption('RO21');
    await create.getByLabel('Owning partner', { exact: true }).selectOption({ label: 'North-East Regional Development Agency' });
    await create.getByRole('button', { name: 'Create the cycle' }).click();
    await page.getByRole('heading', { name: 'Agri-food innovation vouchers, North-East', level: 1 }).waitFor();
    await waitStage('Analysis');

    // ANALYSIS -> BENCHMARKING needs the assessment and a snapshot's reference regions.
    await refused('Start benchmarking', /regional analysis/);
    const analysis = form('Analysis: regional assessment');
    await analysis.getByLabel('Regional context', { exact: true }).fill('Agri-food and textiles dominate employment; research is concentrated in Iasi.');
    await analysis.getByLabel('Barriers (one per line)', { exact: true }).fill('Low business R&D\nFragmented funding');
    await analysis.getByRole('button', { name: 'Save the assessment' }).click();
    await refused('Start benchmarking', /reference regions/);
    await page.getByRole('button', { name: 'Attach a benchmark snapshot' }).click();
    await page.getByTestId('snapshot').waitFor();
    await go('Start benchmarking', 'Benchmarking');

    // BENCHMARKING -> PEER_LEARNING needs a chosen gap.
    await refused('Start peer learning', /gap/);
    const weakness = page.getByTestId('snapshot').locator('tr', { has: page.locator('.badge--danger') }).first().getByRole('checkbox');
    await weakness.check();
    await page.getByRole('button', { name: 'Save the chosen gaps' }).click();
    await go('Start peer learning', 'Peer learning');

    // PEER_LEARNING -> ACTION_PLAN needs a completed peer review (peers from two other countries).
    await refused('Draft the action plan', /peer review/);
    // Published policy examples are searched and picked; a pick is removed again with its tag.
    const picker = page.getByTestId('pick-practices');
    const practiceBox = picker.getByRole('combobox', { name: 'Policy examples to learn from' });
    const tags = picker.getByRole('grid', { name: 'Selected policy examples' });
    await pick(practiceBox, 'furniture', /^Innovation vouchers for furniture and wood SMEs in Marche/);
    await pick(practiceBox, 'Košice', /^Košice IT Valley/);
    await practiceBox.press('Escape');
    await eventually(() => tags.getByRole('row').count(), (n) => n === 2, 'two examples picked');
    await tags.getByRole('button', { name: /^Remove Košice IT Valley/ }).click();
    await eventually(() => tags.getByRole('row').allInnerTexts(), (x) => x.length === 1 && x[0]!.includes('furniture'), 'one example left');
    // Each change is saved at once (in order): after the saves, a reload shows the one example.
    await eventually(() => page.getByTestId('practice-picker').getAttribute('aria-busy'), (b) => b === 'false', 'the choices saved');
    await page.reload();
    const saved = page.getByTestId('pick-practices').getByRole('grid', { name: 'Selected policy examples' });
    await saved.waitFor();
    expect(await saved.getByRole('row').allInnerTexts()).toEqual([expect.stringMatching(/^Innovation vouchers for furniture/)]);
    await fitsPhone('the policy-example picker');
    // The suggested peers list each region's published policy examples on the gaps' areas, linked.
    const suggested = page.getByTestId('peer-matches');
    await suggested.waitFor();
    await eventually(() => suggested.getByTestId('match-practices').count(), (n) => n > 0, 'policy examples among the suggestions');
    const exampleLink = suggested.getByTestId('match-practices').first().getByRole('link').first();
    expect(await exampleLink.getAttribute('href')).toMatch(/^\/admin\/practices\/[0-9a-f-]{36}$/);
    expect(await suggested.innerText()).toMatch(/published policy examples? on the same development areas/);
    await page.getByRole('button', { name: 'New peer review' }).click();
    const review = form('New peer review');
    await review.getByLabel('Topic', { exact: true }).fill('Business R&D support for agri-food SMEs');
    await review.getByLabel('Peers (one per line: name; organisation; country code)', { exact: true }).fill('Giulia Conti; Marche Region; IT');
    await review.getByLabel('Peers’ analysis', { exact: true }).fill('Calls are too short and the co-financing rate deters micro firms.');
    await review.getByLabel('Recommendations (one per line)', { exact: true }).fill('Open a rolling innovation-voucher call');
    await review.getByLabel('To-do list (one item per line)', { exact: true }).fill('Launch a rolling innovation-voucher call for agri-food SMEs');
    await review.getByRole('button', { name: 'Save the peer review' }).click();
    const card = page.getByTestId('peer-review');
    await card.waitFor();
    // One other country only: the domain's guard keeps it from being completed.
    expect(await card.getByRole('button', { name: 'Mark the review completed' }).isDisabled()).toBe(true);
    expect(await card.locator('[data-guard="PEERS_FROM_TWO_OTHER_COUNTRIES"]').innerText()).toMatch(/at least 2 countries/);
    await card.getByRole('button', { name: 'Edit' }).click();
    await form('Edit').getByLabel('Peers (one per line: name; organisation; country code)', { exact: true }).fill('Giulia Conti; Marche Region; IT\nAna Kovač; Eastern Slovenia RDA; SI');
    await form('Edit').getByRole('button', { name: 'Save the peer review' }).click();
    await card.getByRole('button', { name: 'Mark the review completed' }).click();
    await eventually(() => card.innerText(), (x) => x.includes('COMPLETED') || x.includes('Completed'), 'the review completed');
    await go('Draft the action plan', 'Action plan');

    // ACTION_PLAN -> PILOT needs measures whose indicators all have a baseline and a target.
    await refused('Start the pilot', /at least one measure/);
    await page.getByTestId('todos').getByRole('button', { name: 'Make it a measure' }).click();
    const measure = page.getByTestId('measure');
    await measure.waitFor();
    expect(await measure.innerText()).toContain('Launch a rolling innovation-voucher call');
    await refused('Start the pilot', /baseline and a \(different\) target/);
    await measure.getByRole('button', { name: /^Edit/ }).click();
    const editMeasure = page.getByRole('form', { name: /^Edit: Launch/ });
    await editMeasure.getByRole('button', { name: 'Add an indicator' }).click();
    const row = editMeasure.getByTestId('indicator-row');
    await row.getByLabel('Indicator name', { exact: true }).fill('Vouchers awarded');
    await row.getByLabel('Unit', { exact: true }).fill('vouchers');
    await row.getByLabel('Baseline', { exact: true }).fill('0');
    await editMeasure.getByRole('button', { name: 'Save the measure' }).click();
    await eventually(() => measure.innerText(), (x) => x.includes('Vouchers awarded'), 'the indicator saved');
    await refused('Start the pilot', /baseline and a \(different\) target/);
    await measure.getByRole('button', { name: /^Edit/ }).click();
    await page.getByRole('form', { name: /^Edit: Launch/ }).getByTestId('indicator-row').getByLabel('Target', { exact: true }).fill('40');
    await page.getByRole('form', { name: /^Edit: Launch/ }).getByRole('button', { name: 'Save the measure' }).click();
    // A second measure is deleted again, after a confirmation.
    await page.getByRole('button', { name: 'New measure' }).click();
    const extra = form('New measure');
    await extra.getByLabel('Measure', { exact: true }).fill('Temporary measure to delete');
    await extra.getByRole('button', { name: 'Save the measure' }).click();
    await eventually(() => page.getByTestId('measure').count(), (n) => n === 2, 'two measures');
    await page.getByRole('button', { name: 'Delete the measure: Temporary measure to delete' }).click();
    const confirmMeasure = page.getByRole('dialog', { name: 'Delete this measure?' });
    await confirmMeasure.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('measure').count()).toBe(2);
    await page.getByRole('button', { name: 'Delete the measure: Temporary measure to delete' }).click();
    expect(await confirmMeasure.getByRole('button', { name: 'Delete the measure' }).getAttribute('class')).toContain('button--danger');
    await confirmMeasure.getByRole('button', { name: 'Delete the measure' }).click();
    await eventually(() => page.getByTestId('measure').count(), (n) => n === 1, 'the measure deleted');
    await go('Start the pilot', 'Pilot');

    // PILOT -> EVALUATION needs a pilot action testing a measure.
    await refused('Start the evaluation', /pilot action/);
    await page.getByRole('button', { name: 'New pilot action' }).click();
    const pilotForm = form('New pilot action');
    await pilotForm.getByLabel('Pilot action', { exact: true }).fill('Innovation vouchers in Suceava and Iasi');
    await pilotForm.getByRole('checkbox', { name: 'Innovation and R&D' }).check();
    // Participants from a searchable multi-select, the region from a searchable single choice.
    const participantsBox = pilotForm.getByRole('combobox', { name: 'Participant partners' });
    await pick(participantsBox, 'Marche', /^Marche Region/);
    await participantsBox.press('Escape');
    const regionBox = pilotForm.getByRole('combobox', { name: 'Pilot region' });
    await eventually(() => regionBox.inputValue(), (v) => v.includes('RO21'), "the cycle's region preselected");
    await pick(regionBox, 'Nord-Vest', /\(RO11\)$/);
    expect(await regionBox.inputValue()).toContain('RO11');
    await fitsPhone('the pilot editor');
    await pilotForm.getByRole('button', { name: 'Save the pilot action' }).click();
    const pilot = page.getByTestId('pilot');
    await pilot.waitFor();
    expect(await pilot.locator('p.muted').first().innerText()).toMatch(/\+ Marche Region.*Nord-Vest/);
    // The pilot editor opens with its partners and region and changes them.
    await page.getByRole('button', { name: 'Edit: Innovation vouchers in Suceava and Iasi' }).click();
    const editPilot = form('Edit: Innovation vouchers in Suceava and Iasi');
    const chosenPartners = editPilot.getByRole('grid', { name: 'Chosen participant partners' });
    await eventually(() => chosenPartners.getByRole('row').allInnerTexts(), (x) => x.length === 1 && x[0]!.startsWith('Marche Region'), 'the participant shown');
    expect(await editPilot.getByRole('combobox', { name: 'Pilot region' }).inputValue()).toContain('RO11');
    await pick(editPilot.getByRole('combobox', { name: 'Participant partners' }), 'Veneto', /Veneto/);
    await editPilot.getByRole('combobox', { name: 'Participant partners' }).press('Escape');
    await editPilot.getByRole('button', { name: 'Save the pilot action' }).click();
    await eventually(() => pilot.locator('p.muted').first().innerText(), (x) => /\+ Marche Region, .*Veneto.*Nord-Vest/.test(x), 'the second participant saved');
    const readings = page.getByRole('form', { name: /^Enter a KPI reading/ });
    for (const [date, value] of [
      ['2025-09-30', '11'],
      ['2026-03-31', '34'],
    ] as const) {
      await readings.getByLabel('Date', { exact: true }).fill(date);
      await readings.getByLabel('Value', { exact: true }).fill(value);
      await readings.getByRole('button', { name: 'Add the reading' }).click();
      await eventually(() => pilot.locator('.kpi-chart__point').count(), (n) => n === (date === '2025-09-30' ? 1 : 2), `reading ${date}`);
    }
    // A wrong reading is deleted after a confirmation and no longer counts.
    await readings.getByLabel('Date', { exact: true }).fill('2026-04-30');
    await readings.getByLabel('Value', { exact: true }).fill('400');
    await readings.getByRole('button', { name: 'Add the reading' }).click();
    await eventually(() => pilot.locator('.kpi-chart__point').count(), (n) => n === 3, 'the wrong reading');
    await pilot.getByRole('button', { name: 'Delete the reading of Vouchers awarded on 2026-04-30' }).click();
    await page.getByRole('dialog', { name: 'Delete this KPI reading?' }).getByRole('button', { name: 'Delete the reading' }).click();
    await eventually(() => pilot.locator('.kpi-chart__point').count(), (n) => n === 2, 'the wrong reading deleted');
    expect(await pilot.getByTestId('kpi-readings').innerText()).not.toContain('2026-04-30');
    await fitsPhone('the KPI readings');
    // 34 of a target of 40 from 0: achievement 85%, at risk (the domain's kpiAchievement).
    expect(await pilot.getByTestId('kpi-achievement').innerText()).toMatch(/85%\s+at risk/i);
    await pilot.getByText('Show the readings as a table').click();
    expect(await pilot.locator('details table').innerText()).toContain('2026-03-31');
    await shot('cycle-pilot');
    await go('Start the evaluation', 'Evaluation');

    // EVALUATION -> TRANSFER needs an evaluation.
    await refused('Start the transfer', /evaluation/);
    const evaluation = form('Evaluation');
    await evaluation.getByLabel('Findings', { exact: true }).fill('Vouchers reached 85% of the target in ten months; uptake by micro firms lags.');
    await evaluation.getByRole('button', { name: 'Save the evaluation' }).click();
    await page.getByTestId('kpi-results').waitFor();
    expect(await page.getByTestId('kpi-results').innerText()).toMatch(/Vouchers awarded[\s\S]*85%/);
    // Reflection back to the plan: a measure a pilot tests cannot be deleted; the API's reason shows.
    await page.getByRole('textbox', { name: 'Why go back? (Go back to Action plan)' }).fill('Check the plan before the transfer');
    await go('Go back to Action plan', 'Action plan');
    await page.getByRole('button', { name: /^Delete the measure: Launch a rolling/ }).click();
    const refusedDelete = page.getByRole('dialog', { name: 'Delete this measure?' });
    expect(await refusedDelete.innerText()).toContain('A pilot action tests this measure');
    await refusedDelete.getByRole('button', { name: 'Delete the measure' }).click();
    await eventually(() => page.getByTestId('measure').locator('.alert').allInnerTexts(), (x) => x.some((m) => m.includes('A pilot action tests this measure, so it cannot be deleted.')), 'the refusal shown');
    expect(await page.getByTestId('measure').count()).toBe(1);
    await go('Start the pilot', 'Pilot');
    await go('Start the evaluation', 'Evaluation');
    await go('Start the transfer', 'Transfer');

    await refused('Open the next cycle', /practice/);
    const transfer = form('Transfer');
    await transfer.getByLabel('What is transferred', { exact: true }).fill('A rolling voucher call with broker support, documented for other regions.');
    await transfer.getByRole('button', { name: 'Publish the transfer' }).click();
    await eventually(() => move('Open the next cycle').isEnabled(), (e) => e, 'the next cycle offered');
    const history = await page.getByTestId('history').innerText();
    for (const step of ['Analysis → Benchmarking', 'Peer learning → Action plan', 'Evaluation → Transfer']) expect(history).toContain(step);
    await shot('cycle-transfer');

    // "Draft a policy example": a draft prefilled from the evaluation opens in the practice editor.
    const cycleUrl = page.url();
    await page.getByRole('button', { name: 'Draft a policy example' }).click();
    await page.waitForURL(/\/admin\/practices\/[0-9a-f-]{36}$/);
    await eventually(() => page.getByLabel('Title', { exact: true }).inputValue(), (v) => v === 'Agri-food innovation vouchers, North-East', 'the prefilled title');
    expect(await page.getByText('Draft', { exact: true }).first().isVisible()).toBe(true);
    const practiceUrl = page.url();
    await page.goto(cycleUrl);
    const linked = page.getByTestId('transfer-practice');
    await linked.waitFor();
    expect(await linked.getByRole('link', { name: 'Agri-food innovation vouchers, North-East' }).getAttribute('href')).toBe(new URL(practiceUrl).pathname);
    expect(await page.getByRole('button', { name: 'Draft a policy example' }).count()).toBe(0);
    await fitsPhone('the transfer with its policy example');
  });
});
