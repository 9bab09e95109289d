import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "@tthc/test-kit";
import { enqueue, ensureTopics, pgTransactions, startOutboxRelay, type OutboxRelay } from "../src/index.ts";
import { brokers, header, messagingDatabase, readTopic, testLogger, uniqueName, unitUpdated } from "./support.ts";

const kafkaScripts = fileURLToPath(new URL("../../../infra/kafka/", import.meta.url));
const testBrokerPort = new URL(`kafka://${brokers[0]}`).port;

function kafka(script: "start.sh" | "stop.sh"): void {
  execFileSync("bash", [`${kafkaScripts}${script}`], {
    env: { ...process.env, KAFKA_PORT: testBrokerPort },
    stdio: "pipe",
    timeout: 90_000,
  });
}

describe("outbox relay", () => {
  let pool: pg.Pool;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await messagingDatabase("messaging_relay");
    pool = new pg.Pool({ connectionString: databaseUrl });
  });
  afterAll(async () => {
    await pool.end();
  });

  const unpublished = async () => Number((await pool.query(`SELECT count(*) FROM outbox WHERE published_at IS NULL`)).rows[0].count);

  it("delivers every event enqueued while Kafka is down, in order per key, once it is back", async () => {
    const prefix = `${uniqueName("relay")}.`;
    const topic = `${prefix}directory.unit.v1`;
    await ensureTopics(brokers, [topic]);
    const log = testLogger();
    const relay = startOutboxRelay({ databaseUrl, brokers, service: "test", log, pollIntervalMs: 200, topicPrefix: prefix });
    const run = pgTransactions(pool);
    const enqueued: string[] = [];
    try {
      const before = unitUpdated("unit-before", "before the outage");
      await run((tx) => enqueue(tx, before));
      enqueued.push(before.id);
      await waitFor(async () => (await unpublished()) === 0);

      kafka("stop.sh");
      try {
        const units = ["unit-a", "unit-b", "unit-c"];
        // Ten transactions, each touching every unit: the keys interleave in the outbox.
        for (let step = 1; step <= 10; step++) {
          const events = units.map((unit) => unitUpdated(unit, `step ${step}`));
          await run((tx) => enqueue(tx, ...events));
          enqueued.push(...events.map((e) => e.id));
        }
        await new Promise((r) => setTimeout(r, 1_500));
        expect(await unpublished()).toBe(30);
      } finally {
        kafka("start.sh");
      }

      await waitFor(async () => (await unpublished()) === 0, 60_000, 250);
      // The relay met the outage (kafkajs or the relay loop logged it) and carried on by itself.
      expect(log.entries.some((e) => e.level === "error" && /ECONNREFUSED/.test(e.msg ?? ""))).toBe(true);
      // A broker outage is transient: nothing was moved aside as unpublishable.
      expect((await pool.query(`SELECT count(*) FROM outbox_dead`)).rows[0].count).toBe("0");
    } finally {
      await relay.stop();
    }

    const messages = await readTopic(topic, enqueued.length);
    const firstSeen = [...new Map(messages.map((m) => [header(m, "x-event-id")!, m])).values()];
    expect(firstSeen.map((m) => header(m, "x-event-id")).sort()).toEqual([...enqueued].sort());
    for (const unit of ["unit-a", "unit-b", "unit-c"]) {
      const names = firstSeen.filter((m) => m.key?.toString() === unit).map((m) => JSON.parse(m.value!.toString()).data.unit.name);
      expect(names).toEqual(Array.from({ length: 10 }, (_, i) => `step ${i + 1}`));
    }
  });

  it("runs one active relay per database; a standby takes over when it stops", async () => {
    const prefix = `${uniqueName("relay-lock")}.`;
    const topic = `${prefix}directory.unit.v1`;
    await ensureTopics(brokers, [topic]);
    const logs = [testLogger(), testLogger()];
    const options = { databaseUrl, brokers, service: "test", pollIntervalMs: 200, topicPrefix: prefix };
    const relays: OutboxRelay[] = [startOutboxRelay({ ...options, log: logs[0]! })];
    try {
      await waitFor(() => logs[0]!.entries.some((e) => e.msg === "outbox relay: active"));
      relays.push(startOutboxRelay({ ...options, log: logs[1]! }));
      await waitFor(() => logs[1]!.entries.some((e) => e.msg === "outbox relay: another relay is active; standing by"));

      await relays[0]!.stop();
      const event = unitUpdated("unit-standby", "after takeover");
      await pgTransactions(pool)((tx) => enqueue(tx, event));
      await waitFor(async () => (await unpublished()) === 0);
      expect(logs[1]!.entries.some((e) => e.msg === "outbox relay: active")).toBe(true);
      const [message] = await readTopic(topic, 1);
      expect(header(message!, "x-event-id")).toBe(event.id);
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
    }
  });
});
