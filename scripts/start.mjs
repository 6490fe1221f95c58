// `npm start`: install (frozen lockfile), build the API and both apps, then run the platform.
// The API migrates the database and seeds demo data on first run, and serves the portal at /,
// the admin console at /admin and GraphQL at /graphql on PORT (default 4000).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, install, pnpm } from './pnpm.mjs';

install();
pnpm(['turbo', 'run', 'build', '--filter=@polisee/api', '--filter=@polisee/admin', '--filter=@polisee/portal', '--output-logs=errors-only']);

const child = spawn(process.execPath, [path.join(ROOT, 'apps', 'api', 'dist', 'main.js')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
