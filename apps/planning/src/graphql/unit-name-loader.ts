import type { SqlTx } from "@tthc/messaging";
import { unitNames } from "@tthc/unit-replica";

/** Unit names for one request, fetched in one query per tick however many fields ask (a tiny data loader). */
export function unitNameLoader(db: SqlTx): (id: string) => Promise<string | null> {
  const cache = new Map<string, Promise<string | null>>();
  let pending: Map<string, (name: string | null) => void> | null = null;
  return (id) => {
    const cached = cache.get(id);
    if (cached) return cached;
    const promise = new Promise<string | null>((resolve) => {
      if (!pending) {
        const batch = new Map<string, (name: string | null) => void>();
        pending = batch;
        queueMicrotask(() => {
          pending = null;
          unitNames(db, [...batch.keys()]).then(
            (names) => batch.forEach((done, key) => done(names.get(key) ?? null)),
            () => batch.forEach((done) => done(null)),
          );
        });
      }
      pending.set(id, resolve);
    });
    cache.set(id, promise);
    return promise;
  };
}
