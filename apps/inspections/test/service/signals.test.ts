/**
 * The signals read model and the risk ranking (issue 11 items 4 and 7): catalogued events of complaints,
 * planning and reporting published to the real broker, consumed by the service's own handlers; the
 * unit's figures on its inspection, the ranking's order and reasons, a weight change, a replay from
 * offset 0 into an empty database, and the statements of the ranking query.
 */
import { randomUUID } from "node:crypto";
import { createEvent, type EventEnvelope, type EventType, type NewEvent } from "@tthc/events";
import { createKafka, ensureTopics, startConsumer, type Logger } from "@tthc/messaging";
import { kafkaBrokers, waitFor } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { consumer } from "../../src/events/handlers.ts";
import { ACTORS, approvedPlan, countingApp, errorOf, gql, ok, outboxEvents, startHarness, UNIT, type Harness } from "../harness.ts";

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function event<K extends EventType>(type: K, subject: string, data: Record<string, unknown>, time: string): EventEnvelope {
  const source = type.split(".")[0]!;
  return { ...createEvent(type, { source, subject, data } as NewEvent<K>), time: new Date(time).toISOString() } as EventEnvelope;
}

const complaintOverdue = (unitId: string, complaint: string, step: "handle" | "answer", time: string) =>
  event(
    "complaints.complaint.overdue",
    complaint,
    { step, dueDay: time.slice(0, 10), unitId, unitIds: [unitId], title: "PAKN quá hạn", link: `/complaints/${complaint}` },
    time,
  );
const assigned = (unitId: string, complaint: string, time: string, lead = true) =>
  event(
    "complaints.complaint.assigned",
    complaint,
    { unitId, lead, dueDay: null, title: "PAKN mới", link: `/complaints/${complaint}` },
    time,
  );
const occurrence = (unitId: string, id: string, dueDay: string) => ({
  unitId,
  title: "Nhiệm vụ VIII.1",
  link: `/planning/my-tasks?occurrence=${id}`,
  occurrenceId: id,
  planId: "11111111-1111-4111-8111-111111111111",
  taskId: "22222222-2222-4222-8222-222222222222",
  taskLabel: "VIII.1",
  dueDay,
});
const occurrenceOverdue = (unitId: string, time: string) => {
  const id = randomUUID();
  return event("planning.occurrence.overdue", id, { ...occurrence(unitId, id, "2026-01-30"), workingDaysLate: 3 }, time);
};

const PAKN = { a: randomUUID(), b: randomUUID(), c: randomUUID(), d: randomUUID(), e: randomUUID() };
const lateOccurrence = randomUUID();

// Lê Lợi: 3 PAKN received, 2 overdue (one of them on two steps), 1 answered late, 1 occurrence overdue → 2 + 1 = 3.
// Minh Khai: 1 PAKN overdue, 2 occurrences overdue, 1 done late → 1 + 2 = 3: ties with Lê Lợi, after it by name.
// Phòng Tư pháp: 1 PAKN overdue this year → 1, and one 14 months before (outside the ranking's window).
const EVENTS: EventEnvelope[] = [
  assigned(UNIT.leLoi, PAKN.a, "2026-01-05T09:00:00+07:00"),
  assigned(UNIT.tuPhap, PAKN.a, "2026-01-05T09:00:00+07:00", false),
  assigned(UNIT.leLoi, PAKN.b, "2026-01-06T09:00:00+07:00"),
  assigned(UNIT.leLoi, PAKN.c, "2026-02-02T09:00:00+07:00"),
  complaintOverdue(UNIT.leLoi, PAKN.a, "handle", "2026-02-10T08:00:00+07:00"),
  complaintOverdue(UNIT.leLoi, PAKN.a, "answer", "2026-02-20T08:00:00+07:00"),
  complaintOverdue(UNIT.leLoi, PAKN.b, "answer", "2026-03-02T08:00:00+07:00"),
  event(
    "complaints.complaint.answered",
    PAKN.b,
    { unitId: UNIT.leLoi, documentNumber: "12/UBND", onTime: false },
    "2026-03-05T15:00:00+07:00",
  ),
  event(
    "complaints.complaint.answered",
    PAKN.c,
    { unitId: UNIT.leLoi, documentNumber: "13/UBND", onTime: true },
    "2026-03-06T15:00:00+07:00",
  ),
  occurrenceOverdue(UNIT.leLoi, "2026-02-02T07:00:00+07:00"),
  complaintOverdue(UNIT.minhKhai, PAKN.d, "answer", "2026-02-11T08:00:00+07:00"),
  occurrenceOverdue(UNIT.minhKhai, "2026-02-02T07:00:00+07:00"),
  occurrenceOverdue(UNIT.minhKhai, "2026-03-02T07:00:00+07:00"),
  event(
    "planning.occurrence.reported",
    lateOccurrence,
    {
      ...occurrence(UNIT.city, lateOccurrence, "2026-01-30"),
      reportId: randomUUID(),
      status: "done",
      reportingUnitId: UNIT.minhKhai,
      hasEvidence: true,
    },
    "2026-02-03T10:00:00+07:00",
  ),
  complaintOverdue(UNIT.tuPhap, PAKN.e, "answer", "2026-03-03T08:00:00+07:00"),
  complaintOverdue(UNIT.tuPhap, randomUUID(), "answer", "2025-01-10T08:00:00+07:00"),
  event(
    "reporting.report.submitted",
    "r-1",
    {
      reportId: "r-1",
      unitId: UNIT.leLoi,
      periodKind: "quarter",
      periodLabel: "Quý I/2026",
      submittedOn: "2026-03-14",
      link: "/reports/r-1",
    },
    "2026-03-14T10:00:00+07:00",
  ),
];

