/**
 * The figures test (issue 12, first "must show"): a known set of events across two quarters of 2025 —
 * with events on the 14th and the 15th of the cut-off month, a duplicate and an out-of-order delivery —
 * goes through Kafka and the real consumer; every figure of the quarterly report is checked against values
 * computed by hand below, and a replay of the topic from offset 0 gives the same facts and figures.
 *
 * Q1/2025 is 15/12/2024 → 14/03/2025, Q2/2025 is 15/03 → 14/06/2025 (cut-off day 14, docs/domain.md §2.3).
 */
import { randomUUID } from "node:crypto";
import { parseLocalDate } from "@tthc/calendar";
import type { EventEnvelope } from "@tthc/events";
import { createKafka, ensureTopics, replayReadModel, startConsumer, type Logger } from "@tthc/messaging";
import { kafkaBrokers, waitFor } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetFacts } from "../../src/db/facts.ts";
import { consumer } from "../../src/events/handlers.ts";
import { formFigures } from "../../src/use-cases/report-figures.ts";
import { at, event, uuid } from "../fixtures.ts";
import { startHarness, type Harness } from "../harness.ts";

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const NOW = new Date("2025-07-01T03:00:00Z");
const TODAY = parseLocalDate("2025-07-01");
const WARD = "unit-le-loi";
const OTHER = "unit-tu-phap";

const due = (answer: string) => ({ classify: "2025-01-01", outOfScopeTransfer: "2025-01-01", handle: null, answer });

/** A PAKN: received, transferred to `unit` the same day, then `later` events. */
function pakn(
  channel: "web" | "in-person" | "post" | "phone" | "email",
  receivedDay: string,
  answerDue: string,
  unit: string,
  later: Array<(id: string) => EventEnvelope> = [],
  receivedAt = at(receivedDay),
) {
  const id = uuid();
  return [
    event("complaints.complaint.received", id, receivedAt, {
      trackingCode: `PAKN-${id.slice(0, 6)}`,
      channel,
      receivedDay,
      due: due(answerDue),
    }),
    event("complaints.complaint.transferred", id, receivedAt.replace("02:00", "03:00").replace("18:00", "19:00"), {
      units: [{ unitId: unit, lead: true }],
      due: due(answerDue),
    }),
    ...later.map((make) => make(id)),
  ];
}
const answered = (day: string, onTime: boolean) => (id: string) =>
  event("complaints.complaint.answered", id, at(day), { unitId: WARD, documentNumber: "01/UBND", onTime });
const merged = (day: string) => (id: string) => event("complaints.complaint.merged", id, at(day), { intoId: uuid() });

const PLAN = uuid();
const TASK = uuid();
function occurrence(dueDay: string) {
  const id = uuid();
  const ref = (unitId: string) => ({
    unitId,
    title: "Nhiệm vụ",
    link: "/plans",
    occurrenceId: id,
    planId: PLAN,
    taskId: TASK,
    taskLabel: "VIII.1",
    dueDay,
  });
  return {
    reported: (time: string, reportId: string) =>
      event("planning.occurrence.reported", id, time, {
        ...ref("unit-vp"),
        reportId,
        status: "done",
        reportingUnitId: WARD,
        hasEvidence: true,
      }),
    accepted: (day: string, reportId: string) =>
      event("planning.occurrence.accepted", id, at(day), { ...ref(WARD), reportId, status: "done", comment: null }),
    overdue: (day: string) => event("planning.occurrence.overdue", id, at(day), { ...ref(WARD), workingDaysLate: 1 }),
    dueSoon: (day: string) => event("planning.occurrence.due-soon", id, at(day), { ...ref(WARD), workingDaysLeft: 3 }),
  };
}

const INSPECTION = uuid();
const FINDING = uuid();
function recommendation(issued: string, dueDay: string) {
  const id = uuid();
  const ref = {
    unitId: WARD,
    title: "Kiến nghị",
    link: "/inspections",
    recommendationId: id,
    inspectionId: INSPECTION,
    findingId: FINDING,
    dueDay,
  };
  return {
    issued: event("inspections.recommendation.issued", id, at(issued), ref),
    verified: (day: string) => event("inspections.recommendation.verified", id, at(day), ref),
  };
}

