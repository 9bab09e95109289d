import type { SqlTx } from "./transaction.ts";

export interface MessagingRetention {
  /** Days a published outbox row is kept; the event itself stays in Kafka for good. */
  outboxDays: number;
  /**
   * Days a processed_event row is kept. It is what makes a redelivery a no-op, so it must outlive any
   * redelivery: an uncommitted offset (seconds) or a dead letter replayed by hand (days).
   */
  processedDays: number;
}

// Deleted in slices, so no run holds locks on the tables for long while the relay and consumers work.
const SLICE = 5_000;

/**
 * Delete published outbox rows and processed_event rows past their retention. Ages are measured by the
 * database's clock, which stamped the rows (published_at, processed_at). Safe on every replica at once:
 * each slice deletes what it finds, and rows another replica deleted first are simply gone.
 */
export async function pruneMessagingTables(
  db: SqlTx,
  retention: MessagingRetention,
  signal?: AbortSignal,
): Promise<{ outbox: number; processed: number }> {
  const outbox = await inSlices(
    db,
    `DELETE FROM "outbox" WHERE "seq" IN (
       SELECT "seq" FROM "outbox" WHERE "published_at" < now() - make_interval(days => $1) ORDER BY "seq" LIMIT $2)`,
    retention.outboxDays,
    signal,
  );
  const processed = await inSlices(
    db,
    `DELETE FROM "processed_event" WHERE ctid IN (
       SELECT ctid FROM "processed_event" WHERE "processed_at" < now() - make_interval(days => $1) LIMIT $2)`,
    retention.processedDays,
    signal,
  );
  return { outbox, processed };
}

async function inSlices(db: SqlTx, sql: string, days: number, signal: AbortSignal | undefined): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRawUnsafe(sql, days, SLICE);
    total += deleted;
    if (deleted < SLICE || signal?.aborted) return total;
  }
}
