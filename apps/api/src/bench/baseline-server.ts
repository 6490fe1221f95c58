/**
 * The benchmark's baseline: what a hand-written endpoint would cost for the same data, with no
 * GraphQL and no domain computations. Each POST /benchmark with `{ "region": "...", "year": 2020 }`
 * runs exactly the statements `BenchmarkService.benchmark` runs for those options (same SQL from
 * benchmark.sql.ts, same concurrency between them, through a `pg` Pool of the same size as the
 * API's) and answers with the rows as JSON.
 *
 * POST /partners with `{ "first": 50 }` answers what the API's `partners(first: 50)` list query
 * answers (LIST_QUERY in benchmark-query.bench.ts), the same JSON from the same rows: the page
 * with its regions in one statement and the total count in another.
 *
 * Started by benchmark-query.bench.ts as a child process:
 *   BENCH_DATABASE_URL, DATABASE_SCHEMA, PORT (127.0.0.1 only), DB_POOL_SIZE (default 10).
 */
import http from 'node:http';
import { Pool } from 'pg';
import { INDICATORS_SQL, LATEST_VALUES_SQL, DEFAULT_YEAR_SQL, REGIONS_SQL } from '../modules/benchmark/benchmark.sql';

const url = process.env.BENCH_DATABASE_URL;
const schema = process.env.DATABASE_SCHEMA;
const port = Number(process.env.PORT ?? '0');
const poolSize = Number(process.env.DB_POOL_SIZE ?? '10');
if (!url || !schema || !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
  process.stderr.write('baseline: BENCH_DATABASE_URL and DATABASE_SCHEMA are required\n');
  process.exit(1);
}

// Same connection options as openDataSource() gives TypeORM's pg pool.
const pool = new Pool({ connectionString: url, max: poolSize, options: `-c search_path="${schema}"` });
pool.on('error', (err) => process.stderr.write(`baseline: idle client error: ${err.message}\n`));

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

/** The statements of BenchmarkService.benchmark (no compareYear): snapshot, [default year], then both kinds of latest values. */
async function benchmarkRows(region: string, year: number | undefined) {
  const [regions, indicators] = await Promise.all([pool.query(REGIONS_SQL), pool.query(INDICATORS_SQL)]);
  if (!regions.rows.some((r: { code: string }) => r.code === region)) return null;
  const y = year ?? ((await pool.query(DEFAULT_YEAR_SQL)).rows[0] as { year: number }).year;
  const [structural, performance] = await Promise.all([pool.query(LATEST_VALUES_SQL, [y, 'STRUCTURAL', false]), pool.query(LATEST_VALUES_SQL, [y, 'PERFORMANCE', false])]);
  return { region, year: y, regions: regions.rows, indicators: indicators.rows, structural: structural.rows, performance: performance.rows };
}

const PARTNER_PAGE_SQL = `
SELECT p.id, p.name, p.acronym, p.country, p.type, p.role, r.code AS region_code, r.name AS region_name
  FROM partner p LEFT JOIN region r ON r.id = p.region_id
 ORDER BY lower(p.name), p.id LIMIT $1`;

async function partnerPage(first: number) {
  const [page, count] = await Promise.all([pool.query(PARTNER_PAGE_SQL, [first + 1]), pool.query('SELECT count(*)::int AS n FROM partner')]);
  const rows = page.rows as { id: string; name: string; acronym: string | null; country: string; type: string; role: string; region_code: string | null; region_name: string | null }[];
  return {
    data: {
      partners: {
        totalCount: (count.rows[0] as { n: number }).n,
        edges: rows.slice(0, first).map((r) => ({
          node: { id: r.id, name: r.name, acronym: r.acronym, country: r.country, type: r.type, role: r.role, region: r.region_code === null ? null : { code: r.region_code, name: r.region_name } },
        })),
        pageInfo: { hasNextPage: rows.length > first },
      },
    },
  };
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') return send(res, 200, { status: 'ok' });
  if (req.method === 'POST' && req.url === '/partners') {
    readJson(req)
      .then(async (body) => {
        const first = body.first;
        if (!Number.isInteger(first) || (first as number) < 1 || (first as number) > 100) return send(res, 400, { error: 'first (1..100) expected' });
        send(res, 200, await partnerPage(first as number));
      })
      .catch((err: Error) => send(res, 500, { error: err.message }));
    return;
  }
  if (req.method !== 'POST' || req.url !== '/benchmark') return send(res, 404, { error: 'not found' });
  readJson(req)
    .then(async (body) => {
      const region = body.region;
      const year = body.year;
      if (typeof region !== 'string' || (year !== undefined && !Number.isInteger(year))) return send(res, 400, { error: 'region (string) and year (integer) expected' });
      const rows = await benchmarkRows(region, year as number | undefined);
      if (!rows) return send(res, 404, { error: `Unknown region ${region}` });
      send(res, 200, rows);
    })
    .catch((err: Error) => send(res, 500, { error: err.message }));
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`baseline listening on 127.0.0.1:${typeof address === 'object' && address ? address.port : port}\n`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  void pool.end().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
