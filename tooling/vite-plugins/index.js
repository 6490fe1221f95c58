// Build-time plugins both apps use: the route manifest the API serves pages by, and
// precompressed copies of every text asset (the API sends them as they are, no CPU per request).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function routeManifest(manifest) {
  return {
    name: 'polisee-route-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'routes.json', source: JSON.stringify(manifest, null, 2) });
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
