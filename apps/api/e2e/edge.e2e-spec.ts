import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { loadManifest } from '../src/graphql/trusted-documents';
import { errorCode, GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

/** Regression tests for the public edge (issue 7: findings 1, 4, 9, 10 and the limits). */
describe(`GraphQL edge (${STORE})`, () => {
  let t: TestPlatform;
  let anon: GqlClient;
  let admin: GqlClient;
  beforeAll(async () => {
    t = await startTestPlatform();
    anon = new GqlClient(t.url);
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  const stillUp = async () => expect((await fetch(`${t.url}/healthz`)).status).toBe(200);

  it('refuses the 24-level region/clusters fan-out quickly, for anyone, and stays up', async () => {
    let nest = 'code';
    for (let i = 0; i < 12; i++) nest = `clusters { region { ${nest} } }`;
    const query = `{ region(code: "ITI3") { ${nest} } }`;
    for (const client of [anon, admin]) {
      const started = Date.now();
      const r = await client.request(query);
      // Refused at validation: executed, this query ran the heap out (4.2 GB) and killed the
      // process. The bound is loose so a busy CI machine does not fail it.
      expect(Date.now() - started).toBeLessThan(5000);
      expect(errorCode(r)).toBe('QUERY_TOO_COMPLEX');
      expect(r.errors![0]!.extensions).toMatchObject({ limit: 'depth' });
    }
    await stillUp();
  });

  it('refuses ten aliased XLSX exports by cost', async () => {
    const query = `{ ${Array.from({ length: 10 }, (_, i) => `e${i}: exportObservations(format: XLSX) { fileName }`).join(' ')} }`;
    for (const client of [anon, admin]) {
      const r = await client.request(query);
      expect(errorCode(r)).toBe('QUERY_TOO_COMPLEX');
      expect(r.errors![0]!.extensions).toMatchObject({ limit: 'cost' });
    }
  });

  it('refuses 10,000 aliases at the parser without blocking the event loop', async () => {
    const query = `{ ${Array.from({ length: 10000 }, (_, i) => `a${i}: countries { code }`).join(' ')} }`;
    let worstTick = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      worstTick = Math.max(worstTick, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const r = await anon.request(query);
    clearInterval(ticker);
    // Before: > 1 s of blocked loop on an idle machine (validating 10,000 aliases); now the parser
    // stops at 5,000 tokens. Client and server share this process; the margin is for a busy CI.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(worstTick).toBeLessThan(2000);
    expect(errorCode(r)).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.errors![0]!.message).toMatch(/more tha[nt] 5000 tokens/) // graphql-js's own wording;
    // 1,001 tokens is within the parser's ceiling but over the anonymous budget.
    // (graphql-js itself aborts validation of 1,000 copies of one field, so the tokens are list items.)
    const weights = Array.from({ length: 140 }, () => '{ dimension: "Economy", weight: 1 }').join(' ');
    const long = `{ referenceRegions(region: "ITI3", dimensionWeights: [${weights}]) { rank } }`;
    const r2 = await anon.request(long);
    expect(r2.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
    expect(errorCode(await admin.request(long))).not.toBe('QUERY_TOO_COMPLEX');
  });

  it('aliases and directives over the anonymous budget are refused', async () => {
    const aliases = await anon.request(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: countries { code }`).join(' ')} }`);
    expect(aliases.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 15 });
    const directives = await anon.request(`{ countries { code ${'__typename @include(if: true) '.repeat(51)} } }`);
    expect(directives.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives', max: 50 });
  });

  describe('six classes of bad input are client errors (finding 9)', () => {
    it('a NUL byte in any string, and over-long strings, without echoing them', async () => {
      const nul = await anon.request('query R($c: String!) { region(code: $c) { code } }', { c: 'IT\u0000C4' });
      expect(errorCode(nul)).toBe('BAD_USER_INPUT');
      const huge = 'Z'.repeat(1024 * 1024);
      const long = await anon.request('query R($c: String!) { region(code: $c) { code } }', { c: huge });
      expect(errorCode(long)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(long).length).toBeLessThan(1000);
      const search = await admin.request('query P($f: PartnerFilter) { partners(filter: $f) { totalCount } }', { f: { search: 'a\u0000' } });
      expect(search.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'filter.search' }] });
      // graphql-js echoes a bad variable's value; the message is cut to a short prefix.
      const echoed = await anon.request('query R($n: Int) { referenceRegions(region: "ITI3", n: $n) { rank } }', { n: 'Q'.repeat(100000) });
      expect(errorCode(echoed)).toBe('BAD_USER_INPUT');
      expect(echoed.errors![0]!.message.length).toBeLessThanOrEqual(300);
    });

    it('forged and malformed cursors', async () => {
      const forged = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      for (const after of ['!!!', forged(['junk', 'junk']), forged(['not a time', '00000000-0000-0000-0000-000000000000'])]) {
        expect(errorCode(await admin.request('query B($a: String) { importBatches(after: $a) { totalCount } }', { a: after }))).toBe('BAD_USER_INPUT');
        expect(errorCode(await anon.request('query O($a: String) { observations(first: 2, after: $a) { totalCount } }', { a: after }))).toBe('BAD_USER_INPUT');
      }
      const budget = await anon.request('query P($a: String) { partners(after: $a, orderBy: { field: BUDGET, direction: ASC }) { totalCount } }', { a: forged(['1e999x', '00000000-0000-0000-0000-000000000000']) });
      expect(errorCode(budget)).toBe('BAD_USER_INPUT');
    });

    it('integers out of their column range', async () => {
      expect(errorCode(await anon.request('{ clusterStars(year: 2147483647) { stars } }'))).toBe('BAD_USER_INPUT');
      expect(errorCode(await anon.request('{ observations(filter: { yearFrom: 2147483647 }) { totalCount } }'))).toBe('BAD_USER_INPUT');
    });

    it('filter: null on observations is no filter', async () => {
      const d = await anon.ok('{ observations(first: 1, filter: null) { totalCount } }');
      expect(d.observations.totalCount).toBeGreaterThan(1000);
    });

    it('an explicit null for a required field of an update input', async () => {
      const { partners } = await admin.ok('{ partners(first: 1) { edges { node { id } } } }');
      const id = partners.edges[0].node.id;
      const r = await admin.request('mutation U($i: UpdatePartnerInput!) { updatePartner(input: $i) { id } }', { i: { id, name: null, country: null } });
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name' }, { field: 'country' }] });
      const { indicators } = await admin.ok('{ indicators { id } }');
      const ri = await admin.request('mutation U($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { id } }', { i: { id: indicators[0].id, unit: null } });
      expect(errorCode(ri)).toBe('BAD_USER_INPUT');
    });

    it('more than 50 variable errors', async () => {
      const r = await anon.request('query Q($c: [String!]) { partners(filter: { countries: $c }) { totalCount } }', { c: Array.from({ length: 60 }, () => ({})) });
      expect(r.errors!.some((e) => /Too many errors/.test(e.message))).toBe(true);
      expect(new Set(r.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    });
  });

  it('runs the apps\' operations by persisted id', async () => {
    const [hash, text] = [...loadManifest()].find(([, q]) => q.startsWith('query BenchmarkSetupQuery'))!;
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ operationName: 'BenchmarkSetupQuery', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    const body: any = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.regions.length).toBeGreaterThan(50);
    expect(text).toContain('__typename');
    const unknown = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    });
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('sets security headers on the apps and the API, without HSTS outside production', async () => {
    for (const path of ['/', '/admin', '/graphql', '/healthz']) {
      const res = await fetch(`${t.url}${path}`, { headers: path === '/graphql' ? { 'apollo-require-preflight': 'true' } : {} });
      const csp = res.headers.get('content-security-policy') ?? '';
      const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(script).toBe("'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('stops resolving when the time budget is spent and reports a lagging event loop as not ready', async () => {
    const tight = await startTestPlatform({ env: { GRAPHQL_TIME_BUDGET_MS: '1', READY_MAX_EVENT_LOOP_LAG_MS: '300' } });
    try {
      const r = await new GqlClient(tight.url).request('{ regions { code clusters { name region { code partners { name } } } } }');
      expect(r.errors?.filter((e) => e.extensions?.code === 'QUERY_TIMEOUT')).toHaveLength(1);
      expect(r.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')).toBe(false);
      expect((await fetch(`${tight.url}/healthz`)).status).toBe(200);

      // Ready once the loop is calm (on a busy machine that may take a window or two)...
      let ready = 0;
      for (let i = 0; i < 20 && ready !== 200; i++) {
        ready = (await fetch(`${tight.url}/readyz`)).status;
        if (ready !== 200) await new Promise((r) => setTimeout(r, 500));
      }
      expect(ready).toBe(200);
      // ...and not ready right after the loop was blocked for longer than the threshold.
      const until = Date.now() + 1500;
      while (Date.now() < until); // block the loop this server shares with the test
      const res = await fetch(`${tight.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'event loop lagging' });
    } finally {
      await tight.close();
    }
  });
});

describe(`GraphQL edge in production (${STORE})`, () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({
      template: false,
      seed: false,
      env: { NODE_ENV: 'production', ADMIN_EMAIL: 'ops@polisee.example', ADMIN_PASSWORD: 'a-production-password', GRAPHQL_TRUSTED_DOCUMENTS: 'only', GRAPHQL_INTROSPECTION: 'false' },
    });
  });
  afterAll(() => t.close());

  it('accepts only the apps\' documents when GRAPHQL_TRUSTED_DOCUMENTS=only', async () => {
    const r = await new GqlClient(t.url).request('{ countries { code } }');
    expect(errorCode(r)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    const [hash] = [...loadManifest()].find(([, q]) => q.startsWith('query BenchmarkSetupQuery'))!;
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    // It runs (this database is empty, so a resolver may answer its own error).
    const body: any = await res.json();
    expect((body.errors ?? []).every((e: any) => Array.isArray(e.path))).toBe(true); // execution errors only
    expect((body.errors ?? []).map((e: any) => e.extensions?.code)).not.toContain('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('turns introspection and field suggestions off with GRAPHQL_INTROSPECTION=false', async () => {
    const [hash] = [...loadManifest()].find(([, q]) => q.startsWith('query BenchmarkSetupQuery'))!;
    expect(hash).toBeTruthy();
    const other = await startTestPlatform({ template: false, seed: false, env: { NODE_ENV: 'production', ADMIN_EMAIL: 'ops@polisee.example', ADMIN_PASSWORD: 'a-production-password', GRAPHQL_INTROSPECTION: 'false' } });
    try {
      const c = new GqlClient(other.url);
      expect(errorCode(await c.request('{ __schema { queryType { name } } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await c.request('{ countrie { code } }');
      expect(typo.errors![0]!.message).not.toMatch(/Did you mean/);
    } finally {
      await other.close();
    }
  });

  it('sends HSTS in production', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});
