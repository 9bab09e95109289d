import { randomUUID } from "node:crypto";
import { createKafka, ensureTopics, startOutboxRelay } from "@tthc/messaging";
import { kafkaBrokers, waitFor } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, startHarness, unitId, userActor, type Harness } from "./harness.ts";

const silent = { debug() {}, info() {}, warn() {}, error() {} };
let h: Harness;

beforeAll(async () => {
  h = await startHarness("relay");
});
afterAll(async () => {
  await h?.close();
});

describe("publishing unit events", () => {
  it("the relay publishes the seed's created events and a rename to directory.unit.v1", async () => {
    const prefix = `test-directory-${randomUUID().slice(0, 8)}.`;
    const topic = `${prefix}directory.unit.v1`;
    await ensureTopics(kafkaBrokers(), [topic]);
    const received: Array<{ type: string; data: { unit: { code: string; name: string } } }> = [];
    const consumer = createKafka({ brokers: kafkaBrokers(), clientId: "directory-relay-test", log: silent }).consumer({
      groupId: `${prefix}reader`,
    });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void received.push(JSON.parse(message.value!.toString())) });

    const relay = startOutboxRelay({
      databaseUrl: h.env.DATABASE_URL,
      brokers: kafkaBrokers(),
      service: "directory",
      log: silent,
      topicPrefix: prefix,
      pollIntervalMs: 200,
    });
    try {
      const id = await unitId(h.db, "hy.tp.p.hien-nam");
      await gql(
        h.app,
        `mutation ($id: ID!) { updateUnit(id: $id, input: { shortName: "P. Hiến Nam" }) { id } }`,
        { id },
        await userActor(h.db, "admin"),
      );
      await waitFor(() => received.some((e) => e.type === "directory.unit.updated"), 30_000);
      expect(received.filter((e) => e.type === "directory.unit.created").map((e) => e.data.unit.code)).toContain("hy.tp.p.le-loi");
      expect(received.find((e) => e.type === "directory.unit.updated")!.data.unit.code).toBe("hy.tp.p.hien-nam");
      const pending = await h.db.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM outbox WHERE published_at IS NULL`);
      expect(Number(pending[0]!.n)).toBe(0);
    } finally {
      await relay.stop();
      await consumer.disconnect();
    }
  });
});
