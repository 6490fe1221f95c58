import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

const LIST = '{ partners(first: 50) { totalCount edges { node { id name region { code name } } } } }';

/** POST /graphql returning the body and whether the response cache answered it. */
async function post(url: string, query: string, cookie?: string): Promise<{ body: any; cached: boolean }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query }) });
  return { body: await res.json(), cached: res.headers.get('x-response-cache') === 'hit' };
}

describe(`anonymous response cache (${STORE})`, () => {
  let t: TestPlatform;
  let admin: GqlClient;
  beforeAll(async () => {
    t = await startTestPlatform();
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  it('answers a repeated public list from the cache, and a partner write shows at once', async () => {
    const first = await post(t.url, LIST);
    expect(first.cached).toBe(false);
    const again = await post(t.url, LIST);
    expect(again.cached).toBe(true);
    expect(again.body).toEqual(first.body);

    const node = first.body.data.partners.edges[0].node;
    const renamed = `${node.name} (renamed)`;
    await admin.ok('mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { id } }', { input: { id: node.id, name: renamed } });
    const after = await post(t.url, LIST);
    expect(after.cached).toBe(false);
    expect(after.body.data.partners.edges.map((e: any) => e.node.name)).toContain(renamed);
    expect((await post(t.url, LIST)).cached).toBe(true);
  });

  it('answers a repeated anonymous practice search from the cache; archiving a published practice shows at once; members get their own answer with contacts', async () => {
    const SEARCH = '{ practices(first: 20) { totalCount edges { node { id title contact { email } } } facets { countries { value count } } } }';
    const first = await post(t.url, SEARCH);
    expect(first.body.errors).toBeUndefined();
    expect(first.cached).toBe(false);
    const again = await post(t.url, SEARCH);
    expect(again.cached).toBe(true);
    expect(again.body).toEqual(first.body);
    expect(first.body.data.practices.edges.every((e: any) => e.node.contact === null)).toBe(true);

    // A member sees contacts: never the anonymous answer.
    const member = await post(t.url, SEARCH, admin.cookieHeader);
    expect(member.cached).toBe(false);
    expect(member.body.data.practices.edges.some((e: any) => e.node.contact !== null)).toBe(true);

    const gone = first.body.data.practices.edges[0].node.id;
    await admin.ok('mutation($i: TransitionPracticeInput!) { transitionPractice(input: $i) { id } }', { i: { id: gone, action: 'ARCHIVE' } });
    const after = await post(t.url, SEARCH);
    expect(after.cached).toBe(false);
    expect(after.body.data.practices.totalCount).toBe(first.body.data.practices.totalCount - 1);
    expect(after.body.data.practices.edges.map((e: any) => e.node.id)).not.toContain(gone);
    expect((await post(t.url, SEARCH)).cached).toBe(true);
  });

  it('never caches for a signed-in member, a mutation, a private field or an error', async () => {
    await post(t.url, LIST);
    expect((await post(t.url, LIST, admin.cookieHeader)).cached).toBe(false);
    for (const q of ['{ me { email } }', '{ importBatches(first: 5) { totalCount } }', '{ partners(first: 500) { totalCount } }', '{ partners(first: 5) { totalCount } me { email } }']) {
      await post(t.url, q);
      expect((await post(t.url, q)).cached).toBe(false);
    }
  });
});
