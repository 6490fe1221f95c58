// Makes src/features/map/see-countries.json: world-atlas's Natural Earth 1:50m country outlines
// cut to the polygons around the programme area, simplified and quantised. Run once when the
// frame changes, from a scratch folder with the tools installed:
//   npm i topojson-client topojson-server topojson-simplify world-atlas@2 && node make-see-atlas.mjs
import fs from 'node:fs';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { quantize } from 'topojson-client';
const atlas = JSON.parse(fs.readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'));
const fc = feature(atlas, atlas.objects.countries);
// Keep countries whose bounding box meets the map's frame (with a margin), clip nothing:
// the projection's viewBox clips what lies outside.
const frame = { w: -2, e: 42, s: 28, n: 56 };
const bbox = (g) => { let w=180,e=-180,s=90,n=-90; const walk=(c)=>{ if (typeof c[0]==='number'){ w=Math.min(w,c[0]);e=Math.max(e,c[0]);s=Math.min(s,c[1]);n=Math.max(n,c[1]);} else c.forEach(walk);}; walk(g.coordinates); return {w,e,s,n}; };
// For countries spanning far (Russia, France with overseas), keep only polygons inside the frame.
const inFrame = (b) => b.e >= frame.w && b.w <= frame.e && b.n >= frame.s && b.s <= frame.n;
const features = [];
for (const f of fc.features) {
  if (!f.geometry) continue;
  let polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  polys = polys.filter((p) => inFrame(bbox({ coordinates: p })));
  if (!polys.length) continue;
  features.push({ type: 'Feature', id: f.id, properties: { name: f.properties.name }, geometry: { type: 'MultiPolygon', coordinates: polys } });
}
let topo = topology({ countries: { type: 'FeatureCollection', features } }, 1e5);
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, 0.35));
topo = quantize(topo, 1e4);
const out = JSON.stringify(topo);
fs.writeFileSync('see-countries.json', out);
console.log(features.length, 'countries', out.length, 'bytes');
