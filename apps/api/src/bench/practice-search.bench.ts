/**
 * The search load of `pnpm bench`: 10,000 generated practices added to the bench schema, then
 * concurrent clients send the explorer's query (text, facet filters, facets and snippets).
 * Called by benchmark-query.bench.ts after its phases: once against the API with its anonymous
 * response cache on, once with it off; adds `search` and `searchUncached` to its last-line JSON.
 */
import type { Client } from 'pg';
import { generatePractices } from '../db/seed/practices.generator';
import { post, type LoadTarget } from './load';

export const SEARCH_QUERY = `query PracticeSearch($q: String, $f: PracticeFilter) {
  practices(query: $q, filter: $f, first: 20) {
    totalCount
    edges { snippet { text highlighted } node { id slug title country instrument developmentAreas } }
    facets { countries { value count } regions { value label count } developmentAreas { value count } instruments { value count } targetGroups { value count } years { value count } }
  }
}`;

const QUERIES = ['innovation vouchers', 'cluster', '"technology transfer"', 'guarantee fund', 'skills -tourism', 'export or internationalisation', 'digital', 'universita', 'inovare', 'food processors', null, 'energy audit', 'seed fund start-ups', 'imprese', 'furniture'];
const FILTERS = [null, { countries: ['IT'] }, { developmentAreas: ['INNOVATION_RD'] }, { instruments: ['VOUCHER', 'GRANT'] }, { countries: ['RO', 'HU'], developmentAreas: ['SKILLS_AND_JOBS'] }, { years: [2016, 2017, 2018] }];

export async function seedSearchCorpus(db: Client, schema: string, n = 10_000): Promise<number> {
  const partners = (await db.query(`SELECT id, name, country FROM "${schema}".partner`)).rows as { id: string; name: string; country: string }[];
  const regions = (await db.query(`SELECT id, country FROM "${schema}".region`)).rows as { id: string; country: string }[];
  const byCountry = new Map<string, string[]>();
  for (const r of regions) byCountry.set(r.country, [...(byCountry.get(r.country) ?? []), r.id]);
  const rows = generatePractices(n, 20261129, partners, byCountry);
  const cols = Object.keys(rows[0]!) as (keyof (typeof rows)[number])[];
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const values: unknown[] = [];
    const tuples = batch.map((row) => `(${cols.map((c) => {
      values.push(c === 'results' ? JSON.stringify(row[c]) : row[c]);
      return `$${values.length}`;
    }).join(', ')}, true, now())`);
    await db.query(`INSERT INTO "${schema}".policy_example (${cols.join(', ')}, is_demo, published_at) VALUES ${tuples.join(', ')}`, values);
  }
  await db.query(`ANALYZE "${schema}".policy_example`);
  return rows.length;
}

export function searchTarget(apiUrl: string): LoadTarget {
  return {
    url: `${apiUrl}/graphql`,
    body: (i) => JSON.stringify({ query: SEARCH_QUERY, variables: { q: QUERIES[i % QUERIES.length], f: FILTERS[Math.floor(i / QUERIES.length) % FILTERS.length] } }),
    ok: (body) => !body.includes('"errors"') && body.includes('"totalCount"'),
  };
}

/** Every request of the rotation answers the same JSON from both servers (cached and not) before anything is timed. */
export async function verifySearch(cachedUrl: string, uncachedUrl: string): Promise<number> {
  const a = searchTarget(cachedUrl);
  const b = searchTarget(uncachedUrl);
  const n = QUERIES.length * FILTERS.length;
  // Twice on the cached server: the second answer is the stored one.
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < n; i++) {
      const [x, y] = [await post(a.url, a.body(i), false), await post(b.url, b.body(i), false)];
      if (x.status !== 200 || !a.ok(x.body)) throw new Error(`search request ${i}: HTTP ${x.status} ${x.body.slice(0, 300)}`);
      if (x.body !== y.body) throw new Error(`search request ${i} answers differently with and without the response cache:\n${x.body.slice(0, 300)}\n${y.body.slice(0, 300)}`);
    }
  }
  return n;
}
