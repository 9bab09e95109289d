import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "@tthc/db";
import { waitFor } from "@tthc/test-kit";
import {
  createKafka,
  dlqTopicOf,
  ensureTopics,
  isRecordError,
  isTransientError,
  pgTransactions,
  readDeadLetters,
  replayDeadLetters,
  showDeadLetter,
  startConsumer,
  type EventHandlers,
} from "../src/index.ts";
import { brokers, messagingDatabase, produce, testLogger, uniqueName, unitUpdated } from "./support.ts";

const cli = fileURLToPath(new URL("../src/dlq-cli.ts", import.meta.url));
const run = promisify(execFile);

function asMessage(event: { subject: string; id: string }, partition?: number) {
  return { key: event.subject, value: JSON.stringify(event), headers: { "x-event-id": event.id }, partition };
}

/** Until the group has committed every partition of the topic up to its end: all it was sent has been handled. */
async function caughtUp(groupId: string, topic: string): Promise<void> {
  const admin = createKafka({ brokers, clientId: "test-admin", log: testLogger() }).admin();
  await admin.connect();
  try {
    await waitFor(async () => {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      return ends.every((end) => {
        const at = committed!.partitions.find((p) => p.partition === end.partition)?.offset ?? "-1";
        return end.high === end.low || BigInt(at) >= BigInt(end.high);
      });
    }, 30_000);
  } finally {
    await admin.disconnect();
  }
}

