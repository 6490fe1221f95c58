import { GqlClient } from './support/client';
import { STORE, startTestPlatform, type TestPlatform } from './support/platform';

const QUERY = '{ indicators { code name unit description } }';
const byCode = (data: any) => Object.fromEntries(data.indicators.map((i: any) => [i.code, i]));

describe(`reference data in the request's language (${STORE})`, () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('answers in the Accept-Language locale, with English where there is no translation', async () => {
    const en = byCode(await new GqlClient(t.url).ok(QUERY));
    const ro = byCode(await new GqlClient(t.url, { 'accept-language': 'ro-RO,ro;q=0.9,en;q=0.5' }).ok(QUERY));
    const it = byCode(await new GqlClient(t.url, { 'accept-language': 'it' }).ok(QUERY));
    const fr = byCode(await new GqlClient(t.url, { 'accept-language': 'fr-FR' }).ok(QUERY));
    const sl = byCode(await new GqlClient(t.url, { 'accept-language': 'sl' }).ok(QUERY));
    expect(en.UNEMPLOYMENT_RATE).toMatchObject({ name: 'Unemployment rate', unit: '%' });
    expect(ro.UNEMPLOYMENT_RATE).toMatchObject({ name: 'Rata șomajului', unit: '%' });
    expect(it.BERD_EUR_PER_INH).toMatchObject({ name: 'Spesa in R&S delle imprese', unit: 'EUR per abitante' });
    expect(ro.BERD_EUR_PER_INH.description).toBe('Cheltuielile întreprinderilor pentru cercetare-dezvoltare pe locuitor.');
    // Unsupported and untranslated locales fall back to English.
    expect(fr).toEqual(en);
    expect(sl).toEqual(en);
    // Every seeded indicator is translated into Italian and Romanian.
    for (const code of Object.keys(en)) {
      expect(it[code].name).not.toBe(en[code].name);
      expect(ro[code].name).not.toBe(en[code].name);
    }
  });

  it('takes a locale argument over the header, also inside a benchmark', async () => {
    const client = new GqlClient(t.url, { 'accept-language': 'ro' });
    const data = await client.ok('{ indicator(code: "GDP_PC_EUR") { name it: name(locale: "it") en: name(locale: "en") } }');
    expect(data.indicator).toEqual({ name: 'PIB pe locuitor', it: 'PIL per abitante', en: 'GDP per inhabitant' });
    const bench = await client.ok('{ benchmark(region: "ITI3", options: { year: 2019, uncertaintyDraws: 0 }) { indicators { indicator { code name } } } }');
    const row = bench.benchmark.indicators.find((r: any) => r.indicator.code === 'UNEMPLOYMENT_RATE');
    expect(row.indicator.name).toBe('Rata șomajului');
  });
});
