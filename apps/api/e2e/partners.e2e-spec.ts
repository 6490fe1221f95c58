import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { errorCode, GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

const PAGE = `query Page($first: Int, $after: String, $orderBy: PartnerOrder, $filter: PartnerFilter) {
  partners(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name acronym country countryName type role budgetEur createdAt isDemo regionCode region { code name } } }
  }
}`;

describe(`partnership (${STORE})`, () => {
  let t: TestPlatform;
  let admin: GqlClient;
  beforeAll(async () => {
    t = await startTestPlatform();
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  it('serves the seeded partnership: 23 partners in 11 countries, Marche Region leading', async () => {
    const d = await new GqlClient(t.url).ok('{ partners(first: 50) { totalCount edges { node { name country role isDemo region { code } } } } }');
    const nodes = d.partners.edges.map((e: any) => e.node);
    expect(d.partners.totalCount).toBe(23);
    expect(nodes).toHaveLength(23);
    expect(new Set(nodes.map((n: any) => n.country)).size).toBe(11);
    expect(nodes.filter((n: any) => n.role === 'LEAD_PARTNER')).toEqual([expect.objectContaining({ name: 'Marche Region', country: 'IT', isDemo: false })]);
    const ro = nodes.filter((n: any) => n.country === 'RO').map((n: any) => n.name).sort();
    expect(ro).toEqual([
      'Institute of Economic Forecasting Bucharest',
      'Ministry of Economy, Trade and Business Environment - Industrial Policy Department',
      'North-East Regional Development Agency',
    ]);
    expect(nodes.every((n: any) => n.region?.code)).toBe(true);
  });

  it.each(['NAME', 'ACRONYM', 'COUNTRY', 'TYPE', 'ROLE', 'BUDGET', 'CREATED_AT'])(
    'walks every page sorted by %s in both directions without gaps or repeats',
    async (field) => {
      for (const direction of ['ASC', 'DESC']) {
        const seen: any[] = [];
        let after: string | null = null;
        let pages = 0;
        do {
          const d: any = await admin.ok(PAGE, { first: 4, after, orderBy: { field, direction } });
          seen.push(...d.partners.edges.map((e: any) => e.node));
          expect(d.partners.pageInfo.hasPreviousPage).toBe(after !== null);
          after = d.partners.pageInfo.hasNextPage ? d.partners.pageInfo.endCursor : null;
          pages += 1;
        } while (after && pages < 20);
        expect(pages).toBe(6);
        expect(new Set(seen.map((n) => n.id)).size).toBe(23);
        const key = (n: any) =>
          ({ NAME: n.name.toLowerCase(), ACRONYM: (n.acronym ?? '').toLowerCase(), COUNTRY: n.country, TYPE: n.type, ROLE: n.role, BUDGET: n.budgetEur ?? -1, CREATED_AT: n.createdAt })[field];
        for (let i = 1; i < seen.length; i++) {
          const [a, b] = [key(seen[i - 1]), key(seen[i])];
          if (direction === 'ASC') expect(a <= b).toBe(true);
          else expect(a >= b).toBe(true);
        }
      }
    },
  );

  it('filters by country, type, role and search, with the total of the filtered set', async () => {
    const ro = await admin.ok(PAGE, { first: 10, filter: { countries: ['RO'] } });
    expect(ro.partners.totalCount).toBe(3);
    const ipa = await admin.ok(PAGE, { first: 10, filter: { roles: ['IPA_PARTNER'] } });
    expect(ipa.partners.edges.every((e: any) => ['HR', 'RS', 'ME'].includes(e.node.country))).toBe(true);
    const search = await admin.ok(PAGE, { first: 10, filter: { search: 'forecast' } });
    expect(search.partners.edges.map((e: any) => e.node.name)).toEqual(['Institute of Economic Forecasting Bucharest']);
    const literal = await admin.ok(PAGE, { first: 10, filter: { search: '%' } });
    expect(literal.partners.totalCount).toBe(0);
    const combined = await admin.ok(PAGE, { first: 10, filter: { countries: ['IT', 'AT'], types: ['CLUSTER_ASSOCIATION'] } });
    expect(combined.partners.edges.map((e: any) => e.node.country).sort()).toEqual(['AT', 'IT']);
  });

  it('rejects a bad page size and a forged cursor with a clear error', async () => {
    expect(errorCode(await admin.request(PAGE, { first: 500 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await admin.request(PAGE, { first: 5, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('creates, updates and deletes a partner as an admin, validating each field', async () => {
    const CREATE = 'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id name country regionCode region { name } budgetEur isDemo } }';
    const bad = await admin.request(CREATE, {
      input: { name: 'X', country: 'IT', regionCode: 'RO21', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF', website: 'ftp://x', budgetEur: -5 },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const fields = (bad.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['budgetEur', 'name', 'website']);
    expect(bad.errors![0]!.extensions!.reason).toBe('INVALID_INPUT');
    for (const f of bad.errors![0]!.extensions!.fieldErrors as { reason: string }[]) expect(f.reason).toMatch(/^[A-Z][A-Z0-9_]+$/);

    const wrongRegion = await admin.request(CREATE, { input: { name: 'Marche Test Cluster', country: 'IT', regionCode: 'RO21', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF' } });
    expect(wrongRegion.errors![0]!.extensions!.fieldErrors).toEqual([{ field: 'regionCode', reason: 'REGION_NOT_IN_COUNTRY', message: 'Nord-Est is not in IT' }]);
    expect(wrongRegion.errors![0]!.extensions!.reason).toBe('REGION_NOT_IN_COUNTRY');
    const secondLead = await admin.request(CREATE, { input: { name: 'Another Lead', country: 'IT', type: 'REGIONAL_AUTHORITY', role: 'LEAD_PARTNER', fund: 'ERDF' } });
    expect(secondLead.errors![0]!.extensions!.fieldErrors).toEqual([{ field: 'role', reason: 'LEAD_PARTNER_EXISTS', message: 'Marche Region is already the lead partner' }]);
    // Every rule that fails is reported at once, each field with its own reason.
    const everything = await admin.request(CREATE, { input: { name: 'marche region', country: 'IT', regionCode: 'RO21', type: 'REGIONAL_AUTHORITY', role: 'LEAD_PARTNER', fund: 'ERDF' } });
    expect(errorCode(everything)).toBe('BAD_USER_INPUT');
    expect(everything.errors![0]!.extensions!.reason).toBe('INVALID_INPUT');
    expect((everything.errors![0]!.extensions!.fieldErrors as { field: string; reason: string }[]).map((f) => `${f.field}:${f.reason}`).sort()).toEqual([
      'name:PARTNER_NAME_TAKEN',
      'regionCode:REGION_NOT_IN_COUNTRY',
      'role:LEAD_PARTNER_EXISTS',
    ]);

    const created = (await admin.ok(CREATE, {
      input: { name: 'Marche Test Cluster', acronym: 'MTC', country: 'IT', regionCode: 'ITI3', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF', budgetEur: 125000 },
    })).createPartner;
    expect(created).toMatchObject({ name: 'Marche Test Cluster', regionCode: 'ITI3', region: { name: 'Marche' }, budgetEur: 125000, isDemo: false });

    const dup = await admin.request(CREATE, { input: { name: 'marche test cluster', country: 'IT', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF' } });
    expect(dup.errors![0]!.extensions!.fieldErrors).toEqual([{ field: 'name', reason: 'PARTNER_NAME_TAKEN', message: 'A partner with this name already exists' }]);

    const UPDATE = 'mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { id name regionCode acronym budgetEur } }';
    const updated = (await admin.ok(UPDATE, { input: { id: created.id, name: 'Marche Test Cluster 2', acronym: null, budgetEur: 130000 } })).updatePartner;
    expect(updated).toEqual({ id: created.id, name: 'Marche Test Cluster 2', regionCode: 'ITI3', acronym: null, budgetEur: 130000 });
    expect(errorCode(await admin.request(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'Ghost' } }))).toBe('NOT_FOUND');

    expect((await admin.ok('mutation($id: ID!) { deletePartner(id: $id) }', { id: created.id })).deletePartner).toBe(created.id);
    expect((await admin.ok('query($id: ID!) { partner(id: $id) { id } }', { id: created.id })).partner).toBeNull();
    expect(errorCode(await admin.request('mutation($id: ID!) { deletePartner(id: $id) }', { id: created.id }))).toBe('NOT_FOUND');
  });

  it('keeps both of two concurrent creates (one database session on PGlite)', async () => {
    const CREATE = 'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }';
    const names = Array.from({ length: 6 }, (_, i) => `Concurrent Cluster ${i}`);
    const results = await Promise.all([
      ...names.map((name) => admin.request(CREATE, { input: { name, country: 'SI', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF' } })),
      // One that fails inside its transaction, interleaved with the others.
      admin.request(CREATE, { input: { name: 'Concurrent Bad', country: 'SI', regionCode: 'ITI3', type: 'CLUSTER_ASSOCIATION', role: 'PARTNER', fund: 'ERDF' } }),
    ]);
    expect(results.slice(0, 6).every((r) => !r.errors)).toBe(true);
    expect(errorCode(results[6]!)).toBe('BAD_USER_INPUT');
    const rows = await t.db.dataSource.query(`SELECT name FROM partner WHERE name LIKE 'Concurrent %' ORDER BY name`);
    expect(rows.map((r: { name: string }) => r.name)).toEqual(names);
  });

  it('lists regions with their partners without a query per region', async () => {
    const d = await new GqlClient(t.url).ok('{ regions(country: "RO") { code name latitude longitude partners { name } } countries { code nutsCode name } }');
    expect(d.regions).toHaveLength(8);
    const bucharest = d.regions.find((r: any) => r.code === 'RO32');
    expect(bucharest.partners).toHaveLength(2);
    expect(d.countries.find((c: any) => c.code === 'GR').nutsCode).toBe('EL');
  });
});
