import { execFile } from "node:child_process";
import { once } from "node:events";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "@tthc/test-kit";
import {
  RELAY_TAKEOVER_BOUND_MS,
  enqueue,
  ensureTopics,
  listDeadOutboxRows,
  pgTransactions,
  retryDeadOutboxRows,
  startOutboxRelay,
  type OutboxRelay,
} from "../src/index.ts";
import { brokers, header, messagingDatabase, readTopic, testLogger, uniqueName, unitUpdated } from "./support.ts";

const cli = fileURLToPath(new URL("../src/dlq-cli.ts", import.meta.url));
const run = promisify(execFile);

/**
 * A TCP proxy to PostgreSQL that can go silent: it stops forwarding both ways but keeps every
 * socket open, as a partitioned network or a frozen NAT would. No FIN, no RST: neither end is told.
 */
async function silenceableProxy(target: { host: string; port: number }) {
  let forwarding = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      from.on("data", (chunk) => {
        if (forwarding) to.write(chunk);
      });
      from.on("end", () => forwarding && to.end());
      from.on("error", () => to.destroy());
      from.on("close", () => sockets.delete(from));
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    port: (server.address() as net.AddressInfo).port,
    silence() {
      forwarding = false;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

describe("outbox relay resilience", () => {
  it("a standby takes over within the bound when the active relay's connection is silently cut", async () => {
    const databaseUrl = await messagingDatabase("messaging_relay_cut");
    const pool = new pg.Pool({ connectionString: databaseUrl });
    const prefix = `${uniqueName("relay-cut")}.`;
    const topic = `${prefix}directory.unit.v1`;
    await ensureTopics(brokers, [topic]);
    const server = new URL(databaseUrl);
    const proxy = await silenceableProxy({ host: server.hostname, port: Number(server.port || 5432) });
    const throughProxy = new URL(databaseUrl);
    throughProxy.host = `127.0.0.1:${proxy.port}`;

    const pollIntervalMs = 200;
    const options = { brokers, service: "test", pollIntervalMs, topicPrefix: prefix };
    const [activeLog, standbyLog] = [testLogger(), testLogger()];
    const relays: OutboxRelay[] = [];
    const unpublished = async () => Number((await pool.query(`SELECT count(*) FROM outbox WHERE published_at IS NULL`)).rows[0].count);
    const enqueued: string[] = [];
    const write = async (name: string) => {
      const event = unitUpdated(`unit-${enqueued.length % 3}`, name);
      await pgTransactions(pool)((tx) => enqueue(tx, event));
      enqueued.push(event.id);
    };
    try {
      relays.push(startOutboxRelay({ ...options, databaseUrl: throughProxy.toString(), log: activeLog }));
      await waitFor(() => activeLog.entries.some((e) => e.msg === "outbox relay: active"));
      relays.push(startOutboxRelay({ ...options, databaseUrl, log: standbyLog }));
      await waitFor(() => standbyLog.entries.some((e) => e.msg === "outbox relay: another relay is active; standing by"));
      await write("before the cut");
      await waitFor(async () => (await unpublished()) === 0);

      proxy.silence();
      // A duration, measured on the monotonic clock: never the time of day.
      const cutAt = performance.now();
      for (let i = 1; i <= 5; i++) await write(`after the cut ${i}`);

      // The server keeps the cut session, and its lock, until idle_session_timeout ends it; the
      // standby then gets the lock on its next poll. A round trip and a slow machine get 2 s.
      const bound = RELAY_TAKEOVER_BOUND_MS + pollIntervalMs + 2_000;
      await waitFor(() => standbyLog.entries.some((e) => e.msg === "outbox relay: active"), bound + 10_000, 50);
      const takeoverMs = Math.round(performance.now() - cutAt);
      console.log(`relay takeover after a silent cut: ${takeoverMs} ms (bound ${bound} ms)`);
      expect(takeoverMs).toBeLessThan(bound);

      await waitFor(async () => (await unpublished()) === 0, 30_000);
      // The cut relay noticed by itself too (a query or its heartbeat timed out), rather than waiting forever.
      expect(activeLog.entries.some((e) => JSON.stringify(e.obj).includes("Query read timeout"))).toBe(true);
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
      await proxy.close();
      await pool.end();
    }
    const delivered = new Set((await readTopic(topic, enqueued.length)).map((m) => header(m, "x-event-id")));
    expect(enqueued.filter((id) => !delivered.has(id))).toEqual([]);
  });

  describe("rows that can never be published", () => {
    let pool: pg.Pool;
    let databaseUrl: string;

    beforeAll(async () => {
      databaseUrl = await messagingDatabase("messaging_relay_dead");
      pool = new pg.Pool({ connectionString: databaseUrl });
    });
    afterAll(async () => {
      await pool.end();
    });

    it("move to outbox_dead without blocking the rows after them; retry puts them back", async () => {
      const prefix = `${uniqueName("relay-dead")}.`;
      const topic = `${prefix}directory.unit.v1`;
      const ghostTopic = "directory.ghost.v1"; // not created (yet)
      await ensureTopics(brokers, [topic]);
      const first = unitUpdated("unit-dead", "first");
      const ghost = unitUpdated("unit-dead", "to a topic nobody created");
      const second = unitUpdated("unit-dead", "second");
      const huge = unitUpdated("unit-dead", "too large");
      const third = unitUpdated("unit-dead", "third");
      await pgTransactions(pool)(async (tx) => {
        await enqueue(tx, first, ghost, second, huge, third);
        // A topic nobody created, and a payload larger than the broker's message.max.bytes (1 MB by default).
        await tx.$executeRawUnsafe(`UPDATE outbox SET topic = $1 WHERE event_id = $2`, ghostTopic, ghost.id);
        await tx.$executeRawUnsafe(
          `UPDATE outbox SET payload = jsonb_set(payload, '{padding}', to_jsonb(repeat('x', 1200000))) WHERE event_id = $1`,
          huge.id,
        );
      });

      const log = testLogger();
      const relay = startOutboxRelay({ databaseUrl, brokers, service: "test", log, pollIntervalMs: 200, topicPrefix: prefix });
      const startedAt = performance.now();
      try {
        await waitFor(async () => (await listDeadOutboxRows(databaseUrl)).length === 2, 60_000, 250);
        const good = await readTopic(topic, 3);
        console.log(`unpublishable rows moved aside after ${Math.round(performance.now() - startedAt)} ms`);
        const order = [...new Map(good.map((m) => [header(m, "x-event-id"), m])).keys()];
        expect(order).toEqual([first.id, second.id, third.id]);

        const dead = await listDeadOutboxRows(databaseUrl);
        expect(dead.map((r) => r.eventId)).toEqual([ghost.id, huge.id]);
        expect(dead[0]!.error).toMatch(/does not host this topic-partition/);
        expect(dead[1]!.error).toMatch(/larger than the max/);
        expect(
          log.entries.filter((e) => e.level === "error" && e.msg === "outbox relay: row cannot be published; moved to outbox_dead"),
        ).toHaveLength(2);
        const unpublished = (await pool.query(`SELECT count(*) FROM outbox WHERE published_at IS NULL`)).rows[0].count;
        expect(Number(unpublished)).toBe(0);

        // The topic is created after all: retrying (the exported function) publishes the row.
        await ensureTopics(brokers, [prefix + ghostTopic]);
        expect(await retryDeadOutboxRows(databaseUrl, [dead[0]!.seq])).toEqual([dead[0]!.seq]);
        const [delivered] = await readTopic(prefix + ghostTopic, 1);
        expect(header(delivered!, "x-event-id")).toBe(ghost.id);

        // Through the CLI process: listed, moved back, and — still too large — moved aside again.
        const env = { ...process.env, DATABASE_URL: databaseUrl };
        const dlqCli = (...args: string[]) => run(process.execPath, ["--import", "tsx", cli, ...args], { env, timeout: 60_000 });
        const listed = await dlqCli("outbox-list");
        expect(listed.stdout).toContain(`${dead[1]!.seq}\t${huge.id}\tdirectory.unit.v1`);
        expect(listed.stdout).not.toContain(ghost.id);
        const retried = await dlqCli("outbox-retry", "--all");
        expect(retried.stdout.trim()).toBe(dead[1]!.seq);
        await waitFor(
          async () => {
            const again = await listDeadOutboxRows(databaseUrl);
            return again.length === 1 && again[0]!.eventId === huge.id && again[0]!.seq !== dead[1]!.seq;
          },
          60_000,
          250,
        );
      } finally {
        await relay.stop();
      }
    });
  });
});
