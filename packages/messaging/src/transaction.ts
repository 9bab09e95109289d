import type pg from "pg";

/** The slice of a Prisma interactive transaction that messaging needs; a `pg` client can provide it too. */
export interface SqlTx {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Runs `fn` in one database transaction; services pass `(fn) => prisma.$transaction(fn)`. */
export type RunInTransaction<Tx extends SqlTx = SqlTx> = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

/** RunInTransaction over a plain `pg` pool, for code and tests without Prisma. */
export function pgTransactions(pool: pg.Pool): RunInTransaction {
  return async (fn) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    // While checked out, a client has no error listener of the pool's: a backend terminated between
    // two queries (pg_terminate_backend, a restart) would emit an unhandled 'error' and end the
    // process. Note it instead; the next query fails, and the connection is destroyed on release.
    const onError = (err: Error) => {
      broken = err;
    };
    client.on("error", onError);
    try {
      await client.query("BEGIN");
      const tx: SqlTx = {
        async $executeRawUnsafe(query, ...values) {
          return (await client.query(query, values)).rowCount ?? 0;
        },
        async $queryRawUnsafe<T>(query: string, ...values: unknown[]) {
          return (await client.query(query, values)).rows as T;
        },
      };
      const result = await fn(tx);
      await client.query("COMMIT");
      return result;
    } catch (err) {
      await client.query("ROLLBACK").catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw err;
    } finally {
      // A connection that could not roll back is in an unknown state: destroy it rather than reuse it.
      client.off("error", onError);
      client.release(broken);
    }
  };
}
