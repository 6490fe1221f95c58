import type { DataSource, EntityManager } from 'typeorm';

/**
 * The unit of work. A service method that writes takes an optional last parameter
 * `tx?: EntityManager` and runs through `inTransaction`: called alone it opens its own
 * transaction; called by another service inside a transaction, it joins that one, so both
 * commit or roll back together (and on PGlite, whose one session is held by the open
 * transaction, the inner work does not queue behind it forever).
 *
 *   async create(input: X, tx?: EntityManager) {
 *     return inTransaction(this.ds, tx, async (em) => { ... em.getRepository(...) ... });
 *   }
 */
export function inTransaction<T>(ds: DataSource, tx: EntityManager | undefined, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (!tx) return ds.transaction(work);
  return tx.queryRunner?.isTransactionActive ? work(tx) : tx.transaction(work);
}

/** The manager a read should use: the caller's transaction when there is one. */
export const managerOf = (ds: DataSource, tx?: EntityManager): EntityManager => tx ?? ds.manager;