describe("consumer resilience", () => {
  let pool: pg.Pool;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await messagingDatabase("messaging_consumer_resilience");
    pool = new pg.Pool({ connectionString: databaseUrl });
    // Idle connections killed by pg_terminate_backend report here; the pool has already dropped them.
    pool.on("error", () => undefined);
    await pool.query(`CREATE TABLE effect (event_id uuid NOT NULL, unit_name text NOT NULL)`);
  });
  afterAll(async () => {
    await pool.end();
  });

  const effects = async (eventId: string) =>
    Number((await pool.query(`SELECT count(*) FROM effect WHERE event_id = $1`, [eventId])).rows[0].count);

  const recordEffect: EventHandlers = {
    "directory.unit.updated": async (e, tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO effect (event_id, unit_name) VALUES ($1, $2)`, e.id, e.data.unit.name);
    },
  };

  it("classifies errors by their cause chain: pg, Prisma over adapter-pg, kafkajs", () => {
    const pgError = (code: string, severity = "ERROR") => Object.assign(new Error(`pg ${code}`), { code, severity });
    // The shape Prisma 6 with @prisma/adapter-pg throws (as observed for a terminated backend and a syntax error).
    const prisma = (code: string, severity: string) =>
      Object.assign(new Error("Invalid `prisma.$executeRawUnsafe()` invocation"), {
        name: "PrismaClientKnownRequestError",
        code: "P2010",
        meta: {
          driverAdapterError: Object.assign(new Error("driver"), {
            name: "DriverAdapterError",
            cause: { kind: "postgres", code, originalCode: code, severity, message: "…" },
          }),
        },
      });
    const kafka = (name: string, type?: string) => Object.assign(new Error(name), { name, type });

    for (const transient of [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new AggregateError([Object.assign(new Error("refused"), { code: "ECONNREFUSED" })]),
      new Error("Connection terminated unexpectedly"),
      pgError("08006"),
      pgError("40001"),
      pgError("40P01"),
      pgError("53300"),
      pgError("57P01", "FATAL"),
      pgError("55000", "FATAL"), // database is not accepting connections
      prisma("57P01", "FATAL"),
      prisma("55000", "FATAL"),
      Object.assign(new Error("Can't reach database server"), { name: "PrismaClientKnownRequestError", code: "P1001" }),
      Object.assign(new Error("wrapped"), { cause: kafka("KafkaJSConnectionError") }),
      kafka("KafkaJSRequestTimeoutError"),
    ]) {
      expect(isTransientError(transient), String(transient)).toBe(true);
    }
    for (const permanent of [
      new Error("cannot handle this unit"),
      pgError("23505"),
      pgError("42601"),
      prisma("42601", "ERROR"),
      prisma("23503", "ERROR"),
    ]) {
      expect(isTransientError(permanent), String(permanent)).toBe(false);
    }

    const retriesExceeded = (cause: Error) =>
      Object.assign(new Error("retries exceeded"), { name: "KafkaJSNumberOfRetriesExceeded", cause });
    expect(isRecordError(retriesExceeded(kafka("KafkaJSProtocolError", "UNKNOWN_TOPIC_OR_PARTITION")))).toBe(true);
    expect(isRecordError(kafka("KafkaJSProtocolError", "MESSAGE_TOO_LARGE"))).toBe(true);
    expect(isRecordError(retriesExceeded(kafka("KafkaJSConnectionError")))).toBe(false);
    expect(isRecordError(kafka("KafkaJSNonRetriableError"))).toBe(false);
  });

  it("rides out a database that refuses connections for 20 s: every event has its effect exactly once, nothing is dead-lettered", async () => {
    const topic = uniqueName("outage") + ".directory.unit.v1";
    const groupId = uniqueName("outage-group");
    await ensureTopics(brokers, [topic]);
    const log = testLogger();
    const consumer = await startConsumer({
      brokers,
      groupId,
      topics: [topic],
      runInTransaction: pgTransactions(pool),
      handlers: recordEffect,
      // Few attempts and short waits: an outage that counted against maxAttempts would dead-letter.
      maxAttempts: 2,
      backoffMs: 100,
      maxBackoffMs: 1_000,
      log,
    });
    const sent: string[] = [];
    const send = async (count: number) => {
      const events = Array.from({ length: count }, (_, i) => unitUpdated(`unit-${(sent.length + i) % 7}`, `name ${sent.length + i}`));
      await produce(
        topic,
        events.map((e) => asMessage(e)),
      );
      sent.push(...events.map((e) => e.id));
    };
    const admin = new pg.Client({ connectionString: withDatabase(databaseUrl) });
    await admin.connect();
    const database = new URL(databaseUrl).pathname.slice(1);
    try {
      await send(6);
      await waitFor(async () => Number((await pool.query(`SELECT count(*) FROM effect`)).rows[0].count) === 6, 30_000);

      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      try {
        await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [
          database,
        ]);
        // Events keep coming during the outage.
        for (let second = 0; second < 20; second++) {
          await send(2);
          await new Promise((r) => setTimeout(r, 1_000));
        }
      } finally {
        await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
      }
      await send(6);

      await waitFor(
        async () => Number((await pool.query(`SELECT count(DISTINCT event_id) FROM effect`)).rows[0].count) === sent.length,
        60_000,
        250,
      );
    } finally {
      await admin.end();
      await consumer.stop();
    }

    const counts = (await pool.query<{ event_id: string; n: string }>(`SELECT event_id, count(*) AS n FROM effect GROUP BY event_id`)).rows;
    expect(counts.map((r) => r.event_id).sort()).toEqual([...sent].sort());
    expect(counts.filter((r) => r.n !== "1")).toEqual([]);
    // The consumer did meet the outage, and treated it as transient.
    expect(log.entries.some((e) => e.msg === "consumer: transient failure; partition paused, retrying")).toBe(true);
    expect(log.entries.filter((e) => e.msg === "consumer: message dead-lettered")).toEqual([]);
    expect(await readDeadLetters(brokers, dlqTopicOf(topic))).toEqual([]);
  });

  it("pauses only the partition with a transient failure: the others go on, and it is retried past maxAttempts", async () => {
    const topic = uniqueName("stuck") + ".directory.unit.v1";
    const groupId = uniqueName("stuck-group");
    await ensureTopics(brokers, [topic]);
    let stuck = true;
    let stuckCalls = 0;
    const consumer = await startConsumer({
      brokers,
      groupId,
      topics: [topic],
      runInTransaction: pgTransactions(pool),
      maxAttempts: 2,
      backoffMs: 50,
      maxBackoffMs: 200,
      log: testLogger(),
      handlers: {
        "directory.unit.updated": async (e, tx) => {
          if (e.subject === "unit-stuck" && stuck) {
            stuckCalls += 1;
            throw Object.assign(new Error("could not serialize access due to concurrent update"), { code: "40001" });
          }
          await recordEffect["directory.unit.updated"]!(e, tx);
        },
      },
    });
    const blocked = unitUpdated("unit-stuck", "waits for the database");
    const others = [1, 1, 2, 2].map((partition, i) => ({ partition, event: unitUpdated(`unit-free-${i}`, `free ${i}`) }));
    try {
      await produce(topic, [asMessage(blocked, 0), ...others.map(({ event, partition }) => asMessage(event, partition))]);
      await waitFor(async () => (await Promise.all(others.map(({ event }) => effects(event.id)))).every((n) => n === 1), 30_000);
      await waitFor(() => stuckCalls > 3, 30_000);
      expect(await effects(blocked.id)).toBe(0);

      stuck = false;
      await waitFor(async () => (await effects(blocked.id)) === 1, 30_000);
      await caughtUp(groupId, topic);
    } finally {
      await consumer.stop();
    }
    expect(await effects(blocked.id)).toBe(1);
    expect(await readDeadLetters(brokers, dlqTopicOf(topic))).toEqual([]);
  });

  /** A consumer whose handler fails for good on POISON units until `fixed` is set. */
  async function poisonScenario(name: string) {
    const topic = uniqueName(name) + ".directory.unit.v1";
    const groupId = uniqueName(`${name}-group`);
    await ensureTopics(brokers, [topic]);
    const state = { fixed: false, poisonEffects: 0 };
    const consumer = await startConsumer({
      brokers,
      groupId,
      topics: [topic],
      runInTransaction: pgTransactions(pool),
      maxAttempts: 2,
      backoffMs: 20,
      log: testLogger(),
      handlers: {
        "directory.unit.updated": async (e, tx) => {
          if (e.data.unit.code === "POISON") {
            if (!state.fixed) throw new Error("cannot handle this unit");
            state.poisonEffects += 1;
          }
          await recordEffect["directory.unit.updated"]!(e, tx);
        },
      },
    });
    const poison = unitUpdated("unit-poison", "poison", "POISON");
    const good = unitUpdated("unit-poison", "after the poison");
    await produce(topic, [asMessage(poison), asMessage(good)]);
    const dlq = dlqTopicOf(topic);
    await waitFor(async () => (await effects(good.id)) === 1, 30_000);
    const [letter] = await waitFor(async () => {
      const letters = await readDeadLetters(brokers, dlq);
      return letters.length === 1 && letters;
    }, 30_000);
    return { topic, groupId, dlq, consumer, state, poison, letter: letter! };
  }

  it("dead-letters a poison event; once the handler is fixed, replaying it (once or again) gives its effect exactly once", async () => {
    const { topic, groupId, dlq, consumer, state, poison, letter } = await poisonScenario("replay");
    try {
      expect(letter).toMatchObject({
        eventId: poison.id,
        type: "directory.unit.updated",
        error: "cannot handle this unit",
        originalTopic: topic,
      });
      const shown = await showDeadLetter(brokers, dlq, letter.ref);
      expect(JSON.parse(shown.value!)).toEqual(poison);
      expect(shown.headers["x-dlq-attempts"]).toBe("2");
      expect(await effects(poison.id)).toBe(0);

      state.fixed = true;
      expect(await replayDeadLetters(brokers, dlq, [letter.ref])).toEqual([{ ref: letter.ref, topic, eventId: poison.id }]);
      await waitFor(async () => (await effects(poison.id)) === 1, 30_000);

      // Replaying again (here: everything) is harmless: the event is now recorded as processed.
      await replayDeadLetters(brokers, dlq, "all");
      await caughtUp(groupId, topic);
    } finally {
      await consumer.stop();
    }
    expect(await effects(poison.id)).toBe(1);
    expect(state.poisonEffects).toBe(1);
  });

  it("replays through the CLI process: list, show, replay --all", async () => {
    const { topic, groupId, dlq, consumer, state, poison, letter } = await poisonScenario("cli");
    const env = { ...process.env, KAFKA_BROKERS: brokers.join(",") };
    // What `npx tsx packages/messaging/src/dlq-cli.ts …` runs, without npx's own start-up.
    const dlqCli = (...args: string[]) => run(process.execPath, ["--import", "tsx", cli, ...args], { env, timeout: 60_000 });
    try {
      const listed = await dlqCli("list", dlq);
      expect(listed.stdout).toContain(`${letter.ref}\t${poison.id}\tdirectory.unit.updated`);
      expect(listed.stdout).toContain("cannot handle this unit");
      const shown = JSON.parse((await dlqCli("show", dlq, letter.ref)).stdout);
      expect(shown.value).toEqual(poison);

      state.fixed = true;
      const replayed = await dlqCli("replay", dlq, "--all");
      expect(replayed.stdout).toContain(poison.id);
      await waitFor(async () => (await effects(poison.id)) === 1, 30_000);
      await caughtUp(groupId, topic);
    } finally {
      await consumer.stop();
    }
    expect(state.poisonEffects).toBe(1);
  });
});
