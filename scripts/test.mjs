// `npm test`: install what the tests need, build, and run every test: unit, API integration
// (PGlite, plus PostgreSQL when TEST_DATABASE_URL is set) and browser tests in Chromium.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { install, pnpm } from './pnpm.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium not found at ${chromium}; installing Debian's chromium for the browser tests`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (r.status !== 0) process.exit(r.status ?? 1);
  } else {
    console.error(`Chromium not found at ${chromium}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

install();
pnpm(['turbo', 'run', 'build', '--output-logs=errors-only']);

// Each package's test task writes (or, from turbo's cache, restores) <package>/.test-summary.json.
const packages = ['apps', 'packages', 'tooling'].flatMap((dir) => (existsSync(dir) ? readdirSync(dir).map((name) => path.join(dir, name)) : []));
const summaryOf = (pkg) => path.join(pkg, '.test-summary.json');
for (const pkg of packages) rmSync(summaryOf(pkg), { force: true });
const status = pnpm(['turbo', 'run', 'test', '--concurrency=1', '--continue', ...process.argv.slice(2)], { allowFailure: true });
const runs = packages.filter((pkg) => existsSync(summaryOf(pkg))).map((pkg) => ({ package: path.resolve(pkg), ...JSON.parse(readFileSync(summaryOf(pkg), 'utf8')) }));
const total = runs.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
const failed = total.failed + (status !== 0 && total.failed === 0 ? 1 : 0);
console.log('');
for (const r of runs) console.log(`  ${path.relative(process.cwd(), r.package) || '.'}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
console.log(`Tests: ${total.passed} passed, ${failed} failed, ${total.skipped} skipped`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
