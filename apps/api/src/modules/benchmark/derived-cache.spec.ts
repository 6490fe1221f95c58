import { LruMap } from '../../common/lru-map';
import { DerivedCache } from './derived-cache';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('DerivedCache', () => {
  it('computes once for concurrent misses of the same key, then serves the stored value', async () => {
    const cache = new DerivedCache<number>(4);
    const d = deferred<number>();
    let calls = 0;
    const compute = () => {
      calls++;
      return d.promise;
    };
    const waiting = [cache.getOrCompute('v1', 'k', compute), cache.getOrCompute('v1', 'k', compute), cache.getOrCompute('v1', 'k', compute)];
    await Promise.resolve();
    d.resolve(42);
    expect(await Promise.all(waiting)).toEqual([42, 42, 42]);
    expect(await cache.getOrCompute('v1', 'k', compute)).toBe(42);
    expect(calls).toBe(1);
  });

  it('keys by data version: another version computes again', async () => {
    const cache = new DerivedCache<string>(4);
    expect(await cache.getOrCompute('v1', 'k', async () => 'old')).toBe('old');
    expect(await cache.getOrCompute('v2', 'k', async () => 'new')).toBe('new');
    expect(await cache.getOrCompute('v1', 'k', async () => 'unused')).toBe('old');
  });

  it('shares a failure with the waiters but keeps nothing: the next call tries again', async () => {
    const cache = new DerivedCache<number>(4);
    const d = deferred<number>();
    const first = cache.getOrCompute('v1', 'k', () => d.promise);
    const second = cache.getOrCompute('v1', 'k', async () => 7);
    d.reject(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    await expect(second).rejects.toThrow('database down');
    expect(await cache.getOrCompute('v1', 'k', async () => 7)).toBe(7);
  });

  it('a synchronous throw is a rejection, not a stuck entry', async () => {
    const cache = new DerivedCache<number>(4);
    await expect(
      cache.getOrCompute('v1', 'k', () => {
        throw new Error('bad');
      }),
    ).rejects.toThrow('bad');
    expect(await cache.getOrCompute('v1', 'k', async () => 1)).toBe(1);
  });

  it('with capacity 0 computes every time and shares nothing', async () => {
    const cache = new DerivedCache<number>(0);
    let calls = 0;
    await Promise.all([1, 2, 3].map(() => cache.getOrCompute('v1', 'k', async () => ++calls)));
    expect(calls).toBe(3);
    expect(cache.size).toBe(0);
  });
});

describe('LruMap', () => {
  it('forgets the least recently used entry beyond its capacity', () => {
    const m = new LruMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    expect(m.get('a')).toBe(1); // a is now the most recent
    m.set('c', 3);
    expect(m.get('b')).toBeUndefined();
    expect(m.get('a')).toBe(1);
    expect(m.get('c')).toBe(3);
  });
});
