import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildApiSchema } from '../../composition-root';
import { decodeCursor, encodeCursor, type KeysetKey } from '../../db/keyset-page';
import { loadManifest } from '../trusted-documents';
import { checkInputs } from './input-hygiene';
import { operationCost } from './query-cost';
import { ANONYMOUS_BUDGET, ROLE_BUDGETS, checkQueryLimits } from './query-limits';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

const op = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return { document, operation, source };
};

describe('query limits', () => {
  /** The portal's documents run anonymously; the admin console's for signed-in staff. */
  const portalSource = (() => {
    const root = path.resolve(__dirname, '..', '..', '..', '..', 'portal', 'src');
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (/\.tsx?$/.test(e.name)) texts.push(fs.readFileSync(path.join(dir, e.name), 'utf8'));
      }
    };
    walk(root);
    return texts.join('\n');
  })();

  it('every document of both apps fits its caller\'s budget (portal: anonymous; admin console: staff) at the largest page it asks for', () => {
    const manifest = loadManifest();
    expect(manifest.size).toBeGreaterThan(20);
    let portalOps = 0;
    for (const [hash, text] of manifest) {
      const { document, operation, source } = op(text);
      // The portal pages by 20 at most; the admin console up to the API's 100.
      const isPortal = portalSource.includes(operation.name?.value ?? '\u0000');
      if (isPortal) portalOps += 1;
      const variables = { first: isPortal ? 20 : 100 };
      const budget = isPortal ? ANONYMOUS_BUDGET : ROLE_BUDGETS.PARTNER_EDITOR;
      const v = checkQueryLimits({ schema, document, operation, source, variables, budget });
      expect({ hash, name: operation.name?.value, v }).toEqual({ hash, name: operation.name?.value, v: null });
    }
    expect(portalOps).toBeGreaterThan(3);
  });

  it('refuses the fan-out nest, aliases, directives and tokens with the limit named', () => {
    let nest = 'code';
    for (let i = 0; i < 12; i++) nest = `clusters { region { ${nest} } }`;
    const deep = op(`{ region(code: "ITI3") { ${nest} } }`);
    expect(checkQueryLimits({ schema, ...deep, variables: {}, budget: ANONYMOUS_BUDGET })).toMatchObject({ limit: 'depth', max: 6, found: 26 });
    expect(checkQueryLimits({ schema, ...deep, variables: {}, budget: ROLE_BUDGETS.ADMIN })).toMatchObject({ limit: 'depth' });

    const aliases = op(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: countries { code }`).join(' ')} }`);
    expect(checkQueryLimits({ schema, ...aliases, variables: {}, budget: ANONYMOUS_BUDGET })).toMatchObject({ limit: 'aliases', max: 15, found: 16 });

    const directives = op(`{ countries { code ${'__typename @include(if: true) '.repeat(51)} } }`);
    expect(checkQueryLimits({ schema, ...directives, variables: {}, budget: ANONYMOUS_BUDGET })).toMatchObject({ limit: 'directives', max: 50 });

    const weights = Array.from({ length: 140 }, () => '{ dimension: "Economy", weight: 1 }').join(' ');
    const tokens = op(`{ referenceRegions(region: "ITI3", dimensionWeights: [${weights}]) { rank } }`);
    expect(checkQueryLimits({ schema, ...tokens, variables: {}, budget: ANONYMOUS_BUDGET })).toMatchObject({ limit: 'tokens', max: 1000 });
    expect(checkQueryLimits({ schema, ...tokens, variables: {}, budget: ROLE_BUDGETS.ADMIN })).toBeNull();
  });

  it('answers a repeated document the same for each budget, and prices its variables every time', () => {
    // The document-only checks are remembered per budget: a document refused for one caller
    // is not let through for another by a remembered answer, nor the other way round.
    const weights = Array.from({ length: 140 }, () => '{ dimension: "Economy", weight: 1 }').join(' ');
    const tokens = op(`{ referenceRegions(region: "ITI3", dimensionWeights: [${weights}]) { rank } }`);
    for (let round = 0; round < 2; round++) {
      expect(checkQueryLimits({ schema, ...tokens, variables: {}, budget: ROLE_BUDGETS.ADMIN })).toBeNull();
      expect(checkQueryLimits({ schema, ...tokens, variables: {}, budget: ANONYMOUS_BUDGET })).toMatchObject({ limit: 'tokens' });
    }
    // Same document, other variables: the cost follows the variables, not the first answer.
    const q = op('query Big($n: Int) { a: partners(first: $n) { edges { node { id name region { code name clusters { name } } } } } b: partners(first: $n) { edges { node { id name region { code name clusters { name } } } } } }');
    expect(checkQueryLimits({ schema, ...q, variables: { n: 1 }, budget: ANONYMOUS_BUDGET })).toBeNull();
    expect(checkQueryLimits({ schema, ...q, variables: { n: 100 }, budget: ANONYMOUS_BUDGET })).toMatchObject({ limit: 'cost' });
    expect(checkQueryLimits({ schema, ...q, variables: { n: 1 }, budget: ANONYMOUS_BUDGET })).toBeNull();
  });

  it('costs a list by its size, from a literal, a variable or the default', () => {
    const q = op('query Q($n: Int) { partners(first: $n) { edges { node { id name region { code } } } } }');
    const at = (n?: number) => operationCost({ schema, ...q, variables: n === undefined ? {} : { n }, limit: Infinity });
    const row = at(2) - at(1); // the page size multiplies the rows only, not the connection's own fields
    expect(row).toBeGreaterThan(0);
    expect(at(100)).toBe(at(1) + 99 * row);
    expect(at()).toBe(at(20)); // the argument's default
    expect(at(1_000_000)).toBe(at(100)); // larger pages are refused by the resolver, not priced
    const exports = op(`{ ${Array.from({ length: 10 }, (_, i) => `e${i}: exportObservations(format: XLSX) { fileName }`).join(' ')} }`);
    expect(checkQueryLimits({ schema, ...exports, variables: {}, budget: ANONYMOUS_BUDGET })).toMatchObject({ limit: 'cost' });
    expect(checkQueryLimits({ schema, ...exports, variables: {}, budget: ROLE_BUDGETS.ADMIN })).toMatchObject({ limit: 'cost' });
  });
});

