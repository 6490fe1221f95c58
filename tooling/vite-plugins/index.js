// Build-time plugins both apps use: the route manifest the API serves pages by, precompressed
// copies of every text asset (the API sends them as they are, no CPU per request), and the
// GraphQL documents an app uses, without the others.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Writes `routes.json` for the API's site server: the route patterns with their head text and,
 * so that the server can announce them in the page's head (`<link rel="modulepreload">`), the
 * chunks a page needs before it can render: each route's `preload` source modules (its lazy
 * route modules, e.g. the Apollo layout and the page) become their chunks and those chunks'
 * static imports, less what index.html loads anyway; `messages` maps each locale to its
 * catalogue chunk. The browser then fetches them with the entry instead of after it has run.
 */
export function routeManifest(manifest) {
  let root = process.cwd();
  return {
    name: 'polisee-route-manifest',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const withImports = (fileName, into) => {
        if (into.has(fileName)) return into;
        into.add(fileName);
        for (const imported of byFile.get(fileName)?.imports ?? []) withImports(imported, into);
        return into;
      };
      const initial = new Set();
      for (const chunk of chunks) if (chunk.isEntry) withImports(chunk.fileName, initial);
      const routes = manifest.routes.map(({ preload, ...route }) => {
        if (!preload?.length) return route;
        const files = new Set();
        for (const module of preload) {
          const id = path.resolve(root, module);
          const chunk = chunks.find((c) => c.facadeModuleId === id);
          if (!chunk) this.error(`routeManifest: no chunk is built from ${module} (route ${route.path}); is it imported lazily?`);
          withImports(chunk.fileName, files);
        }
        return { ...route, preload: [...files].filter((file) => !initial.has(file)) };
      });
      const messages = {};
      for (const chunk of chunks) {
        const m = /^messages-(.+)$/.exec(chunk.name);
        if (m) messages[m[1]] = chunk.fileName;
      }
      this.emitFile({ type: 'asset', fileName: 'routes.json', source: JSON.stringify({ ...manifest, routes, messages }, null, 2) });
    },
  };
}

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|xml|webmanifest|map|ico)$/i;

export function precompress({ minBytes = 512 } = {}) {
  let outDir = 'dist';
  return {
    name: 'polisee-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir) =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file) || file.endsWith('.map')) continue;
        const data = fs.readFileSync(file);
        if (data.length < minBytes) continue;
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(data, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
          }),
        );
      }
    },
  };
}

const DOCUMENT_MODULE = /[\\/]packages[\\/]graphql[\\/]src[\\/]documents[\\/][^\\/]+\.ts$/;
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/**
 * Each `graphql(`...`)` in @polisee/graphql's documents becomes the document codegen generated
 * for it (`BenchmarkQueryDocument`, `PartnerRowFragmentDoc`), as codegen's client preset
 * recommends for production: its `graphql()` looks documents up in a map of every operation of
 * both apps, which no bundler can tree-shake (about 20 KB gzip on every page that queries).
 */
export function graphqlDocuments() {
  return {
    name: 'polisee-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!DOCUMENT_MODULE.test(id.split('?')[0] ?? id)) return null;
      let found = false;
      const out = code.replace(GRAPHQL_CALL, (call, text) => {
        if (text.includes('${')) throw new Error(`${id}: a graphql() document with an interpolation cannot be replaced by its generated document`);
        const m = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(text);
        if (!m) throw new Error(`${id}: a graphql() document without a named first definition`);
        found = true;
        return `__generated.${m[2]}${m[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
      });
      if (!found) return null;
      const rewritten = out.replace(/import\s*\{\s*graphql\s*\}\s*from\s*['"]\.\.\/gql(?:\/index)?(?:\.ts)?['"];?/, "import * as __generated from '../gql/graphql';");
      if (rewritten === out) throw new Error(`${id}: expected \`import { graphql } from '../gql'\``);
      return { code: rewritten, map: null };
    },
  };
}
