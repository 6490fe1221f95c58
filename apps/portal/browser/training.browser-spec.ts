/**
 * The training journey in real Chromium against the real API. This spec starts its own API (on
 * its own database) so that it can point SMTP_URL at an SMTP server in the test process and read
 * the learner's confirmation email:
 * - an anonymous visitor reads a module's lessons, passes its quiz, reloads: the progress is kept
 *   (in the browser);
 * - a failed attempt shows every explanation and no certificate;
 * - a learner registers, confirms the emailed link, passes the quiz, downloads the certificate
 *   PDF, and its code verifies on the public page.
 */
import fs from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { eventually, launchChromium, startApiWithMail, type ApiWithMail } from '@polisee/jest-presets/browser';

const ADMIN = { email: 'admin@polisee.example', password: 'polisee-demo-admin' };
const MODULE = 'ris3-governance';
const LEARNER = { name: 'Ștefania Dăscălescu', email: 'stefania@learner.example', password: 'learner-password-1' };

jest.setTimeout(240_000);

interface KeyQuestion {
  id: string;
  kind: 'SINGLE' | 'MULTIPLE' | 'ORDERING';
  prompt: string;
  options: { id: string; text: string }[];
  correctOptionIds: string[];
}

let env: ApiWithMail;
let baseUrl = '';
let browser: Browser;
let key: KeyQuestion[] = [];
const gql = (query: string, variables: Record<string, unknown>, cookie = '') => env.gql(query, variables, cookie);

