// Runs the pinned pnpm (package.json "packageManager") whether or not it is installed globally.
// Corepack is avoided on purpose: it fails on this registry's missing signatures.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).packageManager.split('@')[1];

let command = null;
function resolvePnpm() {
  if (command) return command;
  const global = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  command = global.status === 0 && global.stdout.trim() === pinned ? ['pnpm'] : ['npx', '--yes', `pnpm@${pinned}`];
  return command;
}

/** Runs pnpm with args in the repository root; exits the process on failure. */
export function pnpm(args, opts = {}) {
  const [cmd, ...pre] = resolvePnpm();
  const r = spawnSync(cmd, [...pre, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...opts.env },
  });
  if (r.status !== 0) {
    if (opts.allowFailure) return r.status ?? 1;
    process.exit(r.status ?? 1);
  }
  return 0;
}

export function install() {
  pnpm(['install', '--frozen-lockfile']);
}
