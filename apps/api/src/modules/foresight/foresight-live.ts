import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The connection options this module reads (TypeORM's postgres options). */
interface PgOptions {
  url?: string;
  schema?: string;
}

import { embeddedDatabase } from '../../db/data-source';
import type { Logger } from '../../logging/logger';
import { LocalPubSub } from '../../graphql/pubsub';
import type { ForesightChange } from './foresight.service';

/** The subscription topic of an exercise's changes (keyed by exercise id). */
export const FORESIGHT_CHANGED = 'FORESIGHT_CHANGED';

interface ListeningPGlite {
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
}

/**
 * Carries foresight changes across API instances through PostgreSQL LISTEN/NOTIFY: a committed
 * change is NOTIFYed on a channel of this database schema, and every instance LISTENs on it and
 * hands the event to its own subscribers. On PostgreSQL the LISTEN runs on a dedicated client
 * (a pooled connection would be returned to the pool and lose it) that reconnects when dropped;
 * PGlite delivers notifications in-process, and its LISTEN is issued while holding its one
 * session, so it never runs inside someone else's transaction.
 */
export class ForesightLive {
  readonly channel: string;
  /** This instance's subscribers: fed only by its own LISTEN, so instances share nothing in memory. */
  private readonly local = new LocalPubSub();
  private stopListening: (() => Promise<void>) | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly logger: Logger,
  ) {
    const schema = (ds.options as PgOptions).schema;
    // Channels are per database; tests run many schemas in one, so the schema names the channel.
    this.channel = schema ? `polisee_foresight_${createHash('sha256').update(schema).digest('hex').slice(0, 16)}` : 'polisee_foresight';
  }

  /**
   * Publishes a committed change to every instance (including this one). A lost notification only
   * delays a live view until its next change or reconnection, so a failure is logged, not thrown.
   */
  async publish(change: ForesightChange): Promise<void> {
    try {
      await this.ds.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(change)]);
    } catch (err) {
      this.logger.warn('foresight NOTIFY failed', { err: String(err) });
    }
  }

  private deliver(payload: string): void {
    try {
      const change = JSON.parse(payload) as ForesightChange;
      if (typeof change.exerciseId === 'string') this.local.publish(FORESIGHT_CHANGED, change.exerciseId, change);
    } catch (err) {
      this.logger.warn('foresight notification ignored', { err: String(err) });
    }
  }

  /** The changes of one exercise, as they arrive through LISTEN. */
  subscribe(exerciseId: string): AsyncIterableIterator<ForesightChange> {
    return this.local.subscribe<ForesightChange>(FORESIGHT_CHANGED, exerciseId);
  }

  /** Whether this instance listens (subscriptions are served only then). */
  get listening(): boolean {
    return this.stopListening !== null;
  }

  async start(): Promise<void> {
    const pglite = embeddedDatabase(this.ds) as unknown as ListeningPGlite | undefined;
    if (pglite) {
      const runner = this.ds.createQueryRunner();
      await runner.connect(); // holds PGlite's one session
      try {
        await runner.query('SELECT 1');
        this.stopListening = await pglite.listen(this.channel, (p) => this.deliver(p));
      } finally {
        await runner.release();
      }
      return;
    }
    await this.connectPg();
  }

  private async connectPg(): Promise<void> {
    const { Client } = await import('pg');
    const options = this.ds.options as PgOptions;
    const client = new Client({ connectionString: options.url });
    const reconnect = () => {
      if (this.stopped || this.retry) return;
      this.stopListening = null;
      this.retry = setTimeout(() => {
        this.retry = null;
        this.connectPg().catch((err: unknown) => {
          this.logger.warn('foresight LISTEN reconnect failed', { err: String(err) });
          reconnect();
        });
      }, 1000);
      this.retry.unref();
    };
    client.on('notification', (m) => {
      if (m.channel === this.channel && m.payload) this.deliver(m.payload);
    });
    client.on('error', (err) => {
      this.logger.warn('foresight LISTEN connection lost', { err: String(err) });
      reconnect();
    });
    client.on('end', reconnect);
    await client.connect();
    await client.query(`LISTEN "${this.channel}"`);
    this.stopListening = async () => {
      client.removeAllListeners('end');
      await client.end();
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const stop = this.stopListening;
    this.stopListening = null;
    await stop?.().catch(() => undefined);
  }
}
