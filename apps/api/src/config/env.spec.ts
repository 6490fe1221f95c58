import { ConfigError, DEMO_ADMIN_PASSWORD, loadConfig } from './env';

describe('loadConfig', () => {
  it('gives working defaults for a newcomer: PGlite in ./.data, demo admin, port 4000', () => {
    const c = loadConfig({}, '/srv/polisee');
    expect(c).toMatchObject({ port: 4000, databaseUrl: null, dataDir: '/srv/polisee/.data', adminPassword: DEMO_ADMIN_PASSWORD, seedDemoData: true, cookieSecure: false });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ NODE_ENV: 'production' }, 'ADMIN_EMAIL'],
    [{ NODE_ENV: 'production', ADMIN_EMAIL: 'a@b.eu', ADMIN_PASSWORD: DEMO_ADMIN_PASSWORD }, 'ADMIN_PASSWORD'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ COOKIE_SECURE: 'maybe' }, 'COOKIE_SECURE'],
    [{ DATABASE_SCHEMA: 'Robert"); DROP' }, 'DATABASE_SCHEMA'],
  ])('refuses %j naming %s in one line', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
    expect((error as Error).message).not.toContain('\n');
  });

  it('secures cookies and drops demo seeding in production', () => {
    const c = loadConfig({ NODE_ENV: 'production', ADMIN_EMAIL: 'Ops@Polisee.eu', ADMIN_PASSWORD: 'a-real-long-secret' });
    expect(c).toMatchObject({ isProduction: true, cookieSecure: true, seedDemoData: false, adminEmail: 'ops@polisee.eu' });
  });
});
