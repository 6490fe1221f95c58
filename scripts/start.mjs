// `npm start`: install (frozen lockfile), build the API and both apps, then run the platform.
// The API migrates the database and seeds demo data on first run, and serves the portal at /,
// the admin console at /admin and GraphQL at /graphql on PORT (default 4000).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, install, pnpm } from './pnpm.mjs';

install();
pnpm(['turbo', 'run', 'build', '--filter=@polisee/api', '--filter=@polisee/admin', '--filter=@polisee/portal', '--output-logs=errors-only']);

// A heap limit well below the machine's memory: a runaway request ends in a clean exit and a
// restart by the supervisor instead of swapping the host (README, "Running in production").
const heapMb = process.env.API_MAX_OLD_SPACE_MB ?? '1024';
const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, path.join(ROOT, 'apps', 'api', 'dist', 'main.js')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