// PAKN of the ward. P1 on the 14th (Q1), P2 on the 15th (Q2; its receipt event is stamped 01:00 on the
// 15th in Vietnam, still the 14th in UTC); P4's receipt is delivered after its later events (out of order).
const P1 = pakn("web", "2025-03-14", "2025-04-10", WARD, [answered("2025-04-01", true)]);
const P2 = pakn("in-person", "2025-03-15", "2025-04-05", WARD, [answered("2025-04-20", false)], "2025-03-14T18:00:00.000Z");
const P3 = pakn("post", "2025-02-10", "2025-03-01", WARD);
const P4 = pakn("web", "2025-01-05", "2025-02-01", WARD, [answered("2025-01-20", true)]);
const P5 = pakn("web", "2025-03-20", "2025-04-20", WARD, [merged("2025-03-25")]);
const P6 = pakn("email", "2025-06-10", "2025-07-10", WARD);
const P7 = pakn("phone", "2025-04-02", "2025-05-02", OTHER, [answered("2025-04-10", true)]);

// Plan occurrences of the ward: O1 done on its due day, the 14th (reported at 23:30 in Vietnam); O2 overdue
// from 11/03, done late on 20/03; O3 due 30/05 and never done.
const O1 = occurrence("2025-03-14");
const O2 = occurrence("2025-03-10");
const O3 = occurrence("2025-05-30");
const R1 = randomUUID();
const R2 = randomUUID();

// An inspection of the ward concluded in Q2: one finding, two recommendations, one verified on time.
const REC1 = recommendation("2025-04-15", "2025-05-15");
const REC2 = recommendation("2025-04-15", "2025-05-30");
const inspectionRef = { unitId: WARD, title: "Kiểm tra", link: "/inspections" };

const [P4received, ...P4rest] = P4;
const EVENTS: EventEnvelope[] = [
  ...P1,
  ...P2,
  P2[2]!, // the same answer delivered twice
  ...P3,
  ...P4rest,
  P4received!, // received after its transfer and answer
  ...P5,
  ...P6,
  ...P7,
  O1.reported("2025-03-14T16:30:00.000Z", R1),
  O1.accepted("2025-03-17", R1),
  O2.overdue("2025-03-11"),
  O2.accepted("2025-03-21", R2), // the acceptance before the report it accepts
  O2.reported(at("2025-03-20"), R2),
  O3.dueSoon("2025-05-27"),
  event("inspections.finding.recorded", INSPECTION, at("2025-04-10"), {
    inspectionId: INSPECTION,
    findingId: FINDING,
    unitId: WARD,
    criterionCode: null,
    severity: "major",
  }),
  event("inspections.inspection.concluded", INSPECTION, at("2025-04-15"), {
    ...inspectionRef,
    inspectionId: INSPECTION,
    concludedOn: "2025-04-15",
    conclusionNumber: "05/KL",
  }),
  REC1.issued,
  REC2.issued,
  REC1.verified("2025-05-10"),
];
const DISTINCT = new Set(EVENTS.map((e) => e.id)).size;

const ZERO_DOSSIERS = Object.fromEntries(
  [
    "dossier.received",
    "dossier.received.online",
    "dossier.received.offline",
    "dossier.carried-over",
    "dossier.resolved",
    "dossier.resolved.early",
    "dossier.resolved.on-time",
    "dossier.resolved.late",
    "dossier.open",
    "dossier.open.within-deadline",
    "dossier.open.overdue",
  ].map((code) => [code, 0]),
);

