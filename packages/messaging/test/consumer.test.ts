import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvent } from "@tthc/events";
import { waitFor } from "@tthc/test-kit";
import {
  DLQ_HEADERS,
  createKafka,
  ensureTopics,
  pgTransactions,
  startConsumer,
  type RunInTransaction,
  type RunningConsumer,
} from "../src/index.ts";
import { brokers, header, messagingDatabase, produce, readTopic, testLogger, uniqueName, unitUpdated } from "./support.ts";

function asMessage(event: { subject: string; id: string }) {
  return { key: event.subject, value: JSON.stringify(event), headers: { "x-event-id": event.id } };
}

describe("consumer runner", () => {
  let pool: pg.Pool;

  beforeAll(async () => {
    const url = await messagingDatabase("messaging_consumer");
    pool = new pg.Pool({ connectionString: url });
    // No unique key on purpose: a double effect would show as two rows.
    await pool.query(`CREATE TABLE effect (event_id uuid NOT NULL, unit_name text NOT NULL)`);
  });
  afterAll(async () => {
    await pool.end();
  });

  const effects = async (eventId: string) =>
    Number((await pool.query(`SELECT count(*) FROM effect WHERE event_id = $1`, [eventId])).rows[0].count);

  it("applies an effect once when the consumer dies after the transaction but before the offset commit", async () => {
    const topic = uniqueName("crash") + ".directory.unit.v1";
    const groupId = uniqueName("crash-group");
    await ensureTopics(brokers, [topic]);
    const event = unitUpdated("unit-crash", "Phòng Nội vụ");
    await produce(topic, [asMessage(event)]);

    let deliveries = 0;
    let handlerCalls = 0;
    const base = pgTransactions(pool);
    const handlers = {
      "directory.unit.updated": async (e: typeof event, tx: { $executeRawUnsafe(q: string, ...v: unknown[]): Promise<number> }) => {
        handlerCalls += 1;
        await tx.$executeRawUnsafe(`INSERT INTO effect (event_id, unit_name) VALUES ($1, $2)`, e.id, e.data.unit.name);
      },
    };

    // First process: the transaction commits, then the consumer is torn down before it can commit the offset.
    let firstStopped: Promise<void> | undefined;
    const crashAfterCommit: RunInTransaction = async (fn) => {
      deliveries += 1;
      await base(fn);
      firstStopped = first.stop();
      throw new Error("simulated crash after commit");
    };
    const first: RunningConsumer = await startConsumer({
      brokers,
      groupId,
      topics: [topic],
      runInTransaction: crashAfterCommit,
      handlers,
      log: testLogger(),
    });
    await waitFor(() => firstStopped !== undefined, 30_000);
    await firstStopped;
    expect(deliveries).toBe(1);
    expect(await effects(event.id)).toBe(1);

    // Restarted process, same group: Kafka redelivers the uncommitted message.
    const counting: RunInTransaction = async (fn) => {
      deliveries += 1;
      return base(fn);
    };
    const second = await startConsumer({ brokers, groupId, topics: [topic], runInTransaction: counting, handlers, log: testLogger() });
    try {
      await waitFor(() => deliveries === 2, 30_000);
      const admin = createKafka({ brokers, clientId: "test-admin", log: testLogger() }).admin();
      await admin.connect();
      try {
        await waitFor(async () => {
          const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
          return offsets!.partitions.some((p) => p.offset === "1");
        });
      } finally {
        await admin.disconnect();
      }
    } finally {
      await second.stop();
    }
    expect(deliveries).toBe(2);
    expect(handlerCalls).toBe(1);
    expect(await effects(event.id)).toBe(1);
  });

  it("dead-letters poison messages, skips unknown types and goes on with the next message", async () => {
    const topic = uniqueName("poison") + ".directory.unit.v1";
    const groupId = uniqueName("poison-group");
    await ensureTopics(brokers, [topic]);
    const key = "unit-poison";
    const unknown = { ...unitUpdated(key, "x"), type: "planning.task.created" };
    const invalid = { ...unitUpdated(key, "x"), time: "hôm qua" };
    const failing = unitUpdated(key, "always fails", "POISON");
    const good = unitUpdated(key, "Phòng Tài chính - Kế hoạch");
    // One key, so one partition: they arrive in this order.
    await produce(topic, [asMessage(unknown), { key, value: "{ not json" }, asMessage(invalid), asMessage(failing), asMessage(good)]);

    let failingCalls = 0;
    const log = testLogger();
    const consumer = await startConsumer({
      brokers,
      groupId,
      topics: [topic],
      runInTransaction: pgTransactions(pool),
      maxAttempts: 3,
      backoffMs: 20,
      log,
      handlers: {
        "directory.unit.updated": async (e, tx) => {
          if (e.data.unit.code === "POISON") {
            failingCalls += 1;
            throw new Error("cannot handle this unit");
          }
          await tx.$executeRawUnsafe(`INSERT INTO effect (event_id, unit_name) VALUES ($1, $2)`, e.id, e.data.unit.name);
        },
      },
    });
    try {
      await waitFor(async () => (await effects(good.id)) === 1, 30_000);
    } finally {
      await consumer.stop();
    }

    expect(failingCalls).toBe(3);
    const processed = (await pool.query(`SELECT event_id FROM processed_event WHERE consumer_group = $1`, [groupId])).rows.map(
      (r) => r.event_id,
    );
    expect(processed.sort()).toEqual([unknown.id, good.id].sort());

    const dead = await readTopic(`${topic}.dlq`, 3);
    expect(dead).toHaveLength(3);
    const [garbage, badEnvelope, failed] = dead;
    expect(garbage!.value?.toString()).toBe("{ not json");
    expect(header(garbage!, DLQ_HEADERS.error)).toMatch(/JSON/);
    expect(header(badEnvelope!, DLQ_HEADERS.error)).toMatch(/Invalid event envelope: time/);
    expect(header(badEnvelope!, DLQ_HEADERS.attempts)).toBe("1");
    expect(failed!.key?.toString()).toBe(key);
    expect(JSON.parse(failed!.value!.toString()).id).toBe(failing.id);
    expect(header(failed!, "x-event-id")).toBe(failing.id);
    expect(header(failed!, DLQ_HEADERS.error)).toBe("cannot handle this unit");
    expect(header(failed!, DLQ_HEADERS.attempts)).toBe("3");
    expect(header(failed!, DLQ_HEADERS.group)).toBe(groupId);
    expect(header(failed!, DLQ_HEADERS.topic)).toBe(topic);
  });

  it("with batchSize, handles consecutive events in one transaction: each effect once, seen events skipped, a poison one dead-lettered alone", async () => {
    const topic = uniqueName("batch") + ".directory.unit.v1";
    const groupId = uniqueName("batch-group");
    await ensureTopics(brokers, [topic]);
    const key = "unit-batch"; // one key, one partition: one fetched batch, in this order
    const good = Array.from({ length: 30 }, (_, i) => unitUpdated(key, `Phòng ${i}`));
    const seenBefore = unitUpdated(key, "đã xử lý trước");
    const poison = unitUpdated(key, "always fails", "POISON");
    await pool.query(`INSERT INTO processed_event (consumer_group, event_id) VALUES ($1, $2)`, [groupId, seenBefore.id]);
    // Chunks of 10: the first two hold the good events 0–19 (event 3 delivered twice), the third the poison.
    const messages = [...good.slice(0, 4), good[3]!, ...good.slice(4, 19), seenBefore, poison, ...good.slice(19)].map(asMessage);
    await produce(topic, messages);

    let transactions = 0;
    const base = pgTransactions(pool);
    const counting: RunInTransaction = async (fn) => {
      transactions += 1;
      return base(fn);
    };
    const consumer = await startConsumer({
      brokers,
      groupId,
      topics: [topic],
      runInTransaction: counting,
      batchSize: 10,
      maxAttempts: 2,
      backoffMs: 20,
      log: testLogger(),
      handlers: {
        "directory.unit.updated": async (e, tx) => {
          if (e.data.unit.code === "POISON") throw new Error("cannot handle this unit");
          await tx.$executeRawUnsafe(`INSERT INTO effect (event_id, unit_name) VALUES ($1, $2)`, e.id, e.data.unit.name);
        },
      },
    });
    try {
      await waitFor(async () => (await effects(good[29]!.id)) === 1, 30_000);
    } finally {
      await consumer.stop();
    }
    for (const event of good) expect(await effects(event.id)).toBe(1);
    expect(await effects(seenBefore.id)).toBe(0);
    const dead = await readTopic(`${topic}.dlq`, 1);
    expect(JSON.parse(dead[0]!.value!.toString()).id).toBe(poison.id);
    // Two chunks together, the failed third one by one (its 10 messages, the poison tried twice), the rest together.
    expect(transactions).toBeLessThan(messages.length);
    expect(transactions).toBeGreaterThanOrEqual(2 + 10 + 1);
  });

  it("validates what it consumes with the catalogue's types", () => {
    const event = createEvent("directory.unit.created", {
      source: "directory",
      subject: "u1",
      data: {
        unit: {
          id: "u1",
          code: "U1",
          name: "Phường Hiến Nam",
          shortName: null,
          levelCode: "ward",
          parentId: null,
          validFrom: "2025-07-01",
          validTo: null,
        },
      },
    });
    expect(event.data.unit.levelCode).toBe("ward");
  });
});
