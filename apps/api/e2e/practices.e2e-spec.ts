import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { errorCode, GqlClient, type GqlResponse } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

const FULL = `id slug title status summary description contact { name email } history { action } pendingRevision { title status } availableActions`;
const CREATE = `mutation($i: CreatePracticeInput!) { createPractice(input: $i) { ${FULL} } }`;
const UPDATE = `mutation($i: UpdatePracticeInput!) { updatePractice(input: $i) { ${FULL} } }`;
const MOVE = `mutation($i: TransitionPracticeInput!) { transitionPractice(input: $i) { id status } }`;
const SEARCH = `query($q: String, $f: PracticeFilter, $sort: PracticeSort, $first: Int, $after: String) {
  practices(query: $q, filter: $f, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor rank snippet { text highlighted } node { id slug title status country language developmentAreas instrument } }
  }
}`;
const FACETS = `query($q: String, $f: PracticeFilter) { practices(query: $q, filter: $f, first: 1) { totalCount facets {
  countries { value count } regions { value label count } developmentAreas { value count } instruments { value count } targetGroups { value count } years { value count } } } }`;

const reason = (r: GqlResponse) => r.errors?.[0]?.extensions?.reason as string | undefined;

/** A complete practice with a word no seed uses, so searches can look for it. */
const complete = (word: string) => ({
  summary: `Vouchers for ${word} makers to buy testing services.`,
  description: `The scheme pays **${word}** labs directly.`,
  results: [{ description: '40 vouchers awarded' }],
  lessonsLearned: 'Pay the provider directly.',
  transferPotential: 'Any manufacturing district.',
  regionCodes: ['ITI3'],
  developmentAreas: ['INNOVATION_RD'],
  instrument: 'VOUCHER',
  targetGroups: ['SMES'],
  institution: 'Marche Region',
  startYear: 2021,
  contactName: 'Anna Rossi',
  contactEmail: 'anna.rossi@marche.example',
});

