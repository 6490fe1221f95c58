/**
 * The admin console in Romanian (issue 9): the locale is the path segment after /admin, and the
 * partner form's validation messages, the client's own and the API's by reason, come from the
 * Romanian catalogue.
 */
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl as harnessUrl, eventually, launchChromium } from '@polisee/jest-presets/browser';

const baseUrl = harnessUrl();
const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@polisee.example';
const adminPassword = process.env.ADMIN_PASSWORD ?? 'polisee-demo-admin';

jest.setTimeout(90_000);

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(`${baseUrl}/admin/ro/sign-in`);
  await page.getByLabel('E-mail', { exact: true }).fill(adminEmail);
  await page.getByLabel('Parolă', { exact: true }).fill(adminPassword);
  await page.getByRole('button', { name: 'Autentificare' }).click();
  await page.waitForURL(`${baseUrl}/admin/ro/partners`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the partner form in Romanian', () => {
  it('shows the form in Romanian with <html lang="ro">', async () => {
    await page.goto(`${baseUrl}/admin/ro/partners/new`);
    await page.getByRole('heading', { name: 'Partener nou' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ro');
    await page.getByLabel('Denumire', { exact: true }).waitFor();
    await page.getByLabel('Țară', { exact: true }).waitFor();
    await eventually(() => page.title(), (title) => title.startsWith('Partener nou'), 'the Romanian document title');
  });

  it('shows Romanian validation messages for invalid data', async () => {
    await page.getByLabel('Site web', { exact: true }).fill('not a web address');
    await page.getByLabel('E-mail de contact', { exact: true }).fill('nobody');
    await page.getByLabel('Buget (EUR)', { exact: true }).fill('-5');
    await page.getByRole('button', { name: 'Creați partenerul' }).click();

    const alert = page.getByTestId('partner-form-error');
    await alert.waitFor();
    const alertText = await alert.innerText();
    expect(alertText).toContain('Partenerul nu a putut fi salvat');
    // Romanian's "few" plural form: name, country, type, role, fund, budget, website, email.
    expect(alertText).toContain('Corectați cele 8 câmpuri marcate mai jos.');

    const errors = await page.locator('.field__error').allInnerTexts();
    expect(errors).toEqual(
      expect.arrayContaining([
        'Introduceți denumirea.',
        'Alegeți țara.',
        'Alegeți tipul.',
        'Alegeți rolul.',
        'Alegeți fondul.',
        'Introduceți un număr mai mare sau egal cu 0.',
        'Introduceți o adresă completă care începe cu http:// sau https://.',
        'Introduceți o adresă de e-mail precum nume@example.eu.',
      ]),
    );
    // The name field is described by its Romanian message.
    const name = page.getByLabel('Denumire', { exact: true });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
  });

  it('words the API’s field reason in Romanian (a partner name that is taken)', async () => {
    await page.goto(`${baseUrl}/admin/ro/partners`);
    const firstName = (await page.getByTestId('partner-row').first().locator('th').innerText()).replace(/\s*demo$/i, '').trim();
    await page.goto(`${baseUrl}/admin/ro/partners/new`);
    await page.getByRole('heading', { name: 'Partener nou' }).waitFor();
    await page.getByLabel('Denumire', { exact: true }).fill(firstName);
    const country = page.getByLabel('Țară', { exact: true });
    await country.locator('option[value="IT"]').waitFor({ state: 'attached' });
    await country.selectOption('IT');
    await page.getByLabel('Tip', { exact: true }).selectOption('CLUSTER_ASSOCIATION');
    await page.getByLabel('Rol', { exact: true }).selectOption('PARTNER');
    await page.getByLabel('Fond', { exact: true }).selectOption('ERDF');
    await page.getByRole('button', { name: 'Creați partenerul' }).click();

    await eventually(
      () => page.locator('.field__error').allInnerTexts(),
      (errors) => errors.includes('Un alt partener are deja acest nume.'),
      'the Romanian message for PARTNER_NAME_TAKEN',
    );
    expect(new URL(page.url()).pathname).toBe('/admin/ro/partners/new');
  });
});
