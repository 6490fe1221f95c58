/**
 * A small least-recently-used cache of values derived from the database, each stored under the
 * data version it was computed from (see the DataVersion migration). A lookup with another
 * version misses, so stale entries are never served and simply age out. Nothing here is state
 * another instance needs: a cold cache only costs time.
 */
export class DerivedCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  async getOrCompute(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (this.capacity <= 0) return compute();
    const k = `${version}\u0000${key}`;
    const hit = this.entries.get(k);
    if (hit !== undefined) {
      // Re-insert to mark as most recently used.
      this.entries.delete(k);
      this.entries.set(k, hit);
      return hit;
    }
    const value = await compute();
    this.entries.set(k, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
