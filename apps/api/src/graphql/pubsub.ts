/**
 * An in-process publish/subscribe for GraphQL subscriptions (type-graphql's PubSub shape). It
 * only fans events out to this process's subscribers; events reach every API instance because
 * each instance feeds it from PostgreSQL LISTEN (see foresight/foresight-live.ts), so publishers
 * NOTIFY the database rather than calling `publish` directly.
 */
export class LocalPubSub {
  private readonly subscribers = new Map<string, Set<(payload: unknown) => void>>();

  private key(routingKey: string, id?: unknown): string {
    return id === undefined ? routingKey : `${routingKey}:${String(id)}`;
  }

  publish(routingKey: string, ...args: unknown[]): void {
    // type-graphql's shape: publish(topic, payload) or publish(topic, id, payload).
    const [id, payload] = args.length > 1 ? args : [undefined, args[0]];
    for (const deliver of this.subscribers.get(this.key(routingKey, id)) ?? []) deliver(payload);
  }

  /** Subscribers of a topic (for tests and diagnostics). */
  count(routingKey: string, id?: unknown): number {
    return this.subscribers.get(this.key(routingKey, id))?.size ?? 0;
  }

  /** An async iterable of the topic's events; ends when the consumer returns (the client unsubscribes). */
  subscribe<T = unknown>(routingKey: string, id?: unknown): AsyncIterableIterator<T> {
    const key = this.key(routingKey, id);
    const queue: T[] = [];
    let wake: ((r: IteratorResult<T>) => void) | null = null;
    let done = false;
    const deliver = (payload: unknown) => {
      if (wake) {
        const w = wake;
        wake = null;
        w({ value: payload as T, done: false });
      } else if (queue.length < 100) queue.push(payload as T);
    };
    const set = this.subscribers.get(key) ?? new Set();
    set.add(deliver);
    this.subscribers.set(key, set);
    const stop = () => {
      done = true;
      set.delete(deliver);
      if (set.size === 0) this.subscribers.delete(key);
      if (wake) wake({ value: undefined, done: true });
      wake = null;
    };
    const iterator: AsyncIterableIterator<T> = {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (wake = resolve));
      },
      return: () => {
        stop();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (err: unknown) => {
        stop();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

/**
 * The pub/sub type-graphql requires at schema build time. Subscriptions here use their own
 * `subscribe` (each API instance's LISTEN feed), so it carries topics only if a resolver uses
 * `topics`.
 */
export const schemaPubSub = new LocalPubSub();
