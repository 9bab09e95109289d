import { randomUUID } from "node:crypto";
import { createKafka, ensureTopics, startOutboxRelay, type Logger } from "@tthc/messaging";
import { kafkaBrokers, waitFor } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaintIdOf, ok, startHarness, submit, type Harness } from "../harness.ts";

let h: Harness;
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
// Its own topic names on the shared test broker, so no other suite reads or writes them.
const prefix = `test-complaints-outbox-${randomUUID().slice(0, 8)}.`;
const topic = `${prefix}complaints.complaint.v1`;

beforeAll(async () => {
  h = await startHarness("outbox");
  await ensureTopics(kafkaBrokers(), [topic]);
});
afterAll(async () => {
  await h?.close();
});

const publishedAt = async (id: string) =>
  (await h.db.$queryRawUnsafe<Array<{ published_at: Date | null }>>(`SELECT published_at FROM outbox WHERE key = $1`, id))[0]!.published_at;

describe("nothing lost while Kafka is down", () => {
  it("stores a PAKN submitted while the broker is unreachable and delivers its received event once Kafka is back", async () => {
    // The relay points at an address where no broker listens: Kafka is "down" for this service.
    const downRelay = startOutboxRelay({
      databaseUrl: h.env.DATABASE_URL,
      brokers: ["127.0.0.1:9"],
      service: "complaints",
      log: silent,
      topicPrefix: prefix,
      pollIntervalMs: 100,
    });
    const { trackingCode } = ok(await submit(h.app)).submitComplaint;
    const id = await complaintIdOf(h.db, trackingCode);
    expect(await h.db.complaint.count({ where: { id } })).toBe(1);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await publishedAt(id)).toBeNull();
    await downRelay.stop();

    const consumer = createKafka({ brokers: kafkaBrokers(), clientId: "complaints-outbox-test", log: silent }).consumer({
      groupId: `${prefix}reader`,
    });
    const received: Array<{ type: string; subject: string; data: { trackingCode: string } }> = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void received.push(JSON.parse(message.value!.toString())) });
    const liveRelay = startOutboxRelay({
      databaseUrl: h.env.DATABASE_URL,
      brokers: kafkaBrokers(),
      service: "complaints",
      log: silent,
      topicPrefix: prefix,
      pollIntervalMs: 100,
    });
    try {
      const event = await waitFor(() => received.find((e) => e.subject === id), 30_000);
      expect(event).toMatchObject({ type: "complaints.complaint.received", data: { trackingCode } });
      expect(await publishedAt(id)).not.toBeNull();
      // No personal data leaves the service in the event.
      // (The whole phone number, in any spacing: a bare "0912" can occur inside a uuid.)
      expect(JSON.stringify(event)).not.toMatch(/Nguyễn Văn An|0912\D?345\D?678|example\.vn/);
    } finally {
      await liveRelay.stop();
      await consumer.disconnect();
    }
  });
});