// Hand-computed: Q1 holds P1 (14/03), P3, P4; O1 done on time on 14/03; O2 overdue since 11/03.
const Q1_WARD = {
  ...ZERO_DOSSIERS,
  "pakn.received": 3,
  "pakn.received.online": 2, // P1, P4 (web)
  "pakn.received.offline": 1, // P3 (post)
  "pakn.carried-over": 0,
  "pakn.settled": 1,
  "pakn.settled.on-time": 1, // P4 on 20/01
  "pakn.settled.late": 0,
  "pakn.set-aside": 0,
  "pakn.open": 2, // P1, P3
  "pakn.open.within-deadline": 1, // P1 (due 10/04)
  "pakn.open.overdue": 1, // P3 (due 01/03)
  "plan.occurrence.done": 1,
  "plan.occurrence.done.on-time": 1,
  "plan.occurrence.done.late": 0,
  "plan.occurrence.open.overdue": 1, // O2
  "inspection.concluded": 0,
  "inspection.finding": 0,
  "recommendation.issued": 0,
  "recommendation.closed": 0,
  "recommendation.open": 0,
  "recommendation.open.overdue": 0,
};

// Q2 holds P2 (15/03), P5, P6; P1 and P3 carried over; P1 answered on time, P2 late, P5 merged.
const Q2_WARD = {
  ...ZERO_DOSSIERS,
  "pakn.received": 3,
  "pakn.received.online": 2, // P5 (web), P6 (email)
  "pakn.received.offline": 1, // P2 (in person)
  "pakn.carried-over": 2, // P1, P3
  "pakn.settled": 2,
  "pakn.settled.on-time": 1, // P1
  "pakn.settled.late": 1, // P2 (the duplicate counted once)
  "pakn.set-aside": 1, // P5
  "pakn.open": 2, // P3, P6: 2 + 3 − 2 − 1
  "pakn.open.within-deadline": 1, // P6
  "pakn.open.overdue": 1, // P3
  "plan.occurrence.done": 1,
  "plan.occurrence.done.on-time": 0,
  "plan.occurrence.done.late": 1, // O2, reported 20/03 for 10/03
  "plan.occurrence.open.overdue": 1, // O3, since 31/05
  "inspection.concluded": 1,
  "inspection.finding": 1,
  "recommendation.issued": 2,
  "recommendation.closed": 1, // REC1, on time
  "recommendation.open": 1, // REC2
  "recommendation.open.overdue": 1, // REC2, due 30/05
};

const Q1 = { start: parseLocalDate("2024-12-15"), end: parseLocalDate("2025-03-14") };
const Q2 = { start: parseLocalDate("2025-03-15"), end: parseLocalDate("2025-06-14") };

let h: Harness;
let topic: string;
let codes: string[];
// A group of its own: the replay refuses to run while its group has live members elsewhere.
const GROUP = `reporting-figures-${randomUUID().slice(0, 8)}`;

const figures = async (db: Harness["db"], window: typeof Q1, unitId: string | null) =>
  Object.fromEntries((await formFigures(db, codes, window, unitId, TODAY)).map((f) => [f.code, f.value]));
const dailyFacts = (db: Harness["db"]) => db.dailyFact.findMany({ orderBy: [{ measure: "asc" }, { unitId: "asc" }, { day: "asc" }] });

