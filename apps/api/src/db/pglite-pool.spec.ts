import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { openPGlite, pgliteDriverModule } from './pglite-pool';

/**
 * PGlite is one session. These tests fail on a pool that hands the session to everyone at once
 * (typeorm-pglite's), where a ROLLBACK of one transaction undoes another's committed work.
 */
describe('PGliteSessionPool', () => {
  let ds: DataSource;
  beforeAll(async () => {
    const { module } = pgliteDriverModule(await openPGlite(undefined));
    ds = new DataSource({ type: 'postgres', driver: module, installExtensions: false });
    await ds.initialize();
    await ds.query('CREATE TABLE item (name text PRIMARY KEY)');
  });
  afterAll(() => ds.destroy());
  beforeEach(() => ds.query('DELETE FROM item'));

  it('keeps a commit when a concurrent transaction rolls back', async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const results = await Promise.allSettled([
      ds.transaction(async (em) => {
        await em.query("INSERT INTO item VALUES ('committed')");
        await sleep(30);
      }),
      ds.transaction(async (em) => {
        await em.query("INSERT INTO item VALUES ('rolled-back')");
        await sleep(10);
        throw new Error('boom');
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(await ds.query('SELECT name FROM item ORDER BY name')).toEqual([{ name: 'committed' }]);
  });

  it('runs a read issued during an open transaction after it, not inside it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = ds.transaction(async (em) => {
      await em.query("INSERT INTO item VALUES ('pending')");
      await gate;
      throw new Error('abort');
    });
    await new Promise((r) => setTimeout(r, 20));
    const read = ds.query('SELECT count(*)::int AS n FROM item');
    release();
    await expect(tx).rejects.toThrow('abort');
    // Had the read run inside the transaction it would have seen the uncommitted row.
    expect(await read).toEqual([{ n: 0 }]);
  });

  it('reports affected rows for updates and deletes', async () => {
    await ds.query("INSERT INTO item VALUES ('a'), ('b')");
    const res = await ds.createQueryBuilder().delete().from('item').where('name = :n', { n: 'a' }).execute();
    expect(res.affected).toBe(1);
  });
});
