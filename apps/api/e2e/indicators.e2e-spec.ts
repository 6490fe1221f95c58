import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { errorCode, GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

const CREATE = 'mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id code kind dimension transform retired observationCount } }';

describe(`indicator definitions (${STORE})`, () => {
  let t: TestPlatform;
  let admin: GqlClient;
  beforeAll(async () => {
    t = await startTestPlatform();
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  it('creates, validates and edits definitions; only admins may', async () => {
    const input = { code: 'CLUSTER_MEMBERS_PER_100K', name: 'Cluster members', unit: 'per 100,000 inh.', kind: 'PERFORMANCE', polarity: 'HIGHER_IS_BETTER', area: 'SPECIALISATION' };
    expect(errorCode(await new GqlClient(t.url).request(CREATE, { input }))).toBe('UNAUTHENTICATED');
    const bad = await admin.request(CREATE, { input: { ...input, code: 'lower case' } });
    expect(bad.errors![0]!.extensions!.fieldErrors).toEqual([{ field: 'code', reason: 'MATCHES', message: expect.stringMatching(/capital letters/) }]);
    const noDimension = await admin.request(CREATE, { input: { ...input, code: 'NEW_STRUCT', kind: 'STRUCTURAL' } });
    expect(noDimension.errors![0]!.extensions!.fieldErrors).toEqual([{ field: 'dimension', reason: 'DIMENSION_REQUIRED', message: expect.any(String) }]);
    const created = (await admin.ok(CREATE, { input })).createIndicator;
    expect(created).toMatchObject({ code: input.code, transform: 'NONE', retired: false, observationCount: 0, dimension: null });
    expect(errorCode(await admin.request(CREATE, { input }))).toBe('CONFLICT');
    const edited = await admin.ok('mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { name transform } }', { input: { id: created.id, name: 'Cluster members per inhabitants', transform: 'SQRT' } });
    expect(edited.updateIndicator).toEqual({ name: 'Cluster members per inhabitants', transform: 'SQRT' });
  });

  it('retires an indicator: data kept, left out of benchmarks and imports, restorable', async () => {
    const BENCH = '{ benchmark(region: "ITI3", options: { year: 2019, uncertaintyDraws: 0 }) { indicators { indicator { code } } } }';
    const codes = async () => (await admin.ok(BENCH)).benchmark.indicators.map((i: any) => i.indicator.code);
    expect(await codes()).toContain('VENTURE_CAPITAL_PCT_GDP');
    const { indicator } = await admin.ok('{ indicator(code: "VENTURE_CAPITAL_PCT_GDP") { id observationCount } }');
    const retired = await admin.ok('mutation($id: ID!) { retireIndicator(id: $id) { retired retiredAt observationCount } }', { id: indicator.id });
    expect(retired.retireIndicator).toMatchObject({ retired: true, observationCount: indicator.observationCount });
    expect(await codes()).not.toContain('VENTURE_CAPITAL_PCT_GDP');
    expect((await admin.ok('{ indicators { code } }')).indicators.map((i: any) => i.code)).not.toContain('VENTURE_CAPITAL_PCT_GDP');
    expect((await admin.ok('{ indicators(filter: { includeRetired: true }) { code } }')).indicators.map((i: any) => i.code)).toContain('VENTURE_CAPITAL_PCT_GDP');
    const csv = Buffer.from('indicator,region,year,value\nVENTURE_CAPITAL_PCT_GDP,ITI3,2019,0.1\n').toString('base64');
    const preview = await admin.ok('mutation($input: ObservationImportInput!) { previewObservationImport(input: $input) { canApply errors { column message } } }', { input: { fileName: 'vc.csv', contentBase64: csv } });
    expect(preview.previewObservationImport.errors).toEqual([{ column: 'indicator', message: expect.stringMatching(/retired/) }]);
    await admin.ok('mutation($id: ID!) { restoreIndicator(id: $id) { retired } }', { id: indicator.id });
    expect(await codes()).toContain('VENTURE_CAPITAL_PCT_GDP');
  });
});