describe(`policy examples (${STORE})`, () => {
  let t: TestPlatform;
  let admin: GqlClient;
  let editor: GqlClient; // Marche Region
  let other: GqlClient; // RDA North-East
  let anon: GqlClient;
  let marcheId: string;

  const invite = async (partnerId: string, email: string) => {
    const inv = await admin.ok('mutation($i: InviteUserInput!) { inviteUser(input: $i) { acceptPath } }', {
      i: { email, name: email.split('@')[0], role: 'PARTNER_EDITOR', partnerId },
    });
    const token = decodeURIComponent(inv.inviteUser.acceptPath.split('token=')[1]);
    const c = new GqlClient(t.url);
    await c.ok('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', { i: { token, password: 'editor-password-123' } });
    return c;
  };
  const outbox = (): Promise<{ to_address: string; template: string; params: any }[]> =>
    t.db.dataSource.query(`SELECT to_address, template, params FROM notification_outbox ORDER BY created_at, id`);

  beforeAll(async () => {
    t = await startTestPlatform();
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const partners = (await admin.ok('{ partners(first: 50) { edges { node { id acronym } } } }')).partners.edges.map((e: any) => e.node);
    marcheId = partners.find((p: any) => p.acronym === 'MARCHE').id;
    editor = await invite(marcheId, 'editor@marche.example');
    other = await invite(partners.find((p: any) => p.acronym === 'RDA NE').id, 'editor@adrnordest.example');
    anon = new GqlClient(t.url);
  });
  afterAll(() => t.close());

  it('seeds at least 60 published demo practices across the 11 countries and six areas, in English, Italian and Romanian', async () => {
    const d = await anon.ok(FACETS, {});
    expect(d.practices.totalCount).toBeGreaterThanOrEqual(60);
    expect(d.practices.facets.countries).toHaveLength(11);
    const areas = d.practices.facets.developmentAreas.map((a: any) => a.value);
    for (const a of ['INNOVATION_RD', 'SUSTAINABLE_DEVELOPMENT', 'INTERNATIONAL_COOPERATION', 'FINANCIAL_FRAMEWORK', 'SPECIALISATION', 'SKILLS_AND_JOBS']) expect(areas).toContain(a);
    const all = await editor.ok(SEARCH, { first: 100 });
    expect(new Set(all.practices.edges.map((e: any) => e.node.language))).toEqual(new Set(['en', 'it', 'ro']));
  });

  it('runs the workflow: draft, incomplete submit refused, submit, changes requested with a comment, resubmit, publish; emails in the outbox', async () => {
    const created = (await editor.ok(CREATE, { i: { title: 'Quokka design vouchers for eyewear artisans' } })).createPractice;
    expect(created).toMatchObject({ status: 'DRAFT', slug: 'quokka-design-vouchers-for-eyewear-artisans', availableActions: ['EDIT', 'SUBMIT'] });
    const incomplete = await editor.request(MOVE, { i: { id: created.id, action: 'SUBMIT' } });
    expect([errorCode(incomplete), reason(incomplete)]).toEqual(['BAD_USER_INPUT', 'INCOMPLETE']);
    expect(incomplete.errors![0]!.extensions!.fieldErrors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'summary' })]));

    await editor.ok(UPDATE, { i: { id: created.id, ...complete('quokka') } });
    await editor.ok(MOVE, { i: { id: created.id, action: 'SUBMIT' } });
    const toAdmins = (await outbox()).filter((m) => m.template === 'practice-submitted');
    expect(toAdmins.map((m) => m.to_address)).toContain(DEMO_ADMIN_EMAIL);

    const locked = await editor.request(UPDATE, { i: { id: created.id, summary: 'sneaky edit under review' } });
    expect([errorCode(locked), reason(locked)]).toEqual(['CONFLICT', 'LOCKED_UNDER_REVIEW']);
    const selfPublish = await editor.request(MOVE, { i: { id: created.id, action: 'PUBLISH' } });
    expect([errorCode(selfPublish), reason(selfPublish)]).toEqual(['FORBIDDEN', 'ADMIN_ONLY']);
    const noComment = await admin.request(MOVE, { i: { id: created.id, action: 'REQUEST_CHANGES' } });
    expect([errorCode(noComment), reason(noComment)]).toEqual(['BAD_USER_INPUT', 'COMMENT_REQUIRED']);

    await admin.ok(MOVE, { i: { id: created.id, action: 'REQUEST_CHANGES', comment: 'Please add the budget and the number of firms.' } });
    const decision = (await outbox()).filter((m) => m.template === 'practice-decision');
    expect(decision).toEqual([
      expect.objectContaining({ to_address: 'editor@marche.example', params: expect.objectContaining({ action: 'REQUEST_CHANGES', comment: 'Please add the budget and the number of firms.' }) }),
    ]);

    await editor.ok(UPDATE, { i: { id: created.id, budgetEur: 250000 } });
    await editor.ok(MOVE, { i: { id: created.id, action: 'SUBMIT' } });
    expect((await admin.ok(MOVE, { i: { id: created.id, action: 'PUBLISH' } })).transitionPractice.status).toBe('PUBLISHED');

    const seen = await anon.ok(`query($s: String) { practice(slug: $s) { title status contact { email } history { action } } }`, { s: created.slug });
    expect(seen.practice).toEqual({ title: created.title, status: 'PUBLISHED', contact: null, history: null });
    const member = await other.ok(`query($s: String) { practice(slug: $s) { contact { email } history { action } } }`, { s: created.slug });
    expect(member.practice).toEqual({ contact: { email: 'anna.rossi@marche.example' }, history: null });
    const own = await editor.ok(`query($s: String) { practice(slug: $s) { history { action fromStatus toStatus comment actor { email } } } }`, { s: created.slug });
    expect(own.practice.history.map((h: any) => h.action)).toEqual(['CREATE', 'EDIT', 'SUBMIT', 'REQUEST_CHANGES', 'EDIT', 'SUBMIT', 'PUBLISH']);
    expect(own.practice.history[3]).toMatchObject({ comment: 'Please add the budget and the number of firms.', actor: { email: DEMO_ADMIN_EMAIL } });
    const found = await anon.ok(SEARCH, { q: 'quokka' });
    expect(found.practices.edges.map((e: any) => e.node.id)).toEqual([created.id]);
  });

  it('refuses every illegal transition with its guard', async () => {
    const mk = async () => (await editor.ok(CREATE, { i: { title: `Illegal moves ${Math.random()}`, ...complete('narwhal') } })).createPractice.id as string;
    const draft = await mk();
    for (const action of ['REQUEST_CHANGES', 'PUBLISH', 'REJECT', 'ARCHIVE']) {
      const r = await admin.request(MOVE, { i: { id: draft, action, comment: 'c' } });
      expect([action, errorCode(r), reason(r)]).toEqual([action, 'CONFLICT', 'TRANSITION_NOT_ALLOWED']);
    }
    await editor.ok(MOVE, { i: { id: draft, action: 'SUBMIT' } });
    const again = await editor.request(MOVE, { i: { id: draft, action: 'SUBMIT' } });
    expect(reason(again)).toBe('TRANSITION_NOT_ALLOWED');
    const archiveSubmitted = await admin.request(MOVE, { i: { id: draft, action: 'ARCHIVE' } });
    expect(reason(archiveSubmitted)).toBe('TRANSITION_NOT_ALLOWED');
    const noReason = await admin.request(MOVE, { i: { id: draft, action: 'REJECT' } });
    expect(reason(noReason)).toBe('COMMENT_REQUIRED');
    await admin.ok(MOVE, { i: { id: draft, action: 'REJECT', comment: 'No measurable results.' } });
    for (const action of ['SUBMIT', 'PUBLISH', 'ARCHIVE', 'REQUEST_CHANGES']) {
      const r = await admin.request(MOVE, { i: { id: draft, action, comment: 'c' } });
      expect([action, reason(r)]).toEqual([action, 'TRANSITION_NOT_ALLOWED']);
    }
    const editRejected = await editor.request(UPDATE, { i: { id: draft, summary: 'x' } });
    expect(reason(editRejected)).toBe('TRANSITION_NOT_ALLOWED');

    const pub = await mk();
    await editor.ok(MOVE, { i: { id: pub, action: 'SUBMIT' } });
    await admin.ok(MOVE, { i: { id: pub, action: 'PUBLISH' } });
    const republish = await admin.request(MOVE, { i: { id: pub, action: 'PUBLISH' } });
    expect(reason(republish)).toBe('TRANSITION_NOT_ALLOWED');
    const editorArchive = await editor.request(MOVE, { i: { id: pub, action: 'ARCHIVE' } });
    expect(reason(editorArchive)).toBe('ADMIN_ONLY');
    await admin.ok(MOVE, { i: { id: pub, action: 'ARCHIVE', comment: 'Programme closed' } });
    const unarchive = await admin.request(MOVE, { i: { id: pub, action: 'PUBLISH' } });
    expect(reason(unarchive)).toBe('TRANSITION_NOT_ALLOWED');
    const viaEdit = await admin.request(MOVE, { i: { id: pub, action: 'EDIT' } });
    expect(errorCode(viaEdit)).toBe('BAD_USER_INPUT');
  });

  it("keeps a partner editor off another partner's practices", async () => {
    const id = (await editor.ok(CREATE, { i: { title: 'Marche only draft' } })).createPractice.id;
    const edit = await other.request(UPDATE, { i: { id, summary: 'hijack' } });
    expect([errorCode(edit), reason(edit)]).toEqual(['FORBIDDEN', 'OWN_PARTNER_ONLY']);
    const submit = await other.request(MOVE, { i: { id, action: 'SUBMIT' } });
    expect(reason(submit)).toBe('OWN_PARTNER_ONLY');
    const forOther = await other.request(CREATE, { i: { title: 'Written for Marche', partnerId: marcheId } });
    expect(reason(forOther)).toBe('OWN_PARTNER_ONLY');
    expect((await other.ok('query($id: ID) { practice(id: $id) { id } }', { id })).practice).toBeNull();
    const mine = await other.ok('{ managedPractices(first: 100) { edges { node { id } } } }');
    expect(mine.managedPractices.edges.map((e: any) => e.node.id)).not.toContain(id);
    const adminList = await admin.ok('{ managedPractices(first: 100, filter: { statuses: [DRAFT] }) { edges { node { id } } } }');
    expect(adminList.managedPractices.edges.map((e: any) => e.node.id)).toContain(id);
  });

  it('edits of a published practice wait in a revision; the public text changes only when the revision is published', async () => {
    const id = (await editor.ok(CREATE, { i: { title: 'Axolotl cluster vouchers', ...complete('axolotl') } })).createPractice.id;
    await editor.ok(MOVE, { i: { id, action: 'SUBMIT' } });
    await admin.ok(MOVE, { i: { id, action: 'PUBLISH' } });
    const revised = (await editor.ok(UPDATE, { i: { id, summary: 'Revised: now with pangolin testing labs.' } })).updatePractice;
    expect(revised.summary).toContain('axolotl');
    expect(revised.pendingRevision).toEqual({ title: 'Axolotl cluster vouchers', status: 'DRAFT' });
    expect((await anon.ok(SEARCH, { q: 'pangolin' })).practices.totalCount).toBe(0);
    await editor.ok(MOVE, { i: { id, action: 'SUBMIT' } });
    const counts = await admin.ok('{ practiceStatusCounts { status count revisions } }');
    expect(counts.practiceStatusCounts.find((c: any) => c.status === 'SUBMITTED').revisions).toBeGreaterThanOrEqual(1);
    expect((await anon.ok('query($id: ID) { practice(id: $id) { summary status pendingRevision { id } } }', { id })).practice).toEqual({
      summary: expect.stringContaining('axolotl'),
      status: 'PUBLISHED',
      pendingRevision: null,
    });
    const bulk = await admin.ok('mutation($ids: [ID!]!) { publishPractices(ids: $ids) { id ok code } }', { ids: [id, '00000000-0000-0000-0000-000000000000'] });
    expect(bulk.publishPractices).toEqual([
      { id, ok: true, code: null },
      { id: '00000000-0000-0000-0000-000000000000', ok: false, code: 'NOT_FOUND' },
    ]);
    const after = await anon.ok('query($id: ID) { practice(id: $id) { summary } }', { id });
    expect(after.practice.summary).toBe('Revised: now with pangolin testing labs.');
    expect((await anon.ok(SEARCH, { q: 'pangolin' })).practices.edges.map((e: any) => e.node.id)).toEqual([id]);
  });

  it('lets anonymous visitors reach published practices only, by every query', async () => {
    // One practice in each non-public status, all carrying the same unusual word.
    const make = async (title: string) => (await editor.ok(CREATE, { i: { title, ...complete('wombat') } })).createPractice as { id: string; slug: string };
    const draft = await make('Wombat draft');
    const submitted = await make('Wombat submitted');
    await editor.ok(MOVE, { i: { id: submitted.id, action: 'SUBMIT' } });
    const rejected = await make('Wombat rejected');
    await editor.ok(MOVE, { i: { id: rejected.id, action: 'SUBMIT' } });
    await admin.ok(MOVE, { i: { id: rejected.id, action: 'REJECT', comment: 'No evidence' } });
    const archived = await make('Wombat archived');
    await editor.ok(MOVE, { i: { id: archived.id, action: 'SUBMIT' } });
    await admin.ok(MOVE, { i: { id: archived.id, action: 'PUBLISH' } });
    await admin.ok(MOVE, { i: { id: archived.id, action: 'ARCHIVE' } });
    const hidden = [draft, submitted, rejected, archived];
    const hiddenIds = new Set(hidden.map((h) => h.id));

    for (const client of [anon, other]) {
      for (const h of hidden) {
        expect((await client.ok('query($id: ID) { practice(id: $id) { id } }', { id: h.id })).practice).toBeNull();
        expect((await client.ok('query($s: String) { practice(slug: $s) { id } }', { s: h.slug })).practice).toBeNull();
      }
      expect((await client.ok(SEARCH, { q: 'wombat' })).practices.totalCount).toBe(0);
      const facets = (await client.ok(FACETS, { q: 'wombat' })).practices.facets;
      expect(Object.values(facets).flat()).toEqual([]);
    }
    // Not in any list, facet count, similar list or "from similar regions" list.
    // Anonymous budgets allow about 60 rows a request: page through everything.
    const edges: any[] = [];
    let cursor: string | null = null;
    let total: number;
    do {
      const page: any = await anon.ok(SEARCH, { first: 40, after: cursor, sort: 'NEWEST' });
      edges.push(...page.practices.edges);
      total = page.practices.totalCount;
      cursor = page.practices.pageInfo.hasNextPage ? page.practices.pageInfo.endCursor : null;
    } while (cursor);
    const all = { practices: { edges } };
    expect(edges).toHaveLength(total);
    expect(all.practices.edges.some((e: any) => hiddenIds.has(e.node.id))).toBe(false);
    expect(all.practices.edges.every((e: any) => e.node.status === 'PUBLISHED')).toBe(true);
    const facetTotal = (await anon.ok(FACETS, {})).practices.facets.countries.reduce((s: number, c: any) => s + c.count, 0);
    expect(facetTotal).toBe(total);
    const related = await anon.ok(`{ practices(first: 10, sort: NEWEST) { edges { node { similar(first: 10) { id status } fromSimilarRegions(first: 10) { id status } } } } }`);
    for (const e of related.practices.edges) {
      for (const p of [...e.node.similar, ...e.node.fromSimilarRegions]) {
        expect(hiddenIds.has(p.id)).toBe(false);
        expect(p.status).toBe('PUBLISHED');
      }
    }
    // The console queries need a session; contacts, history and revisions are not public.
    expect(errorCode(await anon.request('{ managedPractices { totalCount } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anon.request('{ practiceStatusCounts { count } }'))).toBe('UNAUTHENTICATED');
    const anyPublic = await anon.ok('{ practices(first: 40) { edges { node { contact { email } history { id } pendingRevision { id } availableActions } } } }');
    for (const e of anyPublic.practices.edges) expect(e.node).toEqual({ contact: null, history: null, pendingRevision: null, availableActions: [] });
    // The sitemap lists published practices only.
    const sitemap = await (await fetch(`${t.url}/sitemap.xml`)).text();
    for (const h of hidden) expect(sitemap).not.toContain(h.slug);
    expect(sitemap).toContain('/practices/innovation-vouchers-for-furniture-and-wood-smes-in-marche');
  });

  it('counts facets in the database, each respecting the query and the other filters', async () => {
    const q = 'vouchers';
    const base = (await anon.ok(FACETS, { q })).practices;
    const it = base.facets.countries.find((c: any) => c.value === 'IT').count;
    const onlyIt = (await anon.ok(FACETS, { q, f: { countries: ['IT'] } })).practices;
    expect(onlyIt.totalCount).toBe(it);
    // The country facet ignores its own filter; the others narrow to Italy.
    expect(onlyIt.facets.countries).toEqual(base.facets.countries);
    const instrumentSum = onlyIt.facets.instruments.reduce((s: number, c: any) => s + c.count, 0);
    expect(instrumentSum).toBe(onlyIt.totalCount);
    const both = await anon.ok(SEARCH, { q, f: { countries: ['IT'], instruments: ['VOUCHER'] }, first: 40 });
    expect(both.practices.totalCount).toBe(onlyIt.facets.instruments.find((c: any) => c.value === 'VOUCHER').count);
    expect(both.practices.edges.every((e: any) => e.node.country === 'IT' && e.node.instrument === 'VOUCHER')).toBe(true);
    const years = (await anon.ok(FACETS, { f: { years: [2016] } })).practices;
    expect(years.facets.years.length).toBeGreaterThan(1);
  });

  it('answers the same facets alone, beside the page (one statement) and through a fragment', async () => {
    const fields = 'countries { value count } regions { value label count } developmentAreas { value count } instruments { value count } targetGroups { value count } years { value count }';
    const v = { q: 'cluster', f: { developmentAreas: ['INNOVATION_RD'], countries: ['IT', 'AT'] } };
    const alone = (await anon.ok(`query($q: String, $f: PracticeFilter) { practices(query: $q, filter: $f, first: 1) { facets { ${fields} } } }`, v)).practices.facets;
    const withPage = (await anon.ok(`query($q: String, $f: PracticeFilter) { practices(query: $q, filter: $f, first: 20) { totalCount edges { node { id } } facets { ${fields} } } }`, v)).practices;
    const viaFragment = (await anon.ok(`query($q: String, $f: PracticeFilter) { practices(query: $q, filter: $f, first: 20) { ...F } } fragment F on PracticeSearchConnection { totalCount facets { ${fields} } }`, v)).practices;
    expect(withPage.totalCount).toBeGreaterThan(0);
    expect(withPage.facets).toEqual(alone);
    expect(viaFragment.facets).toEqual(alone);
    expect(viaFragment.totalCount).toBe(withPage.totalCount);
    // The area facet ignores its own filter; its filtered value counts exactly the filtered matches.
    expect(alone.developmentAreas.find((a: any) => a.value === 'INNOVATION_RD').count).toBe(withPage.totalCount);
  });

  it.each(['RELEVANCE', 'NEWEST', 'TITLE'])('pages through results sorted by %s without gaps or repeats', async (sort) => {
    const q = sort === 'RELEVANCE' ? 'cluster' : null;
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    let pages = 0;
    do {
      const d: any = await anon.ok(SEARCH, { q, sort, first: 7, after });
      total = d.practices.totalCount;
      seen.push(...d.practices.edges.map((e: any) => e.node.id));
      if (sort === 'RELEVANCE') {
        const ranks = d.practices.edges.map((e: any) => e.rank);
        expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
      }
      after = d.practices.pageInfo.hasNextPage ? d.practices.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 30);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(errorCode(await anon.request(SEARCH, { first: 0 }))).toBe('BAD_USER_INPUT');
  });

  it('highlights matches in snippets and never returns markup', async () => {
    const d = await anon.ok(SEARCH, { q: 'guarantee' });
    const parts = d.practices.edges[0].snippet;
    expect(parts.some((p: any) => p.highlighted && /guarantee/i.test(p.text))).toBe(true);
    expect(parts.map((p: any) => p.text).join('')).not.toMatch(/[<>*]|\[\[\[/);
  });

  it('shows practices from structurally similar regions and similar practices', async () => {
    const d = await anon.ok(`{ practice(slug: "innovation-vouchers-for-furniture-and-wood-smes-in-marche") {
      regions { code } results { indicator { code } before after }
      similar(first: 3) { title instrument developmentAreas } fromSimilarRegions(first: 3) { regions { code } } } }`);
    expect(d.practice.similar).toHaveLength(3);
    expect(d.practice.similar[0].instrument === 'VOUCHER' || d.practice.similar[0].developmentAreas.includes('INNOVATION_RD')).toBe(true);
    expect(d.practice.results.map((r: any) => r.indicator?.code ?? null)).toEqual([null, 'SME_INNOVATORS_PCT']);
    const refs = await anon.ok(`{ referenceRegions(region: "ITI3", n: 10) { region { code } } }`);
    const refCodes = new Set(refs.referenceRegions.map((r: any) => r.region.code));
    for (const p of d.practice.fromSimilarRegions) expect(p.regions.some((r: any) => refCodes.has(r.code))).toBe(true);
  });
});