beforeAll(async () => {
  h = await startHarness("figures", NOW);
  codes = (await h.db.reportKind.findUniqueOrThrow({ where: { code: "tthc-control-quarterly" } })).indicatorCodes;
  topic = `test-reporting-figures-${randomUUID().slice(0, 8)}.events`;
  // One partition, so the deliveries arrive in exactly the order above.
  const admin = createKafka({ brokers: kafkaBrokers(), clientId: "reporting-figures-test", log: silent }).admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
  await admin.disconnect();
  await ensureTopics(kafkaBrokers(), [topic]);
  const producer = createKafka({ brokers: kafkaBrokers(), clientId: "reporting-figures-test", log: silent }).producer();
  await producer.connect();
  await producer.send({ topic, messages: EVENTS.map((e) => ({ key: e.subject, value: JSON.stringify(e) })) });
  await producer.disconnect();
  const running = await startConsumer({
    brokers: kafkaBrokers(),
    groupId: GROUP,
    topics: [topic],
    runInTransaction: (fn) => h.db.$transaction(fn),
    handlers: consumer.handlers,
    log: silent,
  });
  try {
    await waitFor(async () => (await h.db.projectedEvent.count()) === DISTINCT, 30_000);
  } finally {
    await running.stop();
  }
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe("the quarterly report's figures from the projections", () => {
  it("applies each event once, the duplicate delivery included", async () => {
    expect(EVENTS.length).toBe(DISTINCT + 1);
    expect(await h.db.projectedEvent.count()).toBe(DISTINCT);
  });

  it("Q1/2025 (15/12/2024 → 14/03/2025): every figure of the ward as computed by hand", async () => {
    expect(await figures(h.db, Q1, WARD)).toEqual(Q1_WARD);
  });

  it("Q2/2025 (15/03 → 14/06/2025): every figure of the ward as computed by hand", async () => {
    expect(await figures(h.db, Q2, WARD)).toEqual(Q2_WARD);
  });

  it("keeps units apart, and the city's figures add them up", async () => {
    const other = await figures(h.db, Q2, OTHER);
    expect(other).toMatchObject({ "pakn.received": 1, "pakn.received.offline": 1, "pakn.settled.on-time": 1, "pakn.open": 0 });
    const city = await figures(h.db, Q2, null);
    for (const code of codes) expect(city[code]).toBe(Q2_WARD[code as keyof typeof Q2_WARD] + other[code]!);
  });

  it("the out-of-order PAKN is complete: its late receipt did not lose its transfer or answer", async () => {
    const fact = await h.db.complaintFact.findUniqueOrThrow({ where: { id: P4received!.subject } });
    expect(fact).toMatchObject({ leadUnitId: WARD, status: "answered", settledOnTime: true });
  });

  it("the live consumer's chunks (batchSize, handleBatch: set-based) give the same facts as one event at a time", async () => {
    const chunked = await startHarness("figures_chunked", NOW);
    let transactions = 0;
    const warnings: string[] = [];
    try {
      const running = await startConsumer({
        brokers: kafkaBrokers(),
        groupId: `${GROUP}-chunked`,
        topics: [topic],
        runInTransaction: (fn) => {
          transactions += 1;
          return chunked.db.$transaction(fn);
        },
        handlers: consumer.handlers,
        batchSize: consumer.batchSize,
        handleBatch: consumer.handleBatch,
        // A chunk that fails falls back to one event at a time, which would hide a broken handleBatch.
        log: { ...silent, warn: (_, msg) => warnings.push(msg ?? "") },
      });
      try {
        await waitFor(async () => (await chunked.db.projectedEvent.count()) === DISTINCT, 30_000);
      } finally {
        await running.stop();
      }
      expect(warnings).toEqual([]);
      // In chunks, not one at a time (the topic holds fewer events than a chunk; a fetch may still split them).
      expect(EVENTS.length).toBeLessThan(consumer.batchSize);
      expect(transactions).toBeLessThan(EVENTS.length / 2);
      expect(await dailyFacts(chunked.db)).toEqual(await dailyFacts(h.db));
      const complaintFacts = (db: Harness["db"]) => db.complaintFact.findMany({ orderBy: { id: "asc" } });
      expect(await complaintFacts(chunked.db)).toEqual(await complaintFacts(h.db));
      expect(await figures(chunked.db, Q2, WARD)).toEqual(Q2_WARD);
    } finally {
      await chunked.close();
    }
  });

  it("a replay of the topic from offset 0 into emptied tables gives identical facts and figures", async () => {
    const before = await dailyFacts(h.db);
    const replayed = await startHarness("figures_replay", NOW);
    try {
      await replayReadModel({
        brokers: kafkaBrokers(),
        groupId: GROUP,
        topics: [topic],
        handlers: consumer.handlers,
        // One transaction per fetched batch, as the replay command runs it (a long one on a busy machine).
        runInTransaction: (fn) => replayed.db.$transaction(fn, { timeout: 60_000, maxWait: 10_000 }),
        reset: resetFacts,
        log: silent,
      });
      expect(await dailyFacts(replayed.db)).toEqual(before);
      expect(await figures(replayed.db, Q1, WARD)).toEqual(Q1_WARD);
      expect(await figures(replayed.db, Q2, WARD)).toEqual(Q2_WARD);
    } finally {
      await replayed.close();
    }
  });
});
