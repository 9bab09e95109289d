import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgTransactions, pruneMessagingTables } from "../src/index.ts";
import { messagingDatabase } from "./support.ts";

describe("pruning the messaging tables", () => {
  let pool: pg.Pool;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: await messagingDatabase("messaging_retention") });
  });
  afterAll(async () => {
    await pool.end();
  });

  const count = async (sql: string) => Number((await pool.query(sql)).rows[0].count);

  it("deletes published outbox rows and processed events past their retention, in slices, and nothing else", async () => {
    // Ages relative to the database's clock, which stamps the rows: no test reads the wall clock.
    await pool.query(`
      INSERT INTO outbox (event_id, topic, key, payload, created_at, published_at) VALUES
        (gen_random_uuid(), 't', 'k', '{}', now() - interval '30 days', now() - interval '8 days'),
        (gen_random_uuid(), 't', 'k', '{}', now() - interval '30 days', now() - interval '6 days'),
        (gen_random_uuid(), 't', 'k', '{}', now() - interval '30 days', NULL)`);
    // More than one slice of old rows, and one still needed.
    await pool.query(`
      INSERT INTO processed_event (consumer_group, event_id, processed_at)
      SELECT 'old', gen_random_uuid(), now() - interval '91 days' FROM generate_series(1, 5003)`);
    await pool.query(
      `INSERT INTO processed_event (consumer_group, event_id, processed_at) VALUES ('recent', gen_random_uuid(), now() - interval '89 days')`,
    );

    const pruned = await pgTransactions(pool)((tx) => pruneMessagingTables(tx, { outboxDays: 7, processedDays: 90 }));

    expect(pruned).toEqual({ outbox: 1, processed: 5003 });
    // The unpublished row stays however old it is: the relay has not sent it yet.
    expect(await count(`SELECT count(*) FROM outbox WHERE published_at IS NULL`)).toBe(1);
    expect(await count(`SELECT count(*) FROM outbox`)).toBe(2);
    expect(await count(`SELECT count(*) FROM processed_event`)).toBe(1);
    expect(await pgTransactions(pool)((tx) => pruneMessagingTables(tx, { outboxDays: 7, processedDays: 90 }))).toEqual({
      outbox: 0,
      processed: 0,
    });
  });
});
