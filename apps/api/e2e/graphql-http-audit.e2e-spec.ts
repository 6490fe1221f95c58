import { auditServer } from 'graphql-http';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

/** The GraphQL over HTTP spec audits (graphql-http): no error and no warning. */
describe(`GraphQL over HTTP compliance (${STORE})`, () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ template: false, seed: false });
  });
  afterAll(() => t.close());

  it('passes every audit without errors or warnings', async () => {
    // Apollo's CSRF prevention wants a preflight header; the audits send their own requests.
    const results = await auditServer({
      url: `${t.url}/graphql`,
      fetchFn: (input: Parameters<typeof fetch>[0], init?: RequestInit) => fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers).entries()), 'apollo-require-preflight': 'true' } }),
    });
    const bad = results.filter((r) => r.status === 'error' || r.status === 'warn').map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(bad).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(55);
  });
});
