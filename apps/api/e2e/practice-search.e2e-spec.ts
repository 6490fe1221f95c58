import { GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Search quality on the demo corpus (62 published practices in English, Italian and Romanian):
 * for each query, the practice a policy officer would expect must rank at the top (within
 * `within`); exclusions must exclude.
 */
const SEARCH = `query($q: String) { practices(query: $q, first: 20) { totalCount edges { node { slug title } } } }`;

const CASES: { name: string; q: string; top: string; within?: number }[] = [
  { name: 'stemmed plural (guarantees -> guarantee)', q: 'guarantees', top: 'loan-guarantee-fund-for-agri-food-cluster-members-in-the-south-great-plain', within: 2 },
  { name: 'stemmed plural (apprenticeships)', q: 'apprenticeships', top: 'dual-vocational-training-with-apprenticeships-in-slovak-engineering-firms', within: 1 },
  { name: 'accent-insensitive: Kosice for Košice', q: 'kosice university curriculum', top: 'kosice-it-valley-university-industry-curriculum-partnership', within: 1 },
  { name: 'accent-insensitive Romanian without diacritics', q: 'inovatie parc stiintific', top: 'parc-stiintific-si-tehnologic-pentru-inovatie-in-iasi', within: 1 },
  { name: 'accented query on unaccented text', q: 'rénewable énergy pilóts', top: 'styrian-green-tech-cluster-joint-procurement-of-renewable-energy-pilots', within: 1 },
  { name: 'phrase', q: '"technology transfer office"', top: 'regional-technology-transfer-office-network-for-veneto-clusters', within: 1 },
  { name: 'phrase with stemming', q: '"pre-commercial procurement"', top: 'styrian-green-tech-cluster-joint-procurement-of-renewable-energy-pilots', within: 1 },
  { name: 'Italian query, stemmed (calzature -> calzaturiero?)', q: 'distretto calzaturiero', top: 'voucher-per-l-innovazione-nelle-imprese-calzaturiere-del-fermano', within: 1 },
  { name: 'Italian query', q: 'laboratori accreditati tecnopoli', top: 'rete-regionale-dei-laboratori-di-ricerca-industriale-in-emilia-romagna', within: 1 },
  { name: 'Romanian query', q: 'polul de competitivitate textil', top: 'polul-de-competitivitate-pentru-industria-textila-din-regiunea-nord-est', within: 1 },
  { name: 'Romanian query, plural', q: 'vouchere digitalizare', top: 'programul-de-vouchere-pentru-digitalizarea-imm-urilor', within: 1 },
  { name: 'title outranks body', q: 'mechatronics', top: 'mechatronics-cluster-internationalisation-programme-in-upper-austria', within: 2 },
  { name: 'or', q: 'eyewear or nautical', top: 'veneto-eyewear-district-digital-skills-for-artisans', within: 2 },
  { name: 'failure stories are findable', q: 'venture fund without private investors', top: 'failed-attempt-a-regional-venture-fund-without-private-investors', within: 1 },
];

describe(`practice search quality (${STORE})`, () => {
  let t: TestPlatform;
  let c: GqlClient;
  beforeAll(async () => {
    t = await startTestPlatform();
    c = new GqlClient(t.url);
  });
  afterAll(() => t.close());

  it('has a corpus of at least 30 published practices', async () => {
    expect((await c.ok(SEARCH, { q: null })).practices.totalCount).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('$name: "$q"', async ({ q, top, within = 1 }) => {
    const slugs = (await c.ok(SEARCH, { q })).practices.edges.map((e: any) => e.node.slug);
    expect(slugs.slice(0, within)).toContain(top);
  });

  it('exclusion: "cluster -tourism" keeps cluster practices and drops every tourism one', async () => {
    const withTourism = (await c.ok(SEARCH, { q: 'tourism' })).practices;
    expect(withTourism.totalCount).toBeGreaterThanOrEqual(3);
    const excluded = new Set(withTourism.edges.map((e: any) => e.node.slug));
    const d = (await c.ok(`query { practices(query: "cluster -tourism", first: 100) { totalCount edges { node { slug } } } }`)).practices;
    const all = (await c.ok(`query { practices(query: "cluster", first: 100) { totalCount } }`)).practices.totalCount;
    expect(d.totalCount).toBeGreaterThan(10);
    expect(d.totalCount).toBeLessThan(all);
    for (const e of d.edges) expect(excluded.has(e.node.slug)).toBe(false);
  });

  it('a query of stop words only finds nothing instead of failing', async () => {
    expect((await c.ok(SEARCH, { q: 'the and of' })).practices.totalCount).toBe(0);
    expect((await c.ok(SEARCH, { q: '"unbalanced' })).practices.totalCount).toBeGreaterThanOrEqual(0);
  });
});
