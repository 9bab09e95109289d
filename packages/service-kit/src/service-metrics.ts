import { createKafka, dlqTopicOf, type Logger, type SqlTx } from "@tthc/messaging";
import type { Admin } from "kafkajs";
import { metrics, type Collector } from "./metrics.ts";

/** The outbox's backlog, its oldest row's age and the rows set aside, read from the service's database at each scrape. */
export function outboxCollector(app: string, db: SqlTx): Collector {
  return async () => {
    // Both ages on the database's clock (created_at defaults to now()); the count walks the partial index of unpublished rows.
    const [row] = await db.$queryRawUnsafe<Array<{ backlog: number; age: number; dead: number }>>(
      `SELECT count(*)::int AS "backlog",
              COALESCE(EXTRACT(EPOCH FROM now() - min("created_at")), 0)::float8 AS "age",
              (SELECT count(*)::int FROM "outbox_dead") AS "dead"
         FROM "outbox" WHERE "published_at" IS NULL`,
    );
    if (!row) return;
    metrics.outboxBacklog.set({ app }, Number(row.backlog));
    metrics.outboxOldestAge.set({ app }, Number(row.age));
    metrics.outboxDead.set({ app }, Number(row.dead));
  };
}

// Scrapes from two Prometheus replicas (or a refresh of the dashboard) within this window share one read of the broker.
const KAFKA_CACHE_MS = 5_000;

/**
 * The consumer group's lag per topic (high watermark minus its committed offset, over the partitions)
 * and the size of each consumed topic's dead-letter twin, read with an admin client at most every KAFKA_CACHE_MS.
 */
export function kafkaCollector(options: { app: string; brokers: string[]; groupId: string; topics: string[]; log: Logger }): {
  collect: Collector;
  close(): Promise<void>;
} {
  const { app, groupId, topics } = options;
  let admin: Admin | undefined;
  let last = 0;
  let reading: Promise<void> | undefined;

  const read = async () => {
    if (!admin) {
      const client = createKafka({ brokers: options.brokers, clientId: `${groupId}-metrics`, log: options.log }).admin();
      await client.connect();
      admin = client;
    }
    const committed = await admin.fetchOffsets({ groupId, topics });
    for (const { topic, partitions } of committed) {
      const ends = await admin.fetchTopicOffsets(topic);
      let lag = 0;
      for (const end of ends) {
        const offset = Number(partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
        // No commit yet: the group starts from the beginning (consumer.ts), so all that is kept is lag.
        lag += Math.max(0, Number(end.high) - (offset < 0 ? Number(end.low) : offset));
      }
      metrics.consumerLag.set({ app, topic }, lag);
    }
    for (const topic of topics) {
      const dlq = dlqTopicOf(topic);
      const offsets = await admin.fetchTopicOffsets(dlq).catch(() => undefined);
      if (offsets)
        metrics.dlqMessages.set(
          { app, topic: dlq },
          offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0),
        );
    }
  };

  return {
    collect: async () => {
      if (reading) return reading;
      if (performance.now() - last < KAFKA_CACHE_MS) return;
      reading = read()
        .catch(async (err: unknown) => {
          metrics.kafkaScrapeErrors.inc({ app });
          options.log.warn({ err: (err as Error).message }, "metrics: consumer lag and DLQ sizes unreadable");
          // A fresh admin next time: this one's connections may be the problem.
          await admin?.disconnect().catch(() => undefined);
          admin = undefined;
        })
        .finally(() => {
          last = performance.now();
          reading = undefined;
        });
      return reading;
    },
    close: async () => {
      await reading;
      await admin?.disconnect().catch(() => undefined);
    },
  };
}
