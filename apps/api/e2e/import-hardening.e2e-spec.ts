import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { errorCode, GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

/** Issue 7, findings 5, 8 and 10 through the API: formula-safe CSV exports that still round-trip, bounded preview errors, encoding and NUL at preview. */
const PREVIEW = `mutation($input: ObservationImportInput!) { previewObservationImport(input: $input) {
  rowsTotal validRows inserts updates unchanged canApply errorCount errors { row column message } } }`;
const APPLY =
  'mutation($input: ObservationImportInput!) { applyObservationImport(input: $input) { __typename ... on ImportBatch { id inserted } ... on ImportRejected { reason errorCount errors { row } } } }';
const EXPORT = 'query($f: ObservationFilter, $format: FileFormat!) { exportObservations(filter: $f, format: $format) { fileName contentBase64 rowCount } }';
const file = (fileName: string, bytes: Buffer | string) => ({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });

describe(`import and export hardening (${STORE})`, () => {
  let t: TestPlatform;
  let admin: GqlClient;
  beforeAll(async () => {
    t = await startTestPlatform();
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  it('neutralises formula-leading text in CSV exports, keeps negative numbers numeric, and round-trips (finding 5)', async () => {
    const hostile = "=cmd|' /C calc'!A0";
    const csv = `indicator,region,year,value,flag,source\nBERD_EUR_PER_INH,ITI3,2012,-3.5,,"${hostile.replace(/"/g, '""')}"\nBERD_EUR_PER_INH,ITI3,2011,7,,@SUM(1+1)\n`;
    await admin.ok(APPLY, { input: file('hostile.csv', csv) });
    const filter = { indicators: ['BERD_EUR_PER_INH'], regions: ['ITI3'], yearFrom: 2011, yearTo: 2012 };
    const exported = (await new GqlClient(t.url).ok(EXPORT, { f: filter, format: 'CSV' })).exportObservations;
    const text = Buffer.from(exported.contentBase64, 'base64').toString('utf8');
    expect(text).toContain(`BERD_EUR_PER_INH,ITI3,2012,-3.5,,"'=cmd|' /C calc'!A0"`);
    expect(text).toContain(`BERD_EUR_PER_INH,ITI3,2011,7,,"'@SUM(1+1)"`);
    for (const line of text.split(/\r?\n/).slice(1)) expect(line.split(',').every((cell) => !/^[=+\-@\t\r]/.test(cell) || /^-\d/.test(cell))).toBe(true);
    // The export re-imports unchanged, the hostile text included.
    const again = (await admin.ok(PREVIEW, { input: { fileName: exported.fileName, contentBase64: exported.contentBase64 } })).previewObservationImport;
    expect(again).toMatchObject({ canApply: true, rowsTotal: 2, unchanged: 2, inserts: 0, updates: 0, errorCount: 0 });
    const xlsx = (await new GqlClient(t.url).ok(EXPORT, { f: filter, format: 'XLSX' })).exportObservations;
    expect((await admin.ok(PREVIEW, { input: { fileName: xlsx.fileName, contentBase64: xlsx.contentBase64 } })).previewObservationImport).toMatchObject({ unchanged: 2 });
  });

  it('answers a file of bad rows with the first 1,000 problems and their total (finding 8)', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `NOPE${i},XX${i},17,abc`).join('\n');
    const r = await admin.request(PREVIEW, { input: file('bad.csv', `indicator,region,year,value\n${rows}\n`) });
    const p = r.data!.previewObservationImport;
    expect(p.errors).toHaveLength(1000);
    expect(p.errorCount).toBe(120_000);
    expect(p.validRows).toBe(0);
    expect(JSON.stringify(r).length).toBeLessThan(300_000); // was: 273 MB for 5 MB
    const applied = (await admin.ok(APPLY, { input: file('bad.csv', `indicator,region,year,value\n${rows}\n`) })).applyObservationImport;
    expect(applied).toMatchObject({ __typename: 'ImportRejected', reason: 'INVALID_ROWS', errorCount: 120_000 });
    expect(applied.errors).toHaveLength(1000);
  });

  it('refuses Latin-1 and NUL bytes at preview with a clear message (finding 10)', async () => {
    const latin1 = await admin.request(PREVIEW, { input: file('latin1.csv', Buffer.from('indicator,region,year,value,flag,source\nBERD_EUR_PER_INH,ITI3,2010,1,,Région\n', 'latin1')) });
    expect(errorCode(latin1)).toBe('BAD_USER_INPUT');
    expect(latin1.errors![0]!.message).toMatch(/not UTF-8.*line 2/);
    const nul = await admin.request(PREVIEW, { input: file('nul.csv', 'indicator,region,year,value,flag,source\nBERD_EUR_PER_INH,ITI3,2010,1,,Euro\u0000stat\n') });
    expect(errorCode(nul)).toBe('BAD_USER_INPUT');
    expect(nul.errors![0]!.message).toMatch(/NUL/);
  });
});