const RANKING = `query($asOf: Date, $first: Int, $after: String) { riskRanking(asOf: $asOf, first: $first, after: $after) {
  asOf total nextCursor items { unitId unitName score reasons { kind count weight } } } }`;
const SET_WEIGHTS = `mutation($weights: [RiskWeightInput!]!) { setRiskWeights(weights: $weights) { kind weight } }`;
const FIGURES = `query($id: ID!) { inspection(id: $id) { unitFigures { from to complaintsReceived complaintsOverdue
  complaintsAnsweredLate occurrencesOverdue occurrencesDoneLate lateReports } } }`;

type Ranking = {
  riskRanking: { total: number; nextCursor: string | null; items: { unitId: string; score: number; reasons: unknown[] }[] };
};

const prefix = `test-inspections-signals-${randomUUID().slice(0, 8)}.`;
let h: Harness;
let inspectionOf: Record<string, string>;

/** Publish events to the prefixed copies of their real topics (so no other suite's consumer reads them). */
async function publish(events: EventEnvelope[]): Promise<void> {
  const producer = createKafka({ brokers: kafkaBrokers(), clientId: "inspections-signals-test", log: silent }).producer();
  await producer.connect();
  for (const e of events) {
    const topic = `${prefix}${e.type.split(".").slice(0, 2).join(".")}.v1`;
    await producer.send({ topic, messages: [{ key: e.subject, value: JSON.stringify(e) }] });
  }
  await producer.disconnect();
}

const TOPICS = ["complaints.complaint.v1", "planning.occurrence.v1", "reporting.report.v1"].map((t) => `${prefix}${t}`);

/** The service's consumer (its handlers) on the prefixed topics, in a group of its own. */
const consume = (db: Db, group: string) =>
  startConsumer({
    brokers: kafkaBrokers(),
    groupId: `${prefix}${group}`,
    topics: TOPICS,
    runInTransaction: (fn) => db.$transaction(fn),
    handlers: consumer.handlers,
    log: silent,
  });

const ranking = async (asOf = "2026-03-16", first = 20, after: string | null = null) =>
  ok(await gql<Ranking>(h.app, RANKING, { asOf, first, after }, ACTORS.inspector)).riskRanking;
const compact = (r: Ranking["riskRanking"]) => r.items.map((i) => [i.unitId, i.score]);

