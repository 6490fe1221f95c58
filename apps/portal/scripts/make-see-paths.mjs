// Makes src/features/map/see-paths.json from see-countries.json: each country's outline already
// projected (d3-geo's conic conformal, fitted to the programme area), clipped to the map's
// viewBox and rounded to whole units, as SVG path data. It also checks that the marker projection
// (src/features/map/conic-projection.ts) agrees with d3-geo. The browser then draws the map without
// d3-geo and topojson (about 10 KB gzip of code and 120 ms of a phone's CPU per map) and fetches
// 6 KB instead of 15 KB. Run after make-see-atlas.mjs or when the frame changes:
//   node scripts/make-see-paths.mjs   (from apps/portal)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { geoConicConformal, geoPath } from 'd3-geo';
import ts from 'typescript';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/features/map');
// Keep in step with atlas-map.tsx.
const mapWidth = 800;
const mapHeight = 640;
const padding = 12;
const parallels = [38, 47];
const rotate = [-19.5, 0];
// The programme area: from the Alps and Bavaria to the Black Sea, from Bohemia to Crete.
const extent = {
  type: 'MultiPoint',
  coordinates: [
    [8.5, 35],
    [30.5, 35],
    [8.5, 49.5],
    [30.5, 49.5],
  ],
};

const atlas = JSON.parse(fs.readFileSync(path.join(dir, 'see-countries.json'), 'utf8'));
const projection = geoConicConformal()
  .parallels(parallels)
  .rotate(rotate)
  .fitExtent(
    [
      [padding, padding],
      [mapWidth - padding, mapHeight - padding],
    ],
    extent,
  )
  .clipExtent([
    [0, 0],
    [mapWidth, mapHeight],
  ]);
const draw = geoPath(projection).digits(0);
const countries = feature(atlas, atlas.objects.countries)
  .features.map((country) => ({ id: String(country.id), d: draw(country) }))
  .filter((country) => country.d);

// The marker projection in atlas-map.tsx must agree with d3's.
const source = fs.readFileSync(path.join(dir, 'conic-projection.ts'), 'utf8');
const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
const { projectPoint, fittedScale, fittedTranslate } = await import(`data:text/javascript,${encodeURIComponent(js)}`);
const [tx, ty] = projection.translate();
if (Math.abs(fittedScale - projection.scale()) > 1e-9 || Math.abs(fittedTranslate[0] - tx) > 1e-9 || Math.abs(fittedTranslate[1] - ty) > 1e-9)
  throw new Error(`conic-projection.ts: set fittedScale = ${projection.scale()} and fittedTranslate = [${tx}, ${ty}]`);
for (let lon = -5; lon <= 45; lon += 2.5)
  for (let lat = 25; lat <= 60; lat += 2.5) {
    const expected = projection([lon, lat]);
    const actual = projectPoint(lon, lat);
    if (Math.hypot(expected[0] - actual[0], expected[1] - actual[1]) > 1e-6) throw new Error(`projection differs at ${lon},${lat}: ${expected} vs ${actual}`);
  }

const out = { countries };
fs.writeFileSync(path.join(dir, 'see-paths.json'), JSON.stringify(out));
console.log(`${countries.length} countries, ${JSON.stringify(out).length} bytes`);
