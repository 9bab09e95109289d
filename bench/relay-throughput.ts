/**
 * Outbox relay throughput against a raw kafkajs producer, measured in the same run (see README.md).
 *
 *   npx tsx bench/relay-throughput.ts            (BENCH_EVENTS=20000, BENCH_LAG_EVENTS=1000)
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { migrate } from "@tthc/db";
import { EVENT_HEADERS, createEvent, type EventEnvelope } from "@tthc/events";
import {
  createKafka,
  enqueue,
  ensureTopics,
  messagingMigrations,
  pgTransactions,
  producerDefaults,
  startConsumer,
  startOutboxRelay,
  eventMessage,
  stderrLogger,
} from "@tthc/messaging";
import { kafkaBrokers, recreateDatabase, testDatabaseUrl, waitFor } from "@tthc/test-kit";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const LAG_EVENTS = Number(process.env.BENCH_LAG_EVENTS ?? 1_000);
const BATCH_SIZE = 500; // the relay's default batch
const LAG_EVENTS_PER_TX = 5;
const LAG_TX_INTERVAL_MS = 25; // 200 events/s: well under capacity, so lag is latency, not queueing

const brokers = kafkaBrokers();
const run = Date.now().toString(36);
const prefix = `bench-${run}.`;
const relayTopic = `${prefix}directory.unit.v1`;
// The lag phase gets its own relay and topic, so its consumer does not first wade through the backlog.
const lagPrefix = `${prefix}lag.`;
const lagTopic = `${lagPrefix}directory.unit.v1`;
const rawTopic = `${prefix}raw.directory.unit.v1`;

function events(count: number, tag: string): EventEnvelope[] {
  return Array.from({ length: count }, (_, i) => {
    const unitId = `unit-${i % 50}`;
    return createEvent("directory.unit.updated", {
      source: "bench",
      subject: unitId,
      actor: { kind: "user", id: "bench-user", unitId: "unit-city" },
      data: {
        unit: {
          id: unitId,
          code: `U${i % 50}`,
          name: `Phòng Văn hóa và Thông tin ${tag} ${i}`,
          shortName: "VH-TT",
          levelCode: "department",
          parentId: "unit-city",
          validFrom: "2024-01-01",
          validTo: null,
        },
        changed: ["name"],
      },
    });
  });
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** (1) Baseline: the same messages, batch size and producer settings as the relay, straight from memory. */
async function rawProducerRate(): Promise<number> {
  const producer = createKafka({ brokers, clientId: "bench-raw", log: stderrLogger }).producer({
    ...producerDefaults,
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  try {
    await producer.sendBatch({ topicMessages: [{ topic: rawTopic, messages: events(BATCH_SIZE, "warm-up").map(eventMessage) }] });
    const batches = chunks(events(EVENTS, "raw").map(eventMessage), BATCH_SIZE);
    const start = performance.now();
    for (const messages of batches) await producer.sendBatch({ topicMessages: [{ topic: rawTopic, messages }] });
    return EVENTS / ((performance.now() - start) / 1000);
  } finally {
    await producer.disconnect();
  }
}

async function allPublished(pool: pg.Pool): Promise<boolean> {
  return (await pool.query(`SELECT 1 FROM outbox WHERE published_at IS NULL LIMIT 1`)).rowCount === 0;
}

/** (2) The relay draining a backlog committed in one transaction: commit → every row stamped published. */
async function relayRate(pool: pg.Pool): Promise<number> {
  const transaction = pgTransactions(pool);
  await transaction((tx) => enqueue(tx, ...events(BATCH_SIZE, "warm-up")));
  await waitFor(() => allPublished(pool), 60_000, 10);
  const backlog = events(EVENTS, "relay");
  let committed = 0;
  await transaction(async (tx) => {
    await enqueue(tx, ...backlog);
  }).then(() => {
    committed = performance.now();
  });
  await waitFor(() => allPublished(pool), 300_000, 10);
  return EVENTS / ((performance.now() - committed) / 1000);
}

interface Lags {
  /** Commit → a plain kafkajs consumer's receipt: the relay's share. */
  relay: number[];
  /** Commit → the handler call inside startConsumer (its transaction and dedup included). */
  handler: number[];
}

/** (3) Paced transactions; lag = receipt − the enqueuing transaction's commit. */
async function endToEndLag(pool: pg.Pool): Promise<Lags> {
  const committedAt = new Map<string, number>();
  // Receipts are matched to commits at the end: a fast receipt can beat the committing code's own continuation.
  const received = { relay: new Map<string, number>(), handler: new Map<string, number>() };
  const plain = createKafka({ brokers, clientId: "bench-plain", log: stderrLogger }).consumer({ groupId: `bench-${run}-plain` });
  await plain.connect();
  await plain.subscribe({ topics: [lagTopic], fromBeginning: true });
  await plain.run({
    eachMessage: async ({ message }) => {
      received.relay.set(message.headers?.[EVENT_HEADERS.id]?.toString() ?? "", Date.now());
    },
  });
  const consumer = await startConsumer({
    brokers,
    groupId: `bench-${run}-lag`,
    topics: [lagTopic],
    runInTransaction: pgTransactions(pool),
    log: stderrLogger,
    handlers: {
      "directory.unit.updated": async (event) => {
        received.handler.set(event.id, Date.now());
      },
    },
  });
  try {
    // Both consumers must own their partitions before the clock starts.
    await new Promise((r) => setTimeout(r, 3_000));
    const transaction = pgTransactions(pool);
    for (const batch of chunks(events(LAG_EVENTS, "lag"), LAG_EVENTS_PER_TX)) {
      const started = Date.now();
      await transaction((tx) => enqueue(tx, ...batch));
      const commit = Date.now();
      for (const event of batch) committedAt.set(event.id, commit);
      await new Promise((r) => setTimeout(r, Math.max(0, LAG_TX_INTERVAL_MS - (commit - started))));
    }
    await waitFor(() => received.relay.size >= LAG_EVENTS && received.handler.size >= LAG_EVENTS, 120_000, 50);
  } finally {
    await Promise.all([consumer.stop(), plain.disconnect()]);
  }
  const lagsOf = (receipts: Map<string, number>) =>
    [...receipts].map(([id, at]) => Math.max(0, at - committedAt.get(id)!)).sort((a, b) => a - b);
  return { relay: lagsOf(received.relay), handler: lagsOf(received.handler) };
}

function describeLag(sorted: number[]): string {
  return `p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted.at(-1)} ms`;
}

async function main(): Promise<void> {
  const databaseUrl = testDatabaseUrl("bench_relay");
  await recreateDatabase(databaseUrl);
  await migrate(databaseUrl, [messagingMigrations]);
  const topics = [relayTopic, rawTopic, lagTopic];
  await ensureTopics(brokers, topics);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const relayOptions = { databaseUrl, brokers, service: "bench", log: stderrLogger, batchSize: BATCH_SIZE };
  const admin = createKafka({ brokers, clientId: "bench-admin", log: stderrLogger }).admin();
  try {
    console.log(
      `${EVENTS} events of ~${JSON.stringify(events(1, "size")[0]).length} bytes, batches of ${BATCH_SIZE}, broker ${brokers.join(",")}`,
    );
    const raw = await rawProducerRate();
    const throughputRelay = startOutboxRelay({ ...relayOptions, topicPrefix: prefix });
    const relayed = await relayRate(pool).finally(() => throughputRelay.stop());
    const lagRelay = startOutboxRelay({ ...relayOptions, topicPrefix: lagPrefix });
    const lags = await endToEndLag(pool).finally(() => lagRelay.stop());
    const ratio = relayed / raw;
    console.log(`raw kafkajs producer   ${raw.toFixed(0).padStart(8)} events/s`);
    console.log(`outbox → Kafka relay   ${relayed.toFixed(0).padStart(8)} events/s`);
    console.log(`ratio relay / raw      ${ratio.toFixed(2).padStart(8)}   (goal ≥ 0.50: ${ratio >= 0.5 ? "met" : "MISSED"})`);
    const rate = (1000 / LAG_TX_INTERVAL_MS) * LAG_EVENTS_PER_TX;
    console.log(`lag at ${rate} events/s (${LAG_EVENTS} events, ${LAG_EVENTS_PER_TX} per transaction):`);
    console.log(`  commit → kafkajs consumer receipt      ${describeLag(lags.relay)}`);
    console.log(`  commit → startConsumer handler call    ${describeLag(lags.handler)}`);
  } finally {
    await pool.end();
    // The test broker keeps topics forever; the bench's are of no further use.
    await admin.connect();
    await admin.deleteTopics({ topics: topics.flatMap((t) => [t, `${t}.dlq`]) }).catch(() => undefined);
    await admin.disconnect();
  }
}

await main();
