import { EventEmitter } from 'node:events';
/** The part of PGlite's API the pool uses. */
export interface PGlite {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[]; affectedRows?: number; fields: { name: string; dataTypeID: number }[] }>;
  exec(text: string): Promise<{ rows: unknown[]; affectedRows?: number; fields: { name: string; dataTypeID: number }[] }[]>;
  close(): Promise<void>;
  dumpDataDir(compression?: 'gzip' | 'none' | 'auto'): Promise<Blob>;
}

/**
 * A `pg`-compatible pool over one embedded PGlite instance, for TypeORM's postgres driver.
 *
 * PGlite is a single database session. If two TypeORM query runners used it at once, their
 * statements would interleave in that one session: a second START TRANSACTION, a ROLLBACK that
 * undoes the other's work, a read that runs inside someone else's transaction. So the pool has
 * exactly one client and lends it to one borrower at a time: `connect()` waits until the
 * previous borrower has released it. A TypeORM transaction holds the client from START
 * TRANSACTION to COMMIT/ROLLBACK, so every other call, reads included, queues behind it.
 *
 * (typeorm-pglite's pool hands the same client to every caller without waiting, which is what
 * loses commits; this replaces it.)
 */
export class PGliteSessionPool extends EventEmitter {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;
  private ended = false;

  constructor(private readonly db: PGlite) {
    super();
  }

  /** Borrowers waiting for the session right now (for diagnostics and tests). */
  get waitingCount(): number {
    return this.waiting;
  }

  private acquire(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => mine);
    this.waiting += 1;
    return previous.then(() => {
      this.waiting -= 1;
      let released = false;
      return () => {
        if (!released) {
          released = true;
          release();
        }
      };
    });
  }

  connect(callback?: (err: Error | null, client: PGliteClient | null, done: (err?: unknown) => void) => void): Promise<PGliteClient> {
    const p = (async () => {
      if (this.ended) throw new Error('PGlite pool has been closed');
      const release = await this.acquire();
      return new PGliteClient(this.db, release);
    })();
    if (callback) {
      p.then(
        (client) => callback(null, client, () => client.release()),
        (err: Error) => callback(err, null, () => undefined),
      );
    }
    return p;
  }

  /** A one-off query outside any borrowed client still waits its turn. */
  async query(text: string, params?: unknown[] | ((err: Error | null, res: unknown) => void), cb?: (err: Error | null, res: unknown) => void) {
    const client = await this.connect();
    try {
      return await client.query(text, params, cb);
    } finally {
      client.release();
    }
  }

  end(callback?: (err: Error | null) => void): Promise<void> {
    this.ended = true;
    const p = this.tail.then(() => this.db.close());
    if (callback) p.then(() => callback(null), (err: Error) => callback(err));
    return p;
  }
}

export interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: { name: string; dataTypeID: number }[];
}

export class PGliteClient extends EventEmitter {
  constructor(
    private readonly db: PGlite,
    readonly release: () => void,
  ) {
    super();
  }

  async query(
    text: string,
    params?: unknown[] | ((err: Error | null, res: PgLikeResult | null) => void),
    cb?: (err: Error | null, res: PgLikeResult | null) => void,
  ): Promise<PgLikeResult> {
    const callback = typeof params === 'function' ? params : cb;
    const values = Array.isArray(params) ? params : undefined;
    try {
      const result = await this.run(text, values);
      callback?.(null, result);
      return result;
    } catch (err) {
      callback?.(err as Error, null);
      throw err;
    }
  }

  private async run(text: string, values: unknown[] | undefined): Promise<PgLikeResult> {
    const command = (/^\s*([a-zA-Z]+)/.exec(text)?.[1] ?? '').toUpperCase();
    if (values && values.length > 0) {
      const r = await this.db.query(text, values);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, command, fields: r.fields };
    }
    // exec runs several statements (migrations); TypeORM wants the last result.
    const results = await this.db.exec(text);
    const last = results[results.length - 1];
    return {
      rows: last?.rows ?? [],
      rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
      command,
      fields: last?.fields ?? [],
    };
  }
}

/** The `driver` option TypeORM's postgres driver takes in place of the `pg` module. */
export function pgliteDriverModule(db: PGlite) {
  const pool = new PGliteSessionPool(db);
  return {
    pool,
    module: {
      // TypeORM constructs `new driver.Pool(options)`; every construction shares one session.
      Pool: function PoolFactory() {
        return pool;
      } as unknown as new (opts: unknown) => PGliteSessionPool,
      defaults: {},
      types: { setTypeParser: () => undefined, getTypeParser: () => (v: string) => v },
    },
  };
}

/** Opens PGlite on a data directory, or in memory when none is given. */
export async function openPGlite(dataDir: string | undefined, loadDataDir?: Blob): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  // Contrib extensions the schema uses (full-text search of practices): loaded here, created by
  // a migration with CREATE EXTENSION as on PostgreSQL.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  return PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(loadDataDir ? { loadDataDir } : {}), extensions: { pg_trgm, unaccent } });
}
