import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { parseLocalDate } from "@tthc/calendar";
import { createEvent, type EventEnvelope, type EventType, type NewEvent } from "@tthc/events";
import { createKafka, ensureTopics, startConsumer, type Logger } from "@tthc/messaging";
import type { Actor } from "@tthc/service-kit";
import { kafkaBrokers, waitFor } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaintStatistics } from "../../src/use-cases/complaint-statistics.ts";
import { consumer } from "../../src/events/handlers.ts";
import { ACTORS, applyEvents, gql, startHarness, type Harness } from "../harness.ts";

const NOW = new Date("2025-04-15T03:00:00Z");
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

const due = (answer: string) => ({ classify: "2025-03-06", outOfScopeTransfer: "2025-03-10", handle: null, answer });

/** One complaint's history: each event at its own time, in order. */
function history(
  channel: "web" | "in-person" | "post" | "phone",
  receivedDay: string,
  answerDue: string,
  steps: Array<[EventType, Record<string, unknown>]>,
): EventEnvelope[] {
  const subject = randomUUID();
  const at = (i: number) => new Date(Date.parse(`${receivedDay}T02:00:00Z`) + i * 86_400_000).toISOString();
  const make = (type: EventType, data: Record<string, unknown>, i: number) =>
    ({ ...createEvent(type, { source: "complaints", subject, data } as NewEvent<typeof type>), time: at(i) }) as EventEnvelope;
  return [
    make(
      "complaints.complaint.received",
      { trackingCode: `PAKN-2025-${subject.slice(0, 6).toUpperCase()}`, channel, receivedDay, due: due(answerDue) },
      0,
    ),
    ...steps.map(([type, data], i) => make(type, data, i + 1)),
  ];
}

const transfer: [EventType, Record<string, unknown>] = [
  "complaints.complaint.transferred",
  {
    units: [
      { unitId: "unit-le-loi", lead: true },
      { unitId: "unit-tu-phap", lead: false },
    ],
    due: { ...due("2025-04-01"), handle: "2025-03-28" },
  },
];

// March 2025: one answered on time and closed, one answered late, one overdue, one paused, one merged,
// one still within its limit; plus one from February that the period leaves out.
const EVENTS: EventEnvelope[] = [
  ...history("web", "2025-03-03", "2025-04-01", [
    transfer,
    ["complaints.complaint.answer-drafted", { unitId: "unit-le-loi", documentNumber: "12/UBND" }],
    ["complaints.complaint.answer-approved", {}],
    ["complaints.complaint.answered", { unitId: "unit-le-loi", documentNumber: "12/UBND", onTime: true }],
    ["complaints.complaint.published", {}],
    ["complaints.complaint.closed", { outcome: "published" }],
  ]),
  ...history("in-person", "2025-03-04", "2025-03-20", [
    transfer,
    ["complaints.complaint.answered", { unitId: "unit-le-loi", documentNumber: "13/UBND", onTime: false }],
  ]),
  ...history("post", "2025-03-05", "2025-03-20", [
    [
      "complaints.complaint.classified",
      { kind: "feedback", category: "thái độ", field: "Tư pháp", regulation: "Khai sinh", concernedUnitId: null },
    ],
  ]),
  ...history("web", "2025-03-10", "2025-03-25", [transfer, ["complaints.complaint.paused", { reason: "Chờ người gửi bổ sung" }]]),
  ...history("web", "2025-03-11", "2025-04-10", [["complaints.complaint.merged", { intoId: randomUUID() }]]),
  ...history("phone", "2025-03-12", "2025-05-30", []),
  ...history("web", "2025-02-20", "2025-03-20", []),
];

const EXPECTED = {
  from: "2025-03-01",
  to: "2025-03-31",
  asOf: "2025-03-31",
  received: 6,
  byChannel: [
    { channel: "web", count: 3 },
    { channel: "in-person", count: 1 },
    { channel: "phone", count: 1 },
    { channel: "post", count: 1 },
  ],
  handledOnTime: 1,
  handledLate: 1,
  inProgressWithinDeadline: 2,
  inProgressOverdue: 1,
  mergedOrClosed: 1,
  onTimeRate: 0.6,
};

const STATS = `query ($from: Date!, $to: Date!) { complaintStatistics(from: $from, to: $to) {
  from to asOf received byChannel { channel count } handledOnTime handledLate inProgressWithinDeadline inProgressOverdue mergedOrClosed onTimeRate } }`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness("complaints", NOW);
  await applyEvents(h.db, EVENTS);
});
afterAll(async () => {
  await h?.close();
});

