import { spawnSync } from 'node:child_process';
import path from 'node:path';

// A real process: the handlers must log one line and exit non-zero so a supervisor restarts it.

describe('exitOnFatalErrors', () => {
  const run = (crash: string) => {
    const dist = path.resolve(__dirname, '..', '..', 'dist');
    const code = `
      const { exitOnFatalErrors } = require(${JSON.stringify(path.join(dist, 'process', 'fatal.js'))});
      const { createLogger } = require(${JSON.stringify(path.join(dist, 'logging', 'logger.js'))});
      exitOnFatalErrors(createLogger('info'));
      setTimeout(() => { ${crash} }, 10);
      setTimeout(() => process.exit(0), 2000);
    `;
    return spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 10000 });
  };

  it.each([
    ['uncaughtException', "throw new Error('boom')"],
    ['unhandledRejection', "Promise.reject(new Error('boom'))"],
  ])('exits 70 after logging a %s', (kind, crash) => {
    const r = run(crash);
    expect(r.status).toBe(70);
    const line = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(line).toMatchObject({ level: 'error', msg: 'fatal error, exiting', kind, err: { message: 'boom' } });
  });
});
