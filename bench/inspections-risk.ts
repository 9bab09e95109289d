/**
 * Risk-based suggestions at city scale (issue 11 item 7): the ranking read through the gateway vs the same
 * ranking by direct SQL on the read model, and the signals consumer's ingest rate vs a raw kafkajs
 * consumer on the same topic, each as a ratio measured in the same run (see README.md).
 *
 *   npx tsx infra/stack/up.ts test          # the running test stack (gateway, inspections, broker)
 *   npx tsx bench/inspections-risk.ts       # from the repository root
 *
 * Environment: BENCH_UNITS (default 3300), BENCH_SIGNALS (default 200000; BENCH_SCALE=1m for 1,000,000),
 * BENCH_INGEST_EVENTS (events the two consumers read, default BENCH_SIGNALS), BENCH_RUNS (rankings timed
 * per path, default 10), BENCH_PARTS (ranking,ingest by default), BENCH_TIMEOUT_SECONDS (bound of each wait, default 900), BENCH_KEEP=1 keeps the
 * bench units and signals in the stack's inspections database (they are removed at the end otherwise).
 *
 * Ranking: BENCH_UNITS units ("bench-unit-…") and BENCH_SIGNALS signal rows spread over the 12 months
 * before the stack's day are written into the stack's inspections read model (unit_replica, unit_signal)
 * in SQL; then `riskRanking(first: 50)` is timed through the gateway as the city office, and the same use
 * case (one SQL statement) straight on the database.
 *
 * Ingest: the load generator, in its own process (this file with `produce`), publishes BENCH_INGEST_EVENTS
 * catalogued `complaints.complaint.overdue` events to a topic of this run; then a raw kafkajs consumer
 * reads them all (JSON parsed, nothing stored), and the inspections service's own consumer (its handlers in
 * chunks of its batchSize a transaction, each event deduplicated) writes them into a scratch database.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { migrate } from "@tthc/db";
import { createEvent } from "@tthc/events";
import {
  createKafka,
  ensureTopics,
  messagingMigrations,
  producerDefaults,
  startConsumer,
  eventMessage,
  stderrLogger,
} from "@tthc/messaging";
import { recreateDatabase, testDatabaseUrl, testUser, waitFor } from "@tthc/test-kit";
import { median, produceInChild, rawConsumerRate, timed } from "./kafka-kit.ts";
import { createDb, migrations } from "../apps/inspections/src/db/client.ts";
import { consumer as inspectionsConsumer } from "../apps/inspections/src/events/handlers.ts";
import { riskRanking } from "../apps/inspections/src/use-cases/signals.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const UNITS = Number(process.env.BENCH_UNITS ?? 3300);
const SIGNALS = Number(process.env.BENCH_SIGNALS ?? (process.env.BENCH_SCALE === "1m" ? 1_000_000 : 200_000));
const INGEST = Number(process.env.BENCH_INGEST_EVENTS ?? SIGNALS);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_SECONDS ?? 900) * 1000;
const AS_OF = (process.env.TEST_CLOCK ?? "2026-03-16").slice(0, 10);
const PAGE = 50;
/** Which parts run: "ranking", "ingest" or both (the default), comma-separated. */
const PARTS = (process.env.BENCH_PARTS ?? "ranking,ingest").split(",");

const unitId = (i: number) => `bench-unit-${String(i).padStart(5, "0")}`;

/** The load generator (its own process): INGEST overdue PAKN of UNITS units, in batches of 1,000. */
async function produce(brokers: string[], topic: string, count: number, units: number): Promise<void> {
  const producer = createKafka({ brokers, clientId: "bench-risk-load", log: stderrLogger }).producer({
    ...producerDefaults,
    idempotent: true,
  });
  await producer.connect();
  try {
    for (let start = 0; start < count; start += 1000) {
      const messages = Array.from({ length: Math.min(1000, count - start) }, (_, j) => {
        const i = start + j;
        const unit = unitId(i % units);
        return eventMessage(
          createEvent("complaints.complaint.overdue", {
            source: "bench",
            subject: `bench-complaint-${i}`,
            data: {
              step: "handle",
              dueDay: AS_OF,
              unitId: unit,
              unitIds: [unit],
              title: `PAKN quá hạn xử lý (${i})`,
              link: `/complaints/bench-complaint-${i}`,
            },
          }),
        );
      });
      await producer.sendBatch({ topicMessages: [{ topic, messages }] });
    }
  } finally {
    await producer.disconnect();
  }
}

