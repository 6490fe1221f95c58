// Prints the admin console's first-load JavaScript, gzipped: the scripts dist/index.html loads
// (entry and modulepreloads), then each route chunk on top of it. Budget: 200 KB gzip
// (issue 14); exits 1 when the first load is over it. Run after `vite build`.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const budgetKb = Number(process.env.ADMIN_FIRST_LOAD_BUDGET_KB ?? 200);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const entry = [...html.matchAll(/(?:src|href)="\/admin\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const first = entry.reduce((sum, file) => sum + gz(file), 0);
console.log(`first load (index.html): ${first.toFixed(1)} KB gzip in ${entry.length} files (budget ${budgetKb} KB)`);
const routes = readdirSync(join(dist, 'assets')).filter((f) => /-page-[^.]+\.js$/.test(f));
for (const file of routes.sort()) console.log(`  + ${file.replace(/-[^-]+\.js$/, '')}: ${gz(`assets/${file}`).toFixed(1)} KB`);
if (first > budgetKb) {
  console.error(`over budget by ${(first - budgetKb).toFixed(1)} KB`);
  process.exit(1);
}
