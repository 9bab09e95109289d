/**
 * Reporting at city scale (issue 12): a quarterly report's figures read from the projections (the per-unit
 * per-day sums) vs the same figures by a plain SQL aggregate over the raw event rows, and the projection
 * consumer's ingest rate vs a raw kafkajs consumer on the same topic, each as a ratio measured in the same
 * run (see README.md). Needs PostgreSQL and a broker (the test broker, or KAFKA_BROKERS); no stack.
 *
 *   npx tsx bench/reporting.ts              # from the repository root
 *
 * Environment: BENCH_EVENTS (dossier events of the figures part, default 1,000,000; BENCH_SCALE=10m for
 * 10,000,000), BENCH_UNITS (resolving units, default 300), BENCH_INGEST_EVENTS (events the two consumers
 * read, default 10,000), BENCH_RUNS (reports timed per path, default 5), BENCH_TIMEOUT_SECONDS (bound of
 * each wait, default 900), KAFKA_BROKERS (default 127.0.0.1:19092), POSTGRES_URL.
 *
 * Figures: BENCH_EVENTS `reporting.dossier.recorded` events of generated dossiers received over 2025–2026
 * (received, digitised, paid online, returned for completion, apology slips, then resolved early / on time /
 * late, refused, withdrawn or still open) are written into a scratch reporting database
 * (tthc_test_bench_reporting): the raw rows into ProjectedEvent, and each dossier's contributions, folded by
 * the projection's own `dossierContributions`, summed into DailyFact in bulk (the consumer's per-event path
 * is what the ingest part measures). Then the Q1/2026 report of the quarterly kind (its cut-off window) is
 * computed by the use case `formFigures` and by one aggregate over ProjectedEvent; the two must agree.
 *
 * Ingest: the load generator, in its own process (this file with `produce`), publishes BENCH_INGEST_EVENTS
 * such events to a topic of this run; a raw kafkajs consumer reads them all (JSON parsed, nothing stored),
 * then reporting's consumer (its handlers, startConsumer's dedup) projects them into a second scratch
 * database: as it runs live (chunks of `consumer.batchSize` events a transaction, projected set-based by
 * `consumer.handleBatch`) and with one event a transaction.
 */
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { addDays, parseLocalDate, type LocalDate } from "@tthc/calendar";
import { migrate } from "@tthc/db";
import { createEvent, type EventData } from "@tthc/events";
import {
  createKafka,
  ensureTopics,
  eventMessage,
  messagingMigrations,
  producerDefaults,
  startConsumer,
  stderrLogger,
} from "@tthc/messaging";
import { recreateDatabase, testDatabaseUrl, waitFor } from "@tthc/test-kit";
import { median, produceInChild, rawConsumerRate, timed } from "./kafka-kit.ts";
import { createDb, migrations } from "../apps/reporting/src/db/client.ts";
import { findKind } from "../apps/reporting/src/db/registry.ts";
import { dossierContributions } from "../apps/reporting/src/domain/facts/dossier.ts";
import type { StoredEvent } from "../apps/reporting/src/domain/facts/contribution.ts";
import { reportPeriod } from "../apps/reporting/src/domain/report-periods.ts";
import { consumer as reportingConsumer } from "../apps/reporting/src/events/handlers.ts";
import { formFigures } from "../apps/reporting/src/use-cases/report-figures.ts";

const EVENTS = Number(process.env.BENCH_EVENTS ?? (process.env.BENCH_SCALE === "10m" ? 10_000_000 : 1_000_000));
const UNITS = Number(process.env.BENCH_UNITS ?? 300);
const INGEST = Number(process.env.BENCH_INGEST_EVENTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_SECONDS ?? 900) * 1000;
const KIND = "tthc-control-quarterly";
const FIRST_DAY = parseLocalDate("2025-01-01");
const DAYS = 730;
const DOSSIER_EVENT = "reporting.dossier.recorded";
// The same dossiers in every run, for the figures and for the ingest.
const SEED = 1;

type StepData = EventData<typeof DOSSIER_EVENT>;
interface Step {
  id: string;
  time: string;
  data: StepData;
}

/** A small seeded generator (mulberry32), so every run writes the same dossiers. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An instant in office hours, Vietnam time, on `day`. */
const at = (day: LocalDate, minutes: number) =>
  new Date(
    `${day}T${String(8 + Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00+07:00`,
  ).toISOString();

