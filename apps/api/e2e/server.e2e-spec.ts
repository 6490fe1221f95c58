import { GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

describe(`HTTP surface (${STORE})`, () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ template: false, env: { NODE_ENV: 'production', ADMIN_EMAIL: 'ops@polisee.example', ADMIN_PASSWORD: 'a-production-password' } });
  });
  afterAll(() => t.close());

  it('reports liveness and readiness', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('tags every response with a request id, keeping a sane incoming one', async () => {
    const own = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(own.headers.get('x-request-id')).toBe('trace-123');
    const junk = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(junk.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps introspection on and serves the SDL for developers', async () => {
    const d = await new GqlClient(t.url).ok('{ __schema { queryType { name } } }');
    expect(d.__schema.queryType.name).toBe('Query');
    const sdl = await (await fetch(`${t.url}/schema.graphql`)).text();
    expect(sdl).toContain('type Partner {');
  });

  it('masks unexpected errors in production: no stack, no SQL', async () => {
    // Break the database under the API: the resolver's query fails with a driver error.
    await t.db.dataSource.query('ALTER TABLE partner RENAME TO partner_moved');
    try {
      const r = await new GqlClient(t.url).request('{ partners(first: 5) { totalCount } }');
      expect(r.errors![0]!.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(r.errors![0]!.message).toBe('Internal server error');
      expect(JSON.stringify(r)).not.toMatch(/SELECT|partner_moved|stack|at .*\.js/i);
    } finally {
      await t.db.dataSource.query('ALTER TABLE partner_moved RENAME TO partner');
    }
  });

  it('answers malformed requests with a client error, not a crash', async () => {
    // GraphQL over HTTP: 400 for a client that prefers application/graphql-response+json (as
    // Apollo Client does), 200 with the error in the body for a plain application/json one.
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' },
      body: '{"query": "{ partners(first: ) }"}',
    });
    expect(res.status).toBe(400);
    const legacy = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: '{"query": "{ partners(first: ) }"}' });
    expect(legacy.status).toBe(200);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const csrf = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ countries { code } }')}`);
    expect(csrf.status).toBe(400);
  });

  it('refuses the documented demo credentials in production', async () => {
    const r = await new GqlClient(t.url).login('admin@polisee.example', 'polisee-demo-admin');
    expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
