import { randomBytes } from 'node:crypto';
import { migrate, openDataSource, withStartupLock } from '../src/db/data-source';
import { seedDatabase } from '../src/db/seed/seed';
import { STORE, testConfig } from './support/platform';

/** Several instances started together on one empty PostgreSQL database all come up. */
(STORE === 'postgres' ? describe : describe.skip)('start-up of several instances at once (postgres)', () => {
  it('serialises migrations and seeding under an advisory lock', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const schema = `e2e_${randomBytes(6).toString('hex')}`;
    const sources = await Promise.all([1, 2, 3].map(() => openDataSource({ url, schema, poolSize: 3 })));
    try {
      const config = testConfig();
      const results = await Promise.all(sources.map((ds) => withStartupLock(ds, async () => ({ ran: await migrate(ds), seeded: await seedDatabase(ds, config) }))));
      expect(results.filter((r) => r.ran.length > 0)).toHaveLength(1);
      expect(results.filter((r) => r.seeded.adminCreated)).toHaveLength(1);
      expect(results.map((r) => r.seeded.partners).sort()).toEqual([0, 0, 23]);
      const [{ n }] = await sources[0]!.query('SELECT count(*)::int AS n FROM observation');
      expect(n).toBeGreaterThan(10000);
    } finally {
      await sources[0]!.query(`DROP SCHEMA "${schema}" CASCADE`);
      await Promise.all(sources.map((ds) => ds.destroy()));
    }
  });
});