beforeAll(async () => {
  h = await startHarness("signals");
  ({ inspectionOf } = await approvedPlan(h));
  await ensureTopics(kafkaBrokers(), TOPICS);
  // Each event twice: a redelivery changes nothing.
  await publish([...EVENTS, ...EVENTS]);
  const running = await consume(h.db, "live");
  try {
    // Every event but two states a signal (the contributing unit's assignment and the answer on time do not).
    await waitFor(async () => (await h.db.unitSignal.count()) === EVENTS.length - 2, 30_000);
    // The duplicates come after the originals on each partition: wait until the group has read them all.
    await waitFor(
      async () => (await h.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM processed_event`))[0]!.n >= EVENTS.length,
      30_000,
    );
  } finally {
    await running.stop();
  }
}, 120_000);
afterAll(() => h?.close());

describe("the signals read model", () => {
  it("keeps one row per signal event, and none for events that state nothing", async () => {
    // Not signals: the contributing unit's assignment and the answer on time.
    expect(await h.db.unitSignal.count()).toBe(EVENTS.length - 2);
    expect(await h.db.unitSignal.count({ where: { kind: "report-submitted", late: null } })).toBe(1);
  });

  it("shows the inspected unit's figures for the inspection's period, late reports as no data", async () => {
    const figures = ok(
      await gql<{ inspection: { unitFigures: unknown } }>(h.app, FIGURES, { id: inspectionOf[UNIT.leLoi] }, ACTORS.inspector),
    );
    expect(figures.inspection.unitFigures).toEqual({
      from: "2026-01-01",
      to: "2026-04-30",
      complaintsReceived: 3,
      complaintsOverdue: 2,
      complaintsAnsweredLate: 1,
      occurrencesOverdue: 1,
      occurrencesDoneLate: 0,
      lateReports: null,
    });
    const minhKhai = ok(
      await gql<{ inspection: { unitFigures: unknown } }>(h.app, FIGURES, { id: inspectionOf[UNIT.minhKhai] }, ACTORS.minhKhai),
    );
    expect(minhKhai.inspection.unitFigures).toMatchObject({ complaintsOverdue: 1, occurrencesOverdue: 2, occurrencesDoneLate: 1 });
  });
});

describe("the risk ranking", () => {
  it("orders units by Σ weight × count over 12 months, ties by Vietnamese name, with the reasons", async () => {
    const r = await ranking();
    expect(compact(r)).toEqual([
      [UNIT.leLoi, 3],
      [UNIT.minhKhai, 3],
      [UNIT.tuPhap, 1],
    ]);
    expect(r.items[0]!.reasons).toEqual([
      { kind: "COMPLAINT_OVERDUE", count: 2, weight: 1 },
      { kind: "OCCURRENCE_OVERDUE", count: 1, weight: 1 },
    ]);
    expect(r.items[2]!.reasons).toEqual([{ kind: "COMPLAINT_OVERDUE", count: 1, weight: 1 }]);
    // Paged: two, then the last one.
    const first = await ranking("2026-03-16", 2);
    expect([first.total, first.items.length]).toEqual([3, 2]);
    const rest = await ranking("2026-03-16", 2, first.nextCursor);
    expect(compact(rest)).toEqual([[UNIT.tuPhap, 1]]);
    expect(rest.nextCursor).toBeNull();
  });

  it("a weight changed by the city office reorders the ranking; a bad weight is refused and changes nothing", async () => {
    const refused = await gql(
      h.app,
      SET_WEIGHTS,
      {
        weights: [
          { kind: "OCCURRENCE_OVERDUE", weight: 3 },
          { kind: "LATE_REPORT", weight: -1 },
        ],
      },
      ACTORS.admin,
    );
    expect(errorOf(refused)).toEqual({ code: "BAD_USER_INPUT", reason: "BAD_WEIGHT", message: "Trọng số phải là số từ 0 đến 100." });
    expect(
      errorOf(await gql(h.app, SET_WEIGHTS, { weights: [{ kind: "OCCURRENCE_OVERDUE", weight: 3 }] }, ACTORS.inspector)),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(compact(await ranking())[0]).toEqual([UNIT.leLoi, 3]);

    ok(await gql(h.app, SET_WEIGHTS, { weights: [{ kind: "OCCURRENCE_OVERDUE", weight: 3 }] }, ACTORS.admin));
    const r = await ranking();
    expect(compact(r)).toEqual([
      [UNIT.minhKhai, 7],
      [UNIT.leLoi, 5],
      [UNIT.tuPhap, 1],
    ]);
    expect(r.items[0]!.reasons).toEqual([
      { kind: "COMPLAINT_OVERDUE", count: 1, weight: 1 },
      { kind: "OCCURRENCE_OVERDUE", count: 2, weight: 3 },
    ]);
    ok(await gql(h.app, SET_WEIGHTS, { weights: [{ kind: "OCCURRENCE_OVERDUE", weight: 1 }] }, ACTORS.admin));
  });

  it("is not for unit officers", async () => {
    expect(errorOf(await gql(h.app, RANKING, { first: 5 }, ACTORS.leLoi))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("a suggestion becomes a scheduled unannounced inspection in one step", async () => {
    const SCHEDULE = `mutation($input: SuggestedInspectionInput!) { scheduleSuggestedInspection(input: $input) { id unitId type status windowStart windowEnd } }`;
    expect(errorOf(await gql(h.app, SCHEDULE, { input: { unitId: UNIT.minhKhai } }, ACTORS.inspector))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(errorOf(await gql(h.app, SCHEDULE, { input: { unitId: UNIT.minhKhai, year: 2026, month: 2 } }, ACTORS.admin))).toMatchObject({
      reason: "PAST_PERIOD",
      message: "Không lên lịch kiểm tra vào tháng đã qua.",
    });
    const made = ok(
      await gql<{ scheduleSuggestedInspection: { id: string } }>(h.app, SCHEDULE, { input: { unitId: UNIT.minhKhai } }, ACTORS.admin),
    ).scheduleSuggestedInspection;
    expect(made).toMatchObject({
      unitId: UNIT.minhKhai,
      type: "UNANNOUNCED",
      status: "SCHEDULED",
      windowStart: "2026-03-01",
      windowEnd: "2026-03-31",
    });
    const scheduled = (await outboxEvents(h.db, "inspections.inspection.scheduled")).filter((e) => e.subject === made.id);
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]!.data).toMatchObject({ planId: null, type: "unannounced", unitId: UNIT.minhKhai });
  });

  it("counts recommendations past due (not verified by their due day)", async () => {
    const criteria = await startedInspectionFor(inspectionOf[UNIT.leLoi]!);
    const finding = ok(
      await gql<{ recordFinding: { id: string } }>(
        h.app,
        `mutation($id: ID!, $input: FindingInput!) { recordFinding(inspectionId: $id, input: $input) { id } }`,
        { id: inspectionOf[UNIT.leLoi], input: { criterionId: criteria["3.3"], severity: "MINOR", description: "Thiếu phiếu xin lỗi" } },
        ACTORS.inspector,
      ),
    ).recordFinding.id;
    ok(
      await gql(
        h.app,
        `mutation($id: ID!, $input: RecommendationInput!) { issueRecommendation(findingId: $id, input: $input) { id } }`,
        { id: finding, input: { text: "Lập phiếu xin lỗi", dueDay: "2026-04-24" } },
        ACTORS.inspector,
      ),
    );
    const before = await ranking("2026-04-24");
    expect(before.items.find((i) => i.unitId === UNIT.leLoi)?.score).toBe(3);
    const after = await ranking("2026-04-25");
    expect(after.items.find((i) => i.unitId === UNIT.leLoi)?.reasons).toContainEqual({
      kind: "RECOMMENDATION_OVERDUE",
      count: 1,
      weight: 1,
    });
    expect(compact(after)[0]).toEqual([UNIT.leLoi, 4]);
  });
});

async function startedInspectionFor(inspectionId: string): Promise<Record<string, string>> {
  const { startedInspection } = await import("../harness.ts");
  return startedInspection(h, inspectionId);
}

describe("replay and bounded work", () => {
  it("a fresh consumer group from offset 0 into an empty database rebuilds the same signals and scores", async () => {
    const fresh = await startHarness("signals_replay");
    const running = await consume(fresh.db, "replay");
    try {
      const rows = (db: Db) => db.unitSignal.findMany({ orderBy: { eventId: "asc" } });
      const original = await rows(h.db);
      await waitFor(async () => JSON.stringify(await rows(fresh.db)) === JSON.stringify(original), 30_000);
      const rebuilt = ok(await gql<Ranking>(fresh.app, RANKING, { asOf: "2026-03-16", first: 20 }, ACTORS.inspector)).riskRanking;
      expect(compact(rebuilt)).toEqual(compact(await ranking()));
    } finally {
      await running.stop();
      await fresh.close();
    }
  });

  it("the ranking's statements do not grow with the number of units ranked", async () => {
    const counting = await countingApp(h);
    try {
      const count = async () => {
        const before = counting.statements();
        const r = ok(await gql<Ranking>(counting.app, RANKING, { asOf: "2026-03-16", first: 50 }, ACTORS.inspector)).riskRanking;
        return { units: r.items.length, statements: counting.statements() - before };
      };
      const few = await count();
      // More units with signals: the city and the city office get overdue occurrences of their own.
      const more = [
        occurrenceOverdue(UNIT.city, "2026-03-03T07:00:00+07:00"),
        occurrenceOverdue(UNIT.vanPhong, "2026-03-03T07:00:00+07:00"),
      ];
      for (const e of more) await h.db.$transaction((tx) => consumer.handlers[e.type as "planning.occurrence.overdue"](e as never, tx));
      const many = await count();
      expect(many.units).toBe(few.units + 2);
      expect(many.statements).toBe(few.statements);
    } finally {
      await counting.close();
    }
  });
});
