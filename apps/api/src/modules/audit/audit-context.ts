import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

/** Who is changing data and through which operation; becomes the `polisee.audit` setting. */
export interface AuditContext {
  userId: string;
  email: string;
  operation: string;
  requestId: string;
}

const store = new AsyncLocalStorage<AuditContext>();

/**
 * Runs `work` with an audit context: every database connection it borrows first carries the
 * context, so the `audit_row()` triggers log its writes in their own transaction. The GraphQL
 * layer wraps each mutation of a signed-in user in this; services need do nothing.
 */
export function withAuditContext<T>(ctx: AuditContext, work: () => T): T {
  return store.run(ctx, work);
}

export const currentAuditContext = (): AuditContext | undefined => store.getStore();

interface Queryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
  release(err?: unknown): void;
}
type ConnectCallback = (err: Error | null, client: Queryable | null, done: (err?: unknown) => void) => void;
interface PoolLike {
  connect(cb?: ConnectCallback): Promise<Queryable> | void;
}

const SETTING = 'polisee.audit';

/**
 * Makes the data source's pool stamp each borrowed connection with the current audit context
 * (or clear a stamp a previous borrower left). The stamp is a session setting, so a transaction
 * and single statements alike see it. Costs nothing for connections that were never stamped.
 * On PGlite (one session) the same applies to its one session.
 */
export function installAuditHook(ds: DataSource, embedded: boolean): void {
  const driver = ds.driver as unknown as { master?: PoolLike };
  const pool = driver.master;
  if (!pool || (pool as { __auditHook?: boolean }).__auditHook) return;
  (pool as { __auditHook?: boolean }).__auditHook = true;
  const stamped = new WeakMap<object, string>();
  let sessionStamp = ''; // PGlite: one session, whatever client object wraps it
  const original = pool.connect.bind(pool) as (cb?: ConnectCallback) => Promise<Queryable>;

  const prepare = async (client: Queryable, ctx: AuditContext | undefined): Promise<void> => {
    const want = ctx ? JSON.stringify(ctx) : '';
    const have = embedded ? sessionStamp : (stamped.get(client) ?? '');
    if (want === have) return;
    await client.query('SELECT set_config($1, $2, false)', [SETTING, want]);
    if (embedded) sessionStamp = want;
    else if (want) stamped.set(client, want);
    else stamped.delete(client);
  };

  // A borrowed pg client has no 'error' listener between the pool handing it out and TypeORM
  // attaching its own (and after TypeORM detaches it on release): a backend terminated in that
  // window emitted an unhandled 'error' and took the process down (chaos bench). A permanent
  // listener keeps the process alive; the pool still drops the broken client on release
  // (`_queryable` is false) and TypeORM still sees the error through its own listener.
  const guarded = new WeakSet<object>();
  const guard = (client: Queryable) => {
    const emitter = client as unknown as { on?: (event: 'error', fn: (err: Error) => void) => void };
    if (embedded || guarded.has(client) || typeof emitter.on !== 'function') return;
    guarded.add(client);
    emitter.on('error', () => undefined);
  };

  pool.connect = (cb?: ConnectCallback) => {
    const ctx = store.getStore();
    const p = original().then(async (client) => {
      guard(client);
      try {
        await prepare(client, ctx);
      } catch (err) {
        client.release(err);
        throw err;
      }
      return client;
    });
    if (cb) {
      p.then(
        (client) => cb(null, client, (err) => client.release(err)),
        (err: Error) => cb(err, null, () => undefined),
      );
      return;
    }
    return p;
  };
}