beforeAll(async () => {
  env = await startApiWithMail('tr');
  baseUrl = env.baseUrl;
  // The answer key, as the test's oracle (authors may read it; the portal never does).
  const admin = await gql('mutation($i: LoginInput!) { login(input: $i) { id } }', { i: ADMIN });
  const m = await gql(`query($s: String!) { trainingModule(slug: $s) { questions { id options { id text } } questionKeys { id kind prompt correctOptionIds } } }`, { s: MODULE }, admin.cookie);
  key = m.data.trainingModule.questionKeys.map((k: any) => ({ ...k, options: m.data.trainingModule.questions.find((q: any) => q.id === k.id).options }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

const text = (q: KeyQuestion, id: string) => q.options.find((o) => o.id === id)!.text;

/** Answers the quiz on the page: right, or wrong on every question. */
async function answerQuiz(page: Page, right: boolean) {
  for (const [i, q] of key.entries()) {
    const fieldset = page.getByTestId('quiz-question').nth(i);
    if (q.kind === 'ORDERING') {
      // The right order, or the right order reversed; moved into place with the "Move up" buttons.
      const target = right ? q.correctOptionIds : [...q.correctOptionIds].reverse();
      const order = q.options.map((o) => o.id);
      for (let pos = 0; pos < target.length; pos++) {
        let at = order.indexOf(target[pos]!);
        while (at > pos) {
          await fieldset.getByRole('button', { name: `Move up: ${text(q, target[pos]!)}` }).click();
          [order[at - 1], order[at]] = [order[at]!, order[at - 1]!];
          at--;
        }
      }
    } else {
      const choose = right ? q.correctOptionIds : [q.options.find((o) => !q.correctOptionIds.includes(o.id))!.id];
      for (const id of choose) await fieldset.getByLabel(text(q, id), { exact: true }).check();
    }
  }
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  return page.getByTestId('quiz-result').waitFor();
}

describe('the training package', () => {
  it('keeps an anonymous visitor’s lessons and quiz result across a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    try {
      await page.goto(`${baseUrl}/training`);
      await page.getByRole('heading', { level: 1, name: 'S3 training package' }).waitFor();
      await page.getByTestId('training-module').first().waitFor();
      expect(await page.getByTestId('training-module').count()).toBeGreaterThanOrEqual(7);
      await page.getByRole('link', { name: 'Step 2: Governance: ensuring participation and ownership' }).click();
      await page.getByRole('heading', { level: 1, name: /Step 2: Governance/ }).waitFor();
      expect(await page.title()).toContain('Step 2: Governance');
      for (const n of [1, 2, 3]) await page.getByRole('button', { name: `Mark lesson ${n} as done` }).click();
      await eventually(() => page.getByTestId('module-progress').innerText(), (t) => t === '3 of 3 lessons done', 'the progress');
      await answerQuiz(page, true);
      expect(await page.getByTestId('quiz-result').innerText()).toContain('You passed with 100%.');
      // A visitor gets no certificate, but is told how to earn one.
      expect(await page.getByTestId('certificate').count()).toBe(0);

      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Step 2: Governance/ }).waitFor();
      await eventually(() => page.getByTestId('module-progress').innerText(), (t) => t === '3 of 3 lessons done', 'the progress after a reload');
      expect(await page.getByTestId('lesson-done').count()).toBe(3);
      await page.goto(`${baseUrl}/training`);
      const card = page.getByTestId('training-module').filter({ hasText: 'Step 2: Governance' });
      await eventually(() => card.innerText(), (t) => /completed/i.test(t), 'the catalogue showing the module completed');
    } finally {
      await page.close();
    }
  });

  it('shows every explanation and no certificate after a failed attempt', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/training/modules/${MODULE}`);
      await page.getByTestId('quiz').waitFor();
      // Before submitting, the page holds no explanation.
      expect(await page.getByTestId('quiz-explanation').count()).toBe(0);
      await answerQuiz(page, false);
      expect(await page.getByTestId('quiz-result').innerText()).toContain('You scored 0%: not yet a pass.');
      expect(await page.getByTestId('quiz-explanation').count()).toBe(key.length);
      expect(await page.getByTestId('quiz-feedback').filter({ hasText: 'Not quite.' }).count()).toBe(key.length);
      expect(await page.getByTestId('certificate').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('lets a registered learner pass, download the certificate and verify its code on the public page', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/training/register`);
      await page.getByLabel('Your name').fill(LEARNER.name);
      await page.getByLabel('Email').fill(LEARNER.email);
      await page.getByLabel('Password').fill(LEARNER.password);
      await page.getByRole('button', { name: 'Create my account' }).click();
      await page.getByTestId('registered').waitFor();

      const message = await eventually(
        async () => env.mail.find((m) => m.to.includes(LEARNER.email)),
        Boolean,
        'the confirmation email',
      );
      const body = message!.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const link = /(http:\/\/127\.0\.0\.1:\d+\/training\/confirm\?token=[A-Za-z0-9_%-]+)/.exec(body)?.[1];
      expect(link).toBeDefined();
      await page.goto(link!);
      await page.getByTestId('confirmed').waitFor();
      expect(await page.getByTestId('confirmed').innerText()).toContain(`Welcome, ${LEARNER.name}`);

      await page.goto(`${baseUrl}/training/modules/${MODULE}`);
      await page.getByTestId('quiz').waitFor();
      await answerQuiz(page, true);
      await page.getByTestId('certificate').waitFor();
      const code = (await page.getByTestId('certificate-code').innerText()).trim();
      expect(code).toMatch(/^S3-[A-Z2-9]{5}-[A-Z2-9]{5}$/);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the certificate (PDF)' }).click()]);
      expect(download.suggestedFilename()).toBe(`certificate-${code}.pdf`);
      const file = await download.path();
      expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

      // The dashboard lists the certificate too.
      await page.goto(`${baseUrl}/training/dashboard`);
      await page.getByTestId('dashboard-table').waitFor();
      await eventually(() => page.getByTestId('certificate-code').allInnerTexts(), (codes) => codes.includes(code), 'the certificate on the dashboard');

      // Anyone can verify the code, without signing in.
      const visitor = await browser.newPage();
      try {
        await visitor.goto(`${baseUrl}/training/verify`);
        await visitor.getByLabel('Verification code').fill(code.toLowerCase());
        await visitor.getByRole('button', { name: 'Verify' }).click();
        await visitor.getByTestId('verify-result').waitFor();
        const result = await visitor.getByTestId('verify-result').innerText();
        expect(result).toContain('Valid certificate');
        expect(result).toContain(LEARNER.name);
        expect(result).toContain('Step 2: Governance');
        expect(await visitor.title()).toContain(code);
      } finally {
        await visitor.close();
      }
    } finally {
      await context.close();
    }
  });
});