describe('input hygiene', () => {
  const issues = (source: string, variables: Record<string, unknown> = {}) => checkInputs({ schema, ...op(source), variables });

  it('bounds strings and refuses NUL in literals, variables and nested inputs', () => {
    expect(issues(`{ region(code: "${'x'.repeat(2001)}") { code } }`)).toEqual([{ field: 'code', reason: 'TOO_LONG', message: 'At most 2000 characters' }]);
    expect(issues('query Q($c: String!) { region(code: $c) { code } }', { c: 'IT\u0000' })).toEqual([{ field: 'code', reason: 'CONTAINS_NUL', message: 'Must not contain a NUL character' }]);
    expect(issues('query Q($f: PartnerFilter) { partners(filter: $f) { totalCount } }', { f: { search: 'a\u0000b', countries: ['IT', 'x'.repeat(3000)] } })).toEqual([
      { field: 'filter.search', reason: 'CONTAINS_NUL', message: 'Must not contain a NUL character' },
      { field: 'filter.countries.1', reason: 'TOO_LONG', message: 'At most 2000 characters' },
    ]);
    expect(issues('query Q($e: String!) { region(code: $e) { code } }', { e: 'a\ud800' })).toEqual([{ field: 'code', reason: 'INVALID_UNICODE', message: 'Must be valid Unicode (a lone surrogate was sent)' }]);
    expect(issues('{ region(code: "ITI3") { code } }')).toEqual([]);
    expect(issues('query Q($e: String!) { region(code: $e) { code } }', { e: 'Zürich 𝕏 中' })).toEqual([]);
  });

  it('range-checks years against their smallint columns', () => {
    expect(issues('{ clusterStars(year: 2147483647) { stars } }')).toEqual([{ field: 'year', reason: 'YEAR_OUT_OF_RANGE', message: 'Must be a year between 1900 and 2100' }]);
    expect(issues('query Q($f: ObservationFilter) { observations(filter: $f) { totalCount } }', { f: { yearFrom: -5 } })).toHaveLength(1);
  });
});

describe('cursors', () => {
  const id = '6f1c1a3e-8a0f-4d5e-9a9b-0c1d2e3f4a5b';
  const at = (cast: KeysetKey['cast']): KeysetKey[] => [{ expr: 'x', cast }];
  it('take what PostgreSQL prints, and refuse forged values before SQL sees them', () => {
    for (const v of ['2026-11-29 17:04:37.123456+00', '2024-02-29 00:00:00+01']) {
      expect(decodeCursor(encodeCursor({ keys: [v], id }), at('timestamptz'))).toEqual({ keys: [v], id });
    }
    for (const v of ['2026-02-31 00:00:00+00', 'junk', '2026-11-29']) {
      expect(() => decodeCursor(encodeCursor({ keys: [v], id }), at('timestamptz'))).toThrow('The cursor is not valid');
    }
    expect(() => decodeCursor(encodeCursor({ keys: ['1e999'], id }), at('double precision'))).toThrow();
    expect(decodeCursor(encodeCursor({ keys: ['-1'], id }), at('double precision')).keys).toEqual(['-1']);
    expect(() => decodeCursor(encodeCursor({ keys: ['x'], id: 'not-a-uuid' }), at('text'))).toThrow();
  });
});
