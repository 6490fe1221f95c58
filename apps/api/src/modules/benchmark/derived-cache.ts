import { LruMap } from '../../common/lru-map';

/**
 * A small least-recently-used cache of values derived from the database, each stored under the
 * data version it was computed from (see the DataVersion migration). A lookup with another
 * version misses, so stale entries are never served and simply age out. Nothing here is state
 * another instance needs: a cold cache only costs time.
 *
 * Concurrent misses for the same key share one computation (the promise in flight), so a burst
 * of equal requests after a write computes once. A failed computation is not kept: the next call
 * tries again. With capacity 0 nothing is cached or shared: every call computes.
 */
export class DerivedCache<T> {
  private readonly entries: LruMap<string, T>;
  private readonly inFlight = new Map<string, Promise<T>>();

  constructor(private readonly capacity: number) {
    this.entries = new LruMap(capacity);
  }

  get size(): number {
    return this.entries.size;
  }

  getOrCompute(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (this.capacity <= 0) return compute();
    const k = `${version}\u0000${key}`;
    const hit = this.entries.get(k);
    if (hit !== undefined) return Promise.resolve(hit);
    const pending = this.inFlight.get(k);
    if (pending) return pending;
    const computed = Promise.resolve()
      .then(compute)
      .then((value) => {
        this.entries.set(k, value);
        return value;
      });
    this.inFlight.set(k, computed);
    const settled = () => {
      this.inFlight.delete(k);
    };
    computed.then(settled, settled);
    return computed;
  }
}