describe("complaint facts from complaints.complaint.* events", () => {
  it("projects each PAKN's state without personal data", async () => {
    const paused = await h.db.complaintFact.findUniqueOrThrow({
      where: { id: EVENTS.find((e) => e.time.startsWith("2025-03-10"))!.subject },
    });
    expect(paused).toMatchObject({
      status: "paused",
      statusBeforePause: "transferred",
      leadUnitId: "unit-le-loi",
      unitIds: ["unit-le-loi", "unit-tu-phap"],
    });
    const answered = await h.db.complaintFact.findUniqueOrThrow({ where: { id: EVENTS[0]!.subject } });
    expect(answered).toMatchObject({ status: "closed", settledOnTime: true, settledDay: new Date("2025-03-07T00:00:00Z") });
  });

  it("counts a period by channel and indicator 5.2 for the city office, leaders and inspectors", async () => {
    for (const actor of [ACTORS.admin, ACTORS.leader, ACTORS.inspector]) {
      const res = await gql<{ complaintStatistics: typeof EXPECTED }>(h.app, STATS, { from: "2025-03-01", to: "2025-03-31" }, actor);
      expect(res.errors).toBeUndefined();
      expect(res.data!.complaintStatistics).toEqual(EXPECTED);
    }
  });

  it("measures in-progress PAKN against today when the period runs past it", async () => {
    const res = await gql<{ complaintStatistics: typeof EXPECTED }>(h.app, STATS, { from: "2025-03-01", to: "2025-12-31" }, ACTORS.admin);
    expect(res.data!.complaintStatistics).toMatchObject({
      asOf: "2025-04-15",
      received: 6,
      inProgressOverdue: 1,
      inProgressWithinDeadline: 2,
    });
  });

  it("is idempotent: applying the whole history again changes nothing", async () => {
    const before = await h.db.complaintFact.findMany({ orderBy: { id: "asc" } });
    await applyEvents(h.db, EVENTS);
    expect(await h.db.complaintFact.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("refuses unit officers and anonymous callers, and a reversed period", async () => {
    const vars = { from: "2025-03-01", to: "2025-03-31" };
    expect((await gql(h.app, STATS, vars, ACTORS.ward)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gql(h.app, STATS, vars, ACTORS.anonymous)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // Partner systems read the counts with reports:read (issue 9 item 8), not with a scope of another service.
    const partner = (scopes: string[]): Actor => ({ kind: "partner", partnerId: "p-1", name: "Hệ thống báo cáo", scopes });
    expect((await gql(h.app, STATS, vars, partner(["complaints:read"]))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await gql<{ complaintStatistics: { received: number } }>(h.app, STATS, vars, partner(["reports:read"]))).errors,
    ).toBeUndefined();
    const reversed = await gql(h.app, STATS, { from: "2025-04-01", to: "2025-03-01" }, ACTORS.admin);
    expect(reversed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(reversed.errors?.[0]?.message).toMatch(/Ngày bắt đầu/);
  });
});

describe("rebuilding the projection from offset 0", () => {
  it("a fresh consumer group reading the topic from the beginning into an empty database yields the same counts", async () => {
    const prefix = `test-reporting-replay-${randomUUID().slice(0, 8)}.`;
    const topic = `${prefix}complaints.complaint.v1`;
    await ensureTopics(kafkaBrokers(), [topic]);
    const producer = createKafka({ brokers: kafkaBrokers(), clientId: "reporting-replay-test", log: silent }).producer();
    await producer.connect();
    await producer.send({ topic, messages: EVENTS.map((e) => ({ key: e.subject, value: JSON.stringify(e) })) });
    await producer.disconnect();

    const fresh = await startHarness("complaints_replay", NOW);
    const running = await startConsumer({
      brokers: kafkaBrokers(),
      groupId: `${prefix}rebuild`,
      topics: [topic],
      runInTransaction: (fn) => fresh.db.$transaction(fn),
      handlers: consumer.handlers,
      log: silent,
    });
    try {
      const from = parseLocalDate("2025-03-01");
      const to = parseLocalDate("2025-03-31");
      const today = parseLocalDate("2025-04-15");
      const original = await complaintStatistics(h.db, from, to, today);
      expect(original).toEqual(EXPECTED);
      const facts = (db: Harness["db"]) => db.complaintFact.findMany({ orderBy: { id: "asc" } });
      const originalFacts = await facts(h.db);
      // Wait for the whole history, not only some of its counts: the partitions are consumed
      // independently, so one PAKN's later events can still be on their way when the counts match.
      await waitFor(async () => isDeepStrictEqual(await facts(fresh.db), originalFacts), 30_000).catch(() => undefined);
      const rebuilt = await complaintStatistics(fresh.db, from, to, today);
      expect(rebuilt).toEqual(original);
      expect(await facts(fresh.db)).toEqual(originalFacts);
    } finally {
      await running.stop();
      await fresh.close();
    }
  });
});
