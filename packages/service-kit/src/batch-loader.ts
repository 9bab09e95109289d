/**
 * A tiny data loader for one request: every key asked for in the same tick is fetched with one
 * query, and each key once. Field resolvers below a list (planning's Task.progress under 500 occurrences,
 * an inspection's checklist under a page of inspections) ask through one of these instead of querying per row.
 */
export function batchLoader<K, V>(fetch: (keys: K[]) => Promise<Map<K, V>>, missing: V): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  let pending: Map<K, { resolve(value: V): void; reject(error: unknown): void }> | null = null;
  return (key) => {
    const cached = cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      if (!pending) {
        const batch = new Map<K, { resolve(value: V): void; reject(error: unknown): void }>();
        pending = batch;
        queueMicrotask(() => {
          pending = null;
          fetch([...batch.keys()]).then(
            (values) => batch.forEach((done, k) => done.resolve(values.has(k) ? (values.get(k) as V) : missing)),
            (error: unknown) => batch.forEach((done) => done.reject(error)),
          );
        });
      }
      pending.set(key, { resolve, reject });
    });
    cache.set(key, promise);
    return promise;
  };
}