/** (1) The ranking over UNITS units and SIGNALS signals: through the gateway vs the use case on the database. */
async function ranking(stack: { gatewayUrl: string; databaseUrls: Record<string, string> }): Promise<void> {
  const pool = new pg.Pool({ connectionString: stack.databaseUrls.inspections, max: 2 });
  try {
    const loadStart = performance.now();
    await pool.query(
      `INSERT INTO unit_replica (id, code, name, level_code, parent_id, valid_from, event_time)
       SELECT 'bench-unit-' || lpad(g::text, 5, '0'), 'bench.' || g, 'Đơn vị thử tải ' || lpad(g::text, 5, '0'), 'commune', NULL, '2024-01-01', now()
         FROM generate_series(0, $1 - 1) g ON CONFLICT (id) DO NOTHING`,
      [UNITS],
    );
    // Spread over the 12 months before AS_OF and over the units (by a hash), in the kinds the score weighs.
    await pool.query(
      `INSERT INTO unit_signal (event_id, kind, unit_id, subject, day, late)
       SELECT 'bench-' || g, (ARRAY['complaint-overdue', 'occurrence-overdue', 'report-submitted'])[1 + g % 3],
              'bench-unit-' || lpad((abs(hashtext(g::text)) % $2)::text, 5, '0'), 'bench-subject-' || g,
              $3::date - (g % 365), CASE WHEN g % 3 = 2 THEN true END
         FROM generate_series(1, $1) g ON CONFLICT (event_id) DO NOTHING`,
      [SIGNALS, UNITS, AS_OF],
    );
    await pool.query(`ANALYZE unit_signal; ANALYZE unit_replica`);
    console.log(`read model: ${UNITS} units, ${SIGNALS} signals written in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);

    const login = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(username: "admin", password: "Admin@2024") { accessToken } }` }),
    });
    const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    const query = `query($asOf: Date!, $first: Int!) { riskRanking(asOf: $asOf, first: $first) { total items { unitId unitName score reasons { kind count weight } } } }`;
    let gatewayTop = "";
    const throughGateway = await timed(RUNS, async () => {
      const res = await fetch(stack.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { asOf: AS_OF, first: PAGE } }),
      });
      const body = (await res.json()) as { data?: { riskRanking: { total: number; items: Array<{ unitId: string }> } }; errors?: unknown };
      if (!body.data) throw new Error(`riskRanking failed: ${JSON.stringify(body.errors)}`);
      gatewayTop = body.data.riskRanking.items.map((i) => i.unitId).join(",");
    });

    const db = createDb(stack.databaseUrls.inspections!);
    const admin = testUser("bench-admin", "admin", null, ["CITY_ADMIN"]);
    let directTop = "";
    let total = 0;
    const direct = await timed(RUNS, async () => {
      const page = await riskRanking(db, admin, AS_OF as Parameters<typeof riskRanking>[2], PAGE, null);
      directTop = page.items.map((i) => i.unitId).join(",");
      total = page.total;
    });
    await db.$disconnect();
    if (directTop !== gatewayTop) console.warn("warning: the two paths returned different pages");
    const [g, d] = [median(throughGateway.times), median(direct.times)];
    console.log(`ranking (${total} units with a score, first ${PAGE}), median of ${RUNS}:`);
    console.log(`  direct SQL (the use case on the read model)  ${d.toFixed(1)} ms`);
    console.log(`  through the gateway                          ${g.toFixed(1)} ms`);
    console.log(`  ratio gateway / direct                       ${(g / d).toFixed(2)}`);
  } finally {
    if (process.env.BENCH_KEEP !== "1") {
      await pool.query(`DELETE FROM unit_signal WHERE event_id LIKE 'bench-%'`);
      await pool.query(`DELETE FROM unit_replica WHERE id LIKE 'bench-unit-%'`);
    }
    await pool.end();
  }
}