/** Dossiers one after the other, each as its steps in the order they happened (about 2.8 steps a dossier). */
function* dossiers(seed: number): Generator<Step[]> {
  const next = random(seed);
  for (let i = 0; ; i++) {
    const dossierCode = `000.00.00.H31-${String(i).padStart(9, "0")}`;
    const unitId = `bench-unit-${String(i % UNITS).padStart(4, "0")}`;
    const received = addDays(FIRST_DAY, Math.floor(next() * DAYS));
    const dueDay = addDays(received, 5 + Math.floor(next() * 16));
    const steps: Step[] = [];
    let day = received;
    const step = (data: Omit<StepData, "dossierCode" | "unitId" | "origin">) =>
      steps.push({
        id: randomUUID(),
        time: at(day, Math.floor(next() * 540)),
        data: { dossierCode, unitId, origin: "partner", ...data } as StepData,
      });
    const roll = next();
    step({ step: "received", channel: roll < 0.6 ? "online" : roll < 0.9 ? "in-person" : "post", dueDay });
    if (next() < 0.5) step({ step: "digitised" });
    if (next() < 0.3) step({ step: "paid-online" });
    if (next() < 0.1) step({ step: "returned-for-completion" });
    const outcome = next();
    day = addDays(received, 1 + Math.floor(next() * 25));
    if (outcome < 0.8) {
      const timeliness = day < dueDay ? "early" : day === dueDay ? "on-time" : "late";
      if (timeliness === "late") step({ step: "apology-issued", newDueDay: addDays(day, 3) });
      step({ step: "resolved", timeliness });
      if (next() < 0.4) step({ step: "result-issued-electronically" });
    } else if (outcome < 0.85) step({ step: "refused" });
    else if (outcome < 0.88) step({ step: "withdrawn" });
    // else: still open (within its deadline or overdue, by the report's day)
    yield steps;
  }
}

/** The load generator (its own process): `count` events of the generated dossiers, in batches of 1,000. */
async function produce(brokers: string[], topic: string, count: number): Promise<void> {
  const producer = createKafka({ brokers, clientId: "bench-reporting-load", log: stderrLogger }).producer({
    ...producerDefaults,
    idempotent: true,
  });
  await producer.connect();
  try {
    let batch: ReturnType<typeof eventMessage>[] = [];
    let sent = 0;
    for (const steps of dossiers(SEED)) {
      for (const s of steps) {
        const event = createEvent(DOSSIER_EVENT, { source: "bench", subject: s.data.dossierCode, time: new Date(s.time), data: s.data });
        batch.push(eventMessage(event));
      }
      if (batch.length >= 1000 || sent + batch.length >= count) {
        batch = batch.slice(0, count - sent);
        await producer.sendBatch({ topicMessages: [{ topic, messages: batch }] });
        sent += batch.length;
        batch = [];
        if (sent >= count) break;
      }
    }
  } finally {
    await producer.disconnect();
  }
}

/**
 * The quarterly form's dossier indicators straight from the raw event rows: each dossier's steps folded in
 * SQL the way the projection folds them (docs/domain.md §3.2: first receipt, last resolution, first closing
 * step; open from the receipt until closed, overdue from the day after the appointment).
 */
const RAW_REPORT = `
  -- "time" is a timestamp without time zone holding UTC (as Prisma writes it); the day is Vietnam's.
  WITH step AS (
    SELECT "entity", "id", "time", ("time" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS "day", "data"->>'step' AS "step", "data"
      FROM "ProjectedEvent" WHERE "type" = '${DOSSIER_EVENT}'
  ), dossier AS (
    SELECT (array_agg("day" ORDER BY "time", "id") FILTER (WHERE "step" = 'received'))[1] AS "received",
           (array_agg("data"->>'channel' ORDER BY "time", "id") FILTER (WHERE "step" = 'received'))[1] AS "channel",
           (array_agg(("data"->>'dueDay')::date ORDER BY "time", "id") FILTER (WHERE "step" = 'received'))[1] AS "due",
           (array_agg("day" ORDER BY "time" DESC, "id" DESC) FILTER (WHERE "step" = 'resolved'))[1] AS "resolved",
           (array_agg("data"->>'timeliness' ORDER BY "time" DESC, "id" DESC) FILTER (WHERE "step" = 'resolved'))[1] AS "timeliness",
           (array_agg("day" ORDER BY "time", "id") FILTER (WHERE "step" IN ('resolved', 'refused', 'withdrawn')))[1] AS "closed"
      FROM step GROUP BY "entity"
  )
  SELECT count(*) FILTER (WHERE "received" BETWEEN $1 AND $2) AS "dossier.received",
         count(*) FILTER (WHERE "received" BETWEEN $1 AND $2 AND "channel" = 'online') AS "dossier.received.online",
         count(*) FILTER (WHERE "received" BETWEEN $1 AND $2 AND "channel" <> 'online') AS "dossier.received.offline",
         count(*) FILTER (WHERE "due" IS NOT NULL AND "received" < $1 AND ("closed" IS NULL OR "closed" >= $1)) AS "dossier.carried-over",
         count(*) FILTER (WHERE "resolved" BETWEEN $1 AND $2 AND "timeliness" IS NOT NULL) AS "dossier.resolved",
         count(*) FILTER (WHERE "resolved" BETWEEN $1 AND $2 AND "timeliness" = 'early') AS "dossier.resolved.early",
         count(*) FILTER (WHERE "resolved" BETWEEN $1 AND $2 AND "timeliness" = 'on-time') AS "dossier.resolved.on-time",
         count(*) FILTER (WHERE "resolved" BETWEEN $1 AND $2 AND "timeliness" = 'late') AS "dossier.resolved.late",
         count(*) FILTER (WHERE "due" IS NOT NULL AND "received" <= $2 AND ("closed" IS NULL OR "closed" > $2)) AS "dossier.open",
         count(*) FILTER (WHERE "due" IS NOT NULL AND "received" <= $2 AND ("closed" IS NULL OR "closed" > $2) AND $2 <= "due") AS "dossier.open.within-deadline",
         count(*) FILTER (WHERE "due" IS NOT NULL AND "received" <= $2 AND ("closed" IS NULL OR "closed" > $2) AND $2 > "due") AS "dossier.open.overdue"
    FROM dossier`;

