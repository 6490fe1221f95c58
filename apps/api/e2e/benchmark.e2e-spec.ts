import { benchmarkProfile, locationQuotient, type Observation } from '@polisee/domain';
import type { EntitySubscriberInterface } from 'typeorm';
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '../src/config/env';
import { errorCode, GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

const REF = `query Ref($region: String!, $n: Int, $x: Boolean) {
  referenceRegions(region: $region, n: $n, excludeSameCountry: $x) { distance rank region { code country } }
}`;

const BENCH = `query Bench($region: String!, $options: BenchmarkOptions) {
  benchmark(region: $region, options: $options) {
    year compareYear demoDataUsed uncertaintyDraws
    referenceRegions { region { code } distance }
    indicators { indicator { code area } value valueYear isDemo score groupMean groupBest gap percentile change { valueChange } }
    strengths { indicator { code } gap } weaknesses { indicator { code } gap }
    areas { area score groupMean indicatorCount }
    composite { value rank rankedCount change uncertainty { median low high draws } performanceGroup { group subgroup indexRelativeToAverage } }
    ranking { region { code } isTarget composite rank uncertainty { low high median } }
  }
}`;

describe(`smart benchmarking (${STORE})`, () => {
  let t: TestPlatform;
  let anon: GqlClient;
  beforeAll(async () => {
    t = await startTestPlatform();
    anon = new GqlClient(t.url);
  });
  afterAll(() => t.close());

  it('seeds at least 8 structural and 10 performance indicators over several years, DEMO gaps flagged', async () => {
    const d = await anon.ok('{ indicators { code kind observationCount firstYear lastYear demoShare } availableYears similarityDimensions { name indicators { code } } }');
    const structural = d.indicators.filter((i: any) => i.kind === 'STRUCTURAL');
    const performance = d.indicators.filter((i: any) => i.kind === 'PERFORMANCE');
    expect(structural.length).toBeGreaterThanOrEqual(8);
    expect(performance.length).toBeGreaterThanOrEqual(10);
    expect(d.availableYears.length).toBeGreaterThanOrEqual(5);
    const berd = d.indicators.find((i: any) => i.code === 'BERD_EUR_PER_INH');
    expect(berd.demoShare).toBeGreaterThan(0);
    expect(berd.demoShare).toBeLessThan(1);
    // A real Eurostat figure keeps its value and source.
    const real = await anon.ok('{ observations(filter: { indicators: ["BERD_EUR_PER_INH"], regions: ["AT12"], yearFrom: 2017, yearTo: 2017 }) { edges { node { value flag isDemo source } } } }');
    expect(real.observations.edges[0].node).toMatchObject({ value: 473.9, isDemo: false, flag: null });
    expect(real.observations.edges[0].node.source).toMatch(/E1/);
    expect(d.similarityDimensions.map((x: any) => x.name).sort()).toEqual(['Demography', 'Economy', 'Sectoral structure']);
  });

  it('finds reference regions symmetrically, and outside the own country when asked', async () => {
    const all = async (code: string) => new Map<string, number>((await anon.ok(REF, { region: code, n: 80 })).referenceRegions.map((r: any) => [r.region.code, r.distance]));
    const [marche, nordEst, styria] = await Promise.all([all('ITI3'), all('RO21'), all('AT22')]);
    expect(marche.get('RO21')).toBeCloseTo(nordEst.get('ITI3')!, 10);
    expect(marche.get('AT22')).toBeCloseTo(styria.get('ITI3')!, 10);
    expect(nordEst.get('AT22')).toBeCloseTo(styria.get('RO21')!, 10);
    expect(marche.has('ITI3')).toBe(false);
    const sorted = [...marche.values()];
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    const foreign = (await anon.ok(REF, { region: 'ITI3', n: 10, x: true })).referenceRegions;
    expect(foreign).toHaveLength(10);
    expect(foreign.every((r: any) => r.region.country !== 'IT')).toBe(true);
    const withItaly = (await anon.ok(REF, { region: 'ITI3', n: 10, x: false })).referenceRegions;
    expect(withItaly.some((r: any) => r.region.country === 'IT')).toBe(true);
  });

  it('computes the composite with the domain engine: same data, same result', async () => {
    const options = { year: 2019, compareYear: 2016, groupSize: 8, indicatorWeights: [{ indicator: 'BERD_EUR_PER_INH', weight: 3 }] };
    const b = (await anon.ok(BENCH, { region: 'RO21', options })).benchmark;
    // Rebuild the engine's input straight from the database.
    const rows: { indicator: string; region: string; year: number; value: number; flag: string | null; polarity: any; transform: any }[] = await t.db.dataSource.query(
      `SELECT i.code AS indicator, r.code AS region, o.year::int AS year, o.value, o.flag, i.polarity, i.transform
         FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN region r ON r.id = o.region_id
        WHERE i.kind = 'PERFORMANCE' AND o.value IS NOT NULL AND o.year <= 2019`,
    );
    const observations: Observation[] = rows.map((r) => ({ subject: r.region, indicator: r.indicator, year: r.year, value: r.value, flag: r.flag === 'DEMO' ? null : (r.flag as any) }));
    const codes = [...new Set(rows.map((r) => r.indicator))].sort();
    const meta = new Map(rows.map((r) => [r.indicator, r]));
    const expected = benchmarkProfile({
      target: 'RO21',
      group: b.referenceRegions.map((r: any) => r.region.code),
      indicators: codes.map((c) => ({ code: c, polarity: meta.get(c)!.polarity, transform: meta.get(c)!.transform })),
      observations,
      year: 2019,
      compareYear: 2016,
      weights: { BERD_EUR_PER_INH: 3 },
    });
    expect(b.composite.value).toBeCloseTo(expected.composite.value!, 12);
    expect(b.composite.rank).toBe(expected.composite.rank);
    expect(b.composite.change).toBeCloseTo(expected.composite.change!, 12);
    expect(b.indicators.map((i: any) => i.score)).toEqual(expected.indicators.map((i) => i.score));
    expect(b.ranking.find((r: any) => r.isTarget).composite).toBeCloseTo(expected.composite.value!, 12);
  });

  it('reports the profile: gaps, strengths in order, areas, an uncertainty interval around the rank, DEMO marked', async () => {
    const b = (await anon.ok(BENCH, { region: 'ITI3', options: { year: 2018, uncertaintyDraws: 500, seed: 7 } })).benchmark;
    expect(b.referenceRegions).toHaveLength(10);
    expect(b.ranking).toHaveLength(11);
    expect(b.ranking.map((r: any) => r.rank)).toEqual([...b.ranking.map((r: any) => r.rank)].sort((x: number, y: number) => x - y));
    for (const i of b.indicators) if (i.score !== null && i.groupMean !== null) expect(i.gap).toBeCloseTo(i.score - i.groupMean, 12);
    const gaps = b.strengths.map((s: any) => s.gap);
    expect(gaps).toEqual([...gaps].sort((x: number, y: number) => y - x));
    expect(b.weaknesses.every((w: any) => w.gap < 0)).toBe(true);
    const u = b.composite.uncertainty;
    expect(u.draws).toBeGreaterThan(0);
    expect(u.low).toBeLessThanOrEqual(u.median);
    expect(u.median).toBeLessThanOrEqual(u.high);
    expect(u.high).toBeLessThanOrEqual(11);
    expect(b.demoDataUsed).toBe(true);
    expect(b.indicators.find((i: any) => i.indicator.code === 'BERD_EUR_PER_INH').isDemo).toBe(false);
    expect(b.indicators.find((i: any) => i.indicator.code === 'PATENT_APPS_PER_MIO').isDemo).toBe(true);
    expect(['LEADER', 'STRONG', 'MODERATE', 'EMERGING']).toContain(b.composite.performanceGroup.group);
    expect(b.areas.length).toBeGreaterThanOrEqual(6);
    // Same seed, same answer.
    const again = (await anon.ok(BENCH, { region: 'ITI3', options: { year: 2018, uncertaintyDraws: 500, seed: 7 } })).benchmark;
    expect(again.composite.uncertainty).toEqual(u);
  });

  it('defaults to the most recent year with official figures for the most indicators, and can leave demo values out', async () => {
    // The expected default year, from the observations themselves: per year, how many
    // performance indicators have at least one official (non-demo) value; most first, then newest.
    const indicators = (await anon.ok('{ indicators(filter: { kind: PERFORMANCE }) { code lastYear } }')).indicators as { code: string; lastYear: number }[];
    const officialPerYear = new Map<number, Set<string>>();
    for (const { code } of indicators) {
      let after: string | null = null;
      do {
        const page: any = (
          await anon.ok('query($c: [String!], $a: String) { observations(filter: { indicators: $c }, first: 500, after: $a) { edges { node { year isDemo value } } pageInfo { hasNextPage endCursor } } }', { c: [code], a: after })
        ).observations;
        for (const { node } of page.edges) {
          if (node.isDemo || node.value === null) continue;
          const set = officialPerYear.get(node.year) ?? new Set<string>();
          set.add(code);
          officialPerYear.set(node.year, set);
        }
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
    }
    const [expectedYear] = [...officialPerYear].sort(([ya, a], [yb, b]) => b.size - a.size || yb - ya)[0]!;
    const latest = Math.max(...indicators.map((i) => i.lastYear));
    // The seed's generated values reach later years than the published figures.
    expect(expectedYear).toBeLessThan(latest);

    const Q = `query($o: BenchmarkOptions) { benchmark(region: "ITI3", options: $o) { year yearIsDefault officialDataOnly demoDataUsed indicators { indicator { code } value isDemo officialShare } } }`;
    const byDefault = (await anon.ok(Q, { o: { uncertaintyDraws: 0 } })).benchmark;
    expect(byDefault).toMatchObject({ year: expectedYear, yearIsDefault: true, officialDataOnly: false });
    const named = (await anon.ok(Q, { o: { year: latest, uncertaintyDraws: 0 } })).benchmark;
    expect(named).toMatchObject({ year: latest, yearIsDefault: false });
    // officialShare counts the target and its reference regions whose value is official.
    for (const i of byDefault.indicators) expect(i.officialShare).toBeGreaterThanOrEqual(i.isDemo ? 0 : 1 / 11);
    expect(named.indicators.every((i: any) => i.officialShare === 0)).toBe(true);

    const official = (await anon.ok(Q, { o: { officialDataOnly: true, uncertaintyDraws: 0 } })).benchmark;
    expect(official.officialDataOnly).toBe(true);
    expect(official.demoDataUsed).toBe(false);
    expect(official.indicators.some((i: any) => i.isDemo)).toBe(false);
    expect(official.indicators.every((i: any) => i.value === null || i.officialShare > 0)).toBe(true);
    // The indicators left are exactly those with an official value up to the year somewhere.
    const withOfficial = new Set([...officialPerYear].filter(([y]) => y <= expectedYear).flatMap(([, set]) => [...set]));
    expect(official.indicators.map((i: any) => i.indicator.code).sort()).toEqual([...withOfficial].sort());
  });

  it('validates the options at the edge with clear errors', async () => {
    const bad = async (region: string, options: Record<string, unknown>) => errorCode(await anon.request(BENCH, { region, options }));
    expect(await bad('ITI3', { groupSize: 50 })).toBe('BAD_USER_INPUT');
    expect(await bad('ITI3', { indicatorWeights: [{ indicator: 'BERD_EUR_PER_INH', weight: -1 }] })).toBe('BAD_USER_INPUT');
    expect(await bad('ITI3', { indicatorWeights: [{ indicator: 'NOPE', weight: 1 }] })).toBe('BAD_USER_INPUT');
    expect(await bad('ITI3', { dimensionWeights: [{ dimension: 'Nope', weight: 1 }] })).toBe('BAD_USER_INPUT');
    expect(await bad('ITI3', { normalisation: 'Z_SCORE', aggregation: 'GEOMETRIC' })).toBe('BAD_USER_INPUT');
    expect(await bad('ITI3', { year: 2018, compareYear: 2019 })).toBe('BAD_USER_INPUT');
    expect(await bad('XX99', {})).toBe('NOT_FOUND');
    expect((await anon.request(BENCH, { region: 'ITI3', options: { year: 2018, compareYear: 2019 } })).errors![0]!.extensions!.reason).toBe('COMPARE_YEAR_NOT_BEFORE_YEAR');
    const r = await anon.request(BENCH, { region: 'ITI3', options: { minCoverage: 2 } });
    expect(r.errors![0]!.extensions!.fieldErrors).toEqual([{ field: 'minCoverage', reason: 'MAX', message: 'Minimum coverage is between 0 and 1' }]);
  });

  it('rates clusters with stars from location quotients', async () => {
    const d = await anon.ok('{ clusterStars(region: "AT22") { sector { code } employees locationQuotient focus specialisation stars year } }');
    const auto = d.clusterStars.find((s: any) => s.sector.code === 'AUTOMOTIVE');
    const rows: { region: string; sector: string; employees: number }[] = await t.db.dataSource.query(
      `SELECT r.code AS region, e.sector, e.employees FROM sector_employment e JOIN region r ON r.id = e.region_id WHERE e.year = $1`,
      [auto.year],
    );
    const sum = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).reduce((a, r) => a + r.employees, 0);
    const lq = locationQuotient({
      sectorInRegion: auto.employees,
      region: sum((r) => r.region === 'AT22' && r.sector === 'TOTAL'),
      sectorInArea: sum((r) => r.sector === 'AUTOMOTIVE'),
      area: sum((r) => r.sector === 'TOTAL'),
    });
    expect(auto.locationQuotient).toBeCloseTo(lq, 10);
    expect(auto.specialisation).toBe(lq >= 2);
    const top = await anon.ok('{ clusterStars(minStars: 2) { stars } }');
    expect(top.clusterStars.length).toBeGreaterThan(0);
    expect(top.clusterStars.every((s: any) => s.stars >= 2)).toBe(true);
  });

  it('loads nested fields of a 100-row query in a constant number of SQL statements', async () => {
    let statements = 0;
    const counter: EntitySubscriberInterface = { beforeQuery: () => void (statements += 1) } as EntitySubscriberInterface;
    t.db.dataSource.subscribers.push(counter);
    try {
      const q = `query($first: Int) { observations(first: $first) { edges { node { value indicator { code name observationCount demoShare } region { code partners { name } clusters { name } } } } } }`;
      // Over the anonymous cost budget at 100 rows (the edge refuses it); a signed-in editor may.
      const signedIn = new GqlClient(t.url);
      await signedIn.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
      // Count each size twice and keep the lower count: a signed-in request may add a session
      // bookkeeping statement now and then, which is not what this test is about.
      const count = async (first: number) => {
        let least = Infinity;
        let data: any;
        for (let i = 0; i < 2; i++) {
          statements = 0;
          data = await signedIn.ok(q, { first });
          least = Math.min(least, statements);
        }
        return { data, statements: least };
      };
      const { data: small, statements: smallCount } = await count(10);
      const { data: big, statements: bigCount } = await count(100);
      expect(small.observations.edges).toHaveLength(10);
      expect(big.observations.edges).toHaveLength(100);
      expect(bigCount).toBe(smallCount);
      expect(bigCount).toBeLessThanOrEqual(10);
    } finally {
      t.db.dataSource.subscribers.splice(t.db.dataSource.subscribers.indexOf(counter), 1);
    }
  });
});

describe(`observation import and export (${STORE})`, () => {
  let t: TestPlatform;
  let admin: GqlClient;
  const PREVIEW = `mutation($input: ObservationImportInput!) { previewObservationImport(input: $input) {
    rowsTotal validRows inserts updates unchanged canApply errors { row column message } rows { row action previousValue value } } }`;
  const APPLY = `mutation($input: ObservationImportInput!) { applyObservationImport(input: $input) {
    __typename
    ... on ImportBatch { id rowsTotal inserted updated unchanged user { email } }
    ... on ImportRejected { reason errors { row column message } }
  } }`;
  const file = (name: string, text: string) => ({ fileName: name, contentBase64: Buffer.from(text, 'utf8').toString('base64') });
  const snapshot = () => t.db.dataSource.query('SELECT id, indicator_id, region_id, year, value, flag, source, import_batch_id, updated_at FROM observation ORDER BY id');

  beforeAll(async () => {
    t = await startTestPlatform();
    admin = new GqlClient(t.url);
    await admin.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  it('refuses a file with a bad row whole, naming every bad row and column', async () => {
    const before = await snapshot();
    const csv = [
      'indicator,region,year,value,flag,source',
      'BERD_EUR_PER_INH,ITI3,2019,201.5,,Regional statistics office',
      'BERD_EUR_PER_INH,XX11,2019,12,,x',
      'HRST_TERTIARY_PCT,ITI3,20x9,"3,5",MAYBE,x',
      'BERD_EUR_PER_INH,ITI3,2019,1,,dup',
    ].join('\n');
    const p = (await admin.ok(PREVIEW, { input: file('bad.csv', csv) })).previewObservationImport;
    expect(p.canApply).toBe(false);
    expect(p.rowsTotal).toBe(4);
    expect(p.errors.map((e: any) => [e.row, e.column])).toEqual([
      [2, 'region'],
      [3, 'year'],
      [3, 'value'],
      [3, 'flag'],
      [4, 'year'],
    ]);
    expect(p.errors[0].message).toMatch(/Unknown region "XX11"/);
    // A refusal is a typed result, not an error to parse: every bad row and column, nothing written.
    const applied = await admin.ok(APPLY, { input: file('bad.csv', csv) });
    expect(applied.applyObservationImport).toMatchObject({ __typename: 'ImportRejected', reason: 'INVALID_ROWS' });
    expect(applied.applyObservationImport.errors.map((e: any) => [e.row, e.column])).toEqual(p.errors.map((e: any) => [e.row, e.column]));
    expect(await snapshot()).toEqual(before);
    const unknownColumn = (await admin.ok(APPLY, { input: file('x.csv', 'indicator,region,year,value,colour\nA,B,2019,1,red') })).applyObservationImport;
    expect(unknownColumn).toMatchObject({ __typename: 'ImportRejected', reason: 'INVALID_ROWS', errors: [{ row: 0, column: 'colour' }] });
    const headerOnly = (await admin.ok(APPLY, { input: file('empty.csv', 'indicator,region,year,value\n') })).applyObservationImport;
    expect(headerOnly).toEqual({ __typename: 'ImportRejected', reason: 'NO_ROWS', errors: [] });
    // A file that cannot be read at all is still bad input (an error with a reason).
    const wrongType = await admin.request(APPLY, { input: file('x.txt', 'hello') });
    expect(wrongType.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_FILE_TYPE' });
  });

  it('imports atomically, records who and what, and changes nothing when the same file comes again', async () => {
    // Warm the benchmark cache first: the import must invalidate it.
    const BERD_2019 = 'query { benchmark(region: "ITI3", options: { year: 2019, uncertaintyDraws: 0 }) { indicators { indicator { code } value valueYear } } }';
    const berdOf = (d: any) => d.benchmark.indicators.find((i: any) => i.indicator.code === 'BERD_EUR_PER_INH');
    expect(berdOf(await admin.ok(BERD_2019)).value).not.toBe(201.5);
    const csv = ['indicator,region,year,value,flag,source', 'BERD_EUR_PER_INH,ITI3,2019,201.5,,Regional statistics office', 'BERD_EUR_PER_INH,ITI3,2030,55,PROVISIONAL,Forecast', 'HRST_TERTIARY_PCT,RO21,2019,,,Not published'].join('\r\n');
    const p = (await admin.ok(PREVIEW, { input: file('berd.csv', csv) })).previewObservationImport;
    expect(p).toMatchObject({ canApply: true, inserts: 1, updates: 2, unchanged: 0 });
    const batch = (await admin.ok(APPLY, { input: file('berd.csv', csv) })).applyObservationImport;
    expect(batch).toMatchObject({ __typename: 'ImportBatch', rowsTotal: 3, inserted: 1, updated: 2, unchanged: 0, user: { email: DEMO_ADMIN_EMAIL } });
    const seen = await admin.ok('{ observations(filter: { indicators: ["BERD_EUR_PER_INH", "HRST_TERTIARY_PCT"], regions: ["ITI3", "RO21"], yearFrom: 2019, yearTo: 2030 }) { edges { node { indicatorCode regionCode year value flag source } } } }');
    const find = (i: string, r: string, y: number) => seen.observations.edges.map((e: any) => e.node).find((n: any) => n.indicatorCode === i && n.regionCode === r && n.year === y);
    expect(find('BERD_EUR_PER_INH', 'ITI3', 2019)).toMatchObject({ value: 201.5, flag: null, source: 'Regional statistics office' });
    expect(find('HRST_TERTIARY_PCT', 'RO21', 2019)).toMatchObject({ value: null });

    const before = await snapshot();
    const again = (await admin.ok(PREVIEW, { input: file('berd.csv', csv) })).previewObservationImport;
    expect(again).toMatchObject({ inserts: 0, updates: 0, unchanged: 3 });
    const second = (await admin.ok(APPLY, { input: file('berd-again.csv', csv) })).applyObservationImport;
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect(await snapshot()).toEqual(before);
    const history = await admin.ok('{ importBatches(first: 10) { totalCount edges { node { fileName inserted updated unchanged user { email } } } } }');
    expect(history.importBatches.edges.map((e: any) => e.node.fileName)).toEqual(['berd-again.csv', 'berd.csv']);
    // The benchmark sees the imported value at once (its cache is keyed by the data version).
    expect(berdOf(await admin.ok(BERD_2019))).toMatchObject({ value: 201.5, valueYear: 2019 });
  });

  it('exports a selection to CSV and XLSX that imports back unchanged', async () => {
    const EXPORT = 'query($f: ObservationFilter, $format: FileFormat!) { exportObservations(filter: $f, format: $format) { fileName contentType contentBase64 rowCount } }';
    const filter = { indicators: ['GDP_PC_EUR'], countries: ['RO'], yearFrom: 2018, yearTo: 2020 };
    const csv = (await new GqlClient(t.url).ok(EXPORT, { f: filter, format: 'CSV' })).exportObservations;
    expect(csv.rowCount).toBe(24);
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text.split(/\r?\n/)[0]).toBe('\uFEFFindicator,region,year,value,flag,source,indicator_name,unit,region_name,country');
    expect(text).toContain('GDP_PC_EUR,RO32,2019,');
    const xlsx = (await new GqlClient(t.url).ok(EXPORT, { f: filter, format: 'XLSX' })).exportObservations;
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    for (const f of [{ fileName: csv.fileName, contentBase64: csv.contentBase64 }, { fileName: xlsx.fileName, contentBase64: xlsx.contentBase64 }]) {
      const p = (await admin.ok(PREVIEW, { input: f })).previewObservationImport;
      expect(p).toMatchObject({ canApply: true, rowsTotal: 24, inserts: 0, updates: 0, unchanged: 24 });
    }
    expect(errorCode(await anon(t).request(`mutation($input: ObservationImportInput!) { previewObservationImport(input: $input) { canApply } }`, { input: file('a.csv', 'x') }))).toBe('UNAUTHENTICATED');
  });
});

const anon = (t: TestPlatform) => new GqlClient(t.url);