/** (2) INGEST events: a raw kafkajs consumer vs the inspections signals consumer, same topic. */
async function ingest(brokers: string[]): Promise<void> {
  const run = Date.now().toString(36);
  const topic = `bench-${run}.complaints.complaint.v1`;
  await ensureTopics(brokers, [topic]);
  const seconds = await produceInChild(fileURLToPath(import.meta.url), [topic, String(INGEST), String(UNITS)], TIMEOUT_MS);
  console.log(`load generator: ${INGEST} events in ${seconds.toFixed(1)} s`);
  const rawRate = await rawConsumerRate(brokers, topic, INGEST, `bench-${run}-raw`, TIMEOUT_MS);

  // The service's consumer, into a scratch database of the inspections schema.
  const databaseUrl = testDatabaseUrl("bench_inspections_ingest");
  await recreateDatabase(databaseUrl);
  await migrate(databaseUrl, [messagingMigrations, ...migrations]);
  const db = createDb(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const stored = async () => Number((await pool.query(`SELECT count(*) AS n FROM unit_signal`)).rows[0].n);
  const signalsStart = performance.now();
  const running = await startConsumer({
    brokers,
    groupId: `bench-${run}-signals`,
    topics: [topic],
    runInTransaction: (fn) => db.$transaction(fn),
    handlers: inspectionsConsumer.handlers,
    batchSize: inspectionsConsumer.batchSize,
    log: stderrLogger,
  });
  try {
    // Bounded: on timeout the rate is of what was stored by then.
    await waitFor(async () => (await stored()) >= INGEST, TIMEOUT_MS, 250).catch(() => console.warn("warning: timed out; partial count"));
  } finally {
    const signalsSeconds = (performance.now() - signalsStart) / 1000;
    const done = await stored();
    await running.stop();
    await pool.end();
    await db.$disconnect();
    const signalsRate = done / signalsSeconds;
    console.log(`ingest of ${INGEST} events (${done} stored by the signals consumer):`);
    console.log(`  raw kafkajs consumer            ${Math.round(rawRate)} events/s`);
    console.log(`  inspections signals consumer    ${Math.round(signalsRate)} events/s`);
    console.log(`  ratio signals / raw             ${(signalsRate / rawRate).toFixed(3)}`);
  }
  const admin = createKafka({ brokers, clientId: "bench-risk-admin", log: stderrLogger }).admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic, `${topic}.dlq`] }).catch(() => undefined);
  await admin.disconnect();
}

async function main(): Promise<void> {
  if (process.argv[2] === "produce") {
    const [topic, count, units] = process.argv.slice(3);
    const brokers = (process.env.KAFKA_BROKERS ?? "127.0.0.1:19092").split(",");
    await produce(brokers, topic!, Number(count), Number(units));
    return;
  }
  const deadline = setTimeout(() => {
    console.error(`bench: stopped after ${TIMEOUT_MS / 1000} s x 3`);
    process.exit(2);
  }, TIMEOUT_MS * 3);
  deadline.unref();
  if (PARTS.includes("ranking")) {
    const stack = JSON.parse(readFileSync(join(ROOT, `.data/run/${process.env.STACK_PROFILE ?? "test"}/stack.json`), "utf8")) as {
      gatewayUrl: string;
      kafkaBrokers: string;
      databaseUrls: Record<string, string>;
    };
    await ranking(stack);
    process.env.KAFKA_BROKERS = stack.kafkaBrokers;
  }
  // The ingest alone needs only a broker (KAFKA_BROKERS) and PostgreSQL, no stack.
  if (PARTS.includes("ingest")) await ingest((process.env.KAFKA_BROKERS ?? "127.0.0.1:19092").split(","));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
