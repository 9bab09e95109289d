import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "@tthc/test-kit";
import {
  ensureTopics,
  pgTransactions,
  progressLine,
  replayReadModel,
  ReplayRefusedError,
  startConsumer,
  type EventHandlers,
  type ReplayProgress,
} from "../src/index.ts";
import { brokers, messagingDatabase, produce, testLogger, uniqueName, unitUpdated } from "./support.ts";

const asMessage = (event: { subject: string; id: string }) => ({ key: event.subject, value: JSON.stringify(event) });

describe("replaying a read model from offset 0", () => {
  let pool: pg.Pool;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: await messagingDatabase("messaging_replay") });
    // A read model that depends on every event and on their order within a unit: the last name and a count.
    await pool.query(`CREATE TABLE unit_view (unit_id text PRIMARY KEY, name text NOT NULL, updates int NOT NULL)`);
  });
  afterAll(async () => {
    await pool.end();
  });

  const view = async () => (await pool.query(`SELECT unit_id, name, updates FROM unit_view ORDER BY unit_id`)).rows;
  const handlers: EventHandlers = {
    "directory.unit.updated": async (event, tx) => {
      // A handler failing for one event: the live consumer dead-letters it, the replay skips it.
      if (event.data.unit.name === "POISON") throw new Error("cannot project this unit");
      await tx.$executeRawUnsafe(
        `INSERT INTO unit_view (unit_id, name, updates) VALUES ($1, $2, 1)
         ON CONFLICT (unit_id) DO UPDATE SET name = EXCLUDED.name, updates = unit_view.updates + 1`,
        event.subject,
        event.data.unit.name,
      );
    },
  };
  const processed = async (groupId: string) =>
    Number((await pool.query(`SELECT count(*) FROM processed_event WHERE consumer_group = $1`, [groupId])).rows[0].count);

  it("rebuilds the same model the live consumer built, refuses while the consumer runs, and leaves the consumer to go on", async () => {
    const topic = uniqueName("replay") + ".directory.unit.v1";
    const groupId = uniqueName("replay-group");
    await ensureTopics(brokers, [topic]);
    const events = Array.from({ length: 60 }, (_, i) => unitUpdated(`unit-${i % 6}`, i === 17 ? "POISON" : `Phường ${i}`));
    await produce(topic, events.map(asMessage));

    const runInTransaction = pgTransactions(pool);
    const live = await startConsumer({ brokers, groupId, topics: [topic], runInTransaction, handlers, log: testLogger(), maxAttempts: 1 });
    let liveStopped = false;
    try {
      await waitFor(async () => (await processed(groupId)) === events.length - 1, 30_000);
      const built = await view();
      expect(built.reduce((sum, row) => sum + row.updates, 0)).toBe(events.length - 1);

      // While the live group has a member, a replay would apply events twice: refused, nothing changed.
      await expect(
        replayReadModel({ brokers, groupId, topics: [topic], handlers, runInTransaction, log: testLogger(), reset: async () => {} }),
      ).rejects.toBeInstanceOf(ReplayRefusedError);

      await live.stop();
      liveStopped = true;
      await pool.query(`UPDATE unit_view SET name = 'lost', updates = 0`);
      const seen: ReplayProgress[] = [];
      let tick = 0;
      const result = await replayReadModel({
        brokers,
        groupId,
        topics: [topic],
        handlers,
        runInTransaction,
        log: testLogger(),
        reset: (tx) => tx.$executeRawUnsafe(`DELETE FROM unit_view`).then(() => undefined),
        onProgress: (p) => seen.push(p),
        elapsedMs: () => (tick += 250),
      });
      expect(await view()).toEqual(built);
      expect(result).toMatchObject({ done: events.length, total: events.length, skipped: 1 });
      expect(seen[0]).toMatchObject({ done: 0, total: events.length });
      expect(seen.at(-1)!.secondsLeft).toBe(0);
      expect(progressLine(seen.at(-1)!)).toMatch(/^\[#{30}\] 100% 60\/60 events · \d+ events\/s · 0 s left · 1 skipped$/);
    } finally {
      if (!liveStopped) await live.stop();
    }

    // The consumers start again from their committed offsets: one new event is applied once, none twice.
    const next = unitUpdated("unit-0", "Phường mới");
    await produce(topic, [asMessage(next)]);
    const again = await startConsumer({ brokers, groupId, topics: [topic], runInTransaction, handlers, log: testLogger() });
    try {
      await waitFor(async () => (await processed(groupId)) === events.length + 1, 30_000);
      const unit0 = (await view()).find((row) => row.unit_id === "unit-0");
      expect(unit0).toEqual({ unit_id: "unit-0", name: "Phường mới", updates: 11 });
    } finally {
      await again.stop();
    }
  });
});
