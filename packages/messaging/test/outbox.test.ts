import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventValidationError, type EventEnvelope } from "@tthc/events";
import { enqueue, pgTransactions } from "../src/index.ts";
import { messagingDatabase, unitUpdated } from "./support.ts";

describe("outbox", () => {
  let pool: pg.Pool;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await messagingDatabase("messaging_outbox");
    pool = new pg.Pool({ connectionString: databaseUrl });
  });
  afterAll(async () => {
    await pool.end();
  });

  const rows = async () =>
    (
      await pool.query<{ event_id: string; topic: string; key: string; payload: EventEnvelope; headers: Record<string, string> }>(
        `SELECT event_id, topic, key, payload, headers FROM outbox ORDER BY seq`,
      )
    ).rows;

  it("writes events in the caller's transaction, with topic, key and headers", async () => {
    const before = (await rows()).length;
    const first = unitUpdated("unit-a", "A1");
    const second = unitUpdated("unit-b", "B1");
    await pgTransactions(pool)((tx) => enqueue(tx, first, second));
    const written = (await rows()).slice(before);
    expect(written.map((r) => r.event_id)).toEqual([first.id, second.id]);
    expect(written[0]).toMatchObject({
      topic: "directory.unit.v1",
      key: "unit-a",
      payload: first,
      headers: { "x-event-type": "directory.unit.updated", "x-event-id": first.id, "x-correlation-id": first.correlationId },
    });
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const before = (await rows()).length;
    await expect(
      pgTransactions(pool)(async (tx) => {
        await enqueue(tx, unitUpdated("unit-a", "A2"));
        throw new Error("business rule failed");
      }),
    ).rejects.toThrow("business rule failed");
    expect(await rows()).toHaveLength(before);
  });

  it("rejects an invalid event and writes none of the batch", async () => {
    const before = (await rows()).length;
    const bad = { ...unitUpdated("unit-a", "A3"), subject: "" } as EventEnvelope;
    await expect(pgTransactions(pool)((tx) => enqueue(tx, unitUpdated("unit-a", "A3"), bad))).rejects.toThrow(EventValidationError);
    expect(await rows()).toHaveLength(before);
  });

  it("notifies the relay when the transaction commits", async () => {
    const listener = new pg.Client({ connectionString: databaseUrl });
    await listener.connect();
    try {
      await listener.query("LISTEN tthc_outbox");
      const notified = new Promise((resolve) => listener.once("notification", resolve));
      await pgTransactions(pool)((tx) => enqueue(tx, unitUpdated("unit-c", "C1")));
      await expect(notified).resolves.toMatchObject({ channel: "tthc_outbox" });
    } finally {
      await listener.end();
    }
  });
});