/** Write EVENTS raw rows and their projected daily sums into a scratch reporting database. */
async function load(pool: pg.Pool): Promise<void> {
  const started = performance.now();
  const sums = new Map<string, number>();
  let rows: Step[] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    await pool.query(
      `INSERT INTO "ProjectedEvent" ("id", "entity", "type", "time", "data")
       SELECT i::uuid, e, $3, t::timestamptz, d::jsonb FROM unnest($1::text[], $2::text[], $4::text[], $5::text[]) AS r(i, e, t, d)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => `dossier:${r.data.dossierCode}`),
        DOSSIER_EVENT,
        rows.map((r) => r.time),
        rows.map((r) => JSON.stringify(r.data)),
      ],
    );
    rows = [];
  };
  let written = 0;
  for (const steps of dossiers(SEED)) {
    const events: StoredEvent[] = steps.map((s) => ({
      id: s.id,
      type: DOSSIER_EVENT,
      time: s.time,
      data: s.data as unknown as Record<string, unknown>,
    }));
    for (const c of dossierContributions(events)) {
      const key = `${c.measure}\u0000${c.unitId}\u0000${c.day}`;
      sums.set(key, (sums.get(key) ?? 0) + c.value);
    }
    rows.push(...steps);
    written += steps.length;
    if (rows.length >= 5000) await flush();
    if (written >= EVENTS) break;
  }
  await flush();
  const facts = [...sums]
    .filter(([, value]) => value !== 0)
    .map(([key, value]) => [...key.split("\u0000"), value] as [string, string, string, number]);
  for (let i = 0; i < facts.length; i += 10_000) {
    const part = facts.slice(i, i + 10_000);
    await pool.query(
      `INSERT INTO "DailyFact" ("measure", "unitId", "day", "value") SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::int[])`,
      [part.map((f) => f[0]), part.map((f) => f[1]), part.map((f) => f[2]), part.map((f) => f[3])],
    );
  }
  await pool.query(`ANALYZE "ProjectedEvent"; ANALYZE "DailyFact"`);
  console.log(`${written} raw event rows and ${facts.length} daily sums written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** (1) The quarterly report from the projections vs by one aggregate over the raw rows. Returns false when they disagree. */
async function figures(): Promise<boolean> {
  const databaseUrl = testDatabaseUrl("bench_reporting");
  await recreateDatabase(databaseUrl);
  await migrate(databaseUrl, [messagingMigrations, ...migrations]);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const db = createDb(databaseUrl);
  try {
    await load(pool);
    const kind = await findKind(db, KIND);
    if (!kind) throw new Error(`no report kind ${KIND}`);
    // Working days do not matter to the window; the deadline is not compared.
    const calendar = { addWorkingDays: (day: LocalDate) => day } as unknown as Parameters<typeof reportPeriod>[2];
    const period = reportPeriod(kind, { year: 2026, index: 1 }, calendar);
    if (!period.ok) throw new Error(period.message);
    const { start, end } = period.period;

    // Read once the period is over (as of its last day), as the raw statement counts it.
    const projected = await timed(RUNS, () => formFigures(db, kind.indicatorCodes, { start, end }, null, end));
    const raw = await timed(RUNS, async () => (await pool.query<Record<string, string>>(RAW_REPORT, [start, end])).rows[0]!);

    let agree = true;
    console.log(`${period.period.label} (data ${start} – ${end}), the form's dossier rows:`);
    for (const figure of projected.result.filter((f) => f.code.startsWith("dossier."))) {
      const fromRaw = Number(raw.result[figure.code]);
      if (fromRaw !== figure.value) agree = false;
      console.log(
        `  ${figure.code.padEnd(30)} ${String(figure.value).padStart(9)} ${fromRaw === figure.value ? "" : `≠ ${fromRaw} from the raw rows`}`,
      );
    }
    const [p, r] = [median(projected.times), median(raw.times)];
    console.log(`quarterly report, median of ${RUNS}:`);
    console.log(`  plain SQL aggregate over the raw event rows   ${r.toFixed(1)} ms`);
    console.log(`  from the projections (formFigures)            ${p.toFixed(1)} ms`);
    console.log(`  ratio projections / raw                       ${(p / r).toFixed(3)}  (goal ≤ 0.1)`);
    if (!agree) console.error("error: the projections and the raw rows disagree");
    return agree;
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

/** Reporting's consumer (its handlers, startConsumer's dedup) reading `topic` into a fresh scratch database; events/s. */
async function project(brokers: string[], topic: string, groupId: string, batchSize: number): Promise<number> {
  const databaseUrl = testDatabaseUrl("bench_reporting_ingest");
  await recreateDatabase(databaseUrl);
  await migrate(databaseUrl, [messagingMigrations, ...migrations]);
  const db = createDb(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const stored = async () => Number((await pool.query(`SELECT count(*) AS n FROM "ProjectedEvent"`)).rows[0].n);
  const started = performance.now();
  const running = await startConsumer({
    brokers,
    groupId,
    topics: [topic],
    runInTransaction: (fn) => db.$transaction(fn),
    handlers: reportingConsumer.handlers,
    batchSize,
    handleBatch: batchSize > 1 ? reportingConsumer.handleBatch : undefined,
    log: stderrLogger,
  });
  try {
    // Bounded: on timeout the rate is of what was projected by then.
    await waitFor(async () => (await stored()) >= INGEST, TIMEOUT_MS, 250).catch(() => console.warn("warning: timed out; partial count"));
    return (await stored()) / ((performance.now() - started) / 1000);
  } finally {
    await running.stop();
    await pool.end();
    await db.$disconnect();
  }
}

/** (2) INGEST events: a raw kafkajs consumer vs reporting's projection consumer, same topic. */
async function ingest(brokers: string[]): Promise<void> {
  const run = Date.now().toString(36);
  const topic = `bench-${run}.reporting.dossier.v1`;
  await ensureTopics(brokers, [topic]);
  const seconds = await produceInChild(fileURLToPath(import.meta.url), [topic, String(INGEST)], TIMEOUT_MS);
  console.log(`load generator: ${INGEST} events in ${seconds.toFixed(1)} s`);
  const rawRate = await rawConsumerRate(brokers, topic, INGEST, `bench-${run}-raw`, TIMEOUT_MS);
  console.log(`ingest of ${INGEST} events:`);
  console.log(`  raw kafkajs consumer                                 ${Math.round(rawRate)} events/s`);
  // The live setting (chunks projected set-based), and one event a transaction (what the chunks save).
  for (const batchSize of [reportingConsumer.batchSize, 1]) {
    const rate = await project(brokers, topic, `bench-${run}-facts-${batchSize}`, batchSize);
    console.log(
      `  reporting projection consumer, ${String(batchSize).padStart(3)} events a transaction  ${Math.round(rate)} events/s  (ratio to raw ${(rate / rawRate).toFixed(3)})`,
    );
  }
  const admin = createKafka({ brokers, clientId: "bench-reporting-admin", log: stderrLogger }).admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic, `${topic}.dlq`] }).catch(() => undefined);
  await admin.disconnect();
}

async function main(): Promise<void> {
  const brokers = (process.env.KAFKA_BROKERS ?? "127.0.0.1:19092").split(",");
  if (process.argv[2] === "produce") {
    const [topic, count] = process.argv.slice(3);
    await produce(brokers, topic!, Number(count));
    return;
  }
  const deadline = setTimeout(() => {
    console.error(`bench: stopped after ${TIMEOUT_MS / 1000} s x 3`);
    process.exit(2);
  }, TIMEOUT_MS * 3);
  deadline.unref();
  const agree = await figures();
  if (INGEST > 0) await ingest(brokers);
  if (!agree) process.exitCode = 1;
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
