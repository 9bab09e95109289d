/**
 * A reorganisation in reporting (issue 14 item 3): on 01/07/2025 phường Lê Lợi, Minh Khai and Hiến Nam merge
 * into phường Phố Hiến. The directory's and complaints' events go through the real broker to the service's
 * own consumer. Past figures stay under the closed wards and roll up to Phố Hiến for comparison, labelled;
 * the open report (Minh Khai's, under an exception) goes to Phố Hiến, the submitted and the locked ones
 * stay; the preview's count (the federated Unit's reportingWorkToMove) equals what moved; a replay changes nothing.
 *
 * Quarters (cut-off day 14): Q1/2025 15/12/2024 → 14/03, Q2 15/03 → 14/06, Q3 15/06 → 14/09, Q4 15/09 → 14/12.
 */
import { randomUUID } from "node:crypto";
import { parseLocalDate } from "@tthc/calendar";
import type { EventEnvelope, EventOf } from "@tthc/events";
import { createKafka, ensureTopics, startConsumer, type Logger } from "@tthc/messaging";
import { kafkaBrokers, waitFor } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumer } from "../src/events/handlers.ts";
import { generateExpectedReports, grantException, lockOverdueReports, saveNarrative, submitReport } from "../src/use-cases/unit-reports.ts";
import { at, depsAt, event, officer, uuid } from "./fixtures.ts";
import { ACTORS, gql, startHarness, type Harness } from "./harness.ts";

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const NOW = new Date("2025-07-10T02:00:00Z");

const LE_LOI = "unit-le-loi";
const MINH_KHAI = "unit-minh-khai";
const HIEN_NAM = "unit-hien-nam";
const PHO_HIEN = "unit-pho-hien";
const TU_PHAP = "unit-tu-phap";
const NAMES: Record<string, string> = {
  [LE_LOI]: "UBND phường Lê Lợi",
  [MINH_KHAI]: "UBND phường Minh Khai",
  [HIEN_NAM]: "UBND phường Hiến Nam",
  [PHO_HIEN]: "UBND phường Phố Hiến",
  [TU_PHAP]: "Phòng Tư pháp",
};
const DECISION = { id: "d-1", number: "1656/NQ-UBTVQH15", signedOn: "2025-06-16" };

const state = (id: string, validFrom: string) => ({
  id,
  code: id,
  name: NAMES[id]!,
  shortName: null,
  levelCode: "ward",
  parentId: null,
  validFrom,
  validTo: null,
});
const created = (id: string, validFrom: string) => event("directory.unit.created", id, at("2024-01-01"), { unit: state(id, validFrom) });
const WARDS = [LE_LOI, MINH_KHAI, HIEN_NAM];
const closedAndSucceeded = WARDS.flatMap((id) => [
  event("directory.unit.closed", id, "2025-06-30T17:00:01.000Z", { unit: { ...state(id, "2020-01-01"), validTo: "2025-06-30" } }),
  event("directory.unit.succeeded", id, "2025-06-30T17:00:02.000Z", {
    predecessorId: id,
    change: "MERGE",
    successors: [{ unitId: PHO_HIEN, workKinds: ["PLAN_WORK", "COMPLAINTS", "RECOMMENDATIONS", "USERS"] }],
    effectiveFrom: "2025-07-01",
    decision: DECISION,
  }),
]);

/** A PAKN received on `day` and transferred to `unitId` the same day. */
function pakn(unitId: string, day: string): EventEnvelope[] {
  const id = uuid();
  const due = { classify: day, outOfScopeTransfer: day, handle: null, answer: "2025-12-31" };
  return [
    event("complaints.complaint.received", id, at(day), { trackingCode: `PAKN-${id.slice(0, 6)}`, channel: "web", receivedDay: day, due }),
    event("complaints.complaint.transferred", id, at(day).replace("02:00", "03:00"), { units: [{ unitId, lead: true }], due }),
  ];
}

const prefix = `test-reporting-succession-${randomUUID().slice(0, 8)}.`;
const TOPICS = ["directory.unit.v1", "complaints.complaint.v1"].map((t) => `${prefix}${t}`);
const topicOf = (e: EventEnvelope) => `${prefix}${e.type.split(".").slice(0, 2).join(".")}.v1`;

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id reportingWorkToMove { what count } } } }`;
type Entities = { _entities: Array<{ id: string; reportingWorkToMove: Array<{ what: string; count: number }> }> };
const ACROSS = `query($unitId: String!, $periods: [ReportPeriodInput!]!) {
  unitFiguresAcrossReorganisation(unitId: $unitId, kindCode: "tthc-control-quarterly", periods: $periods) {
    periodKey periodLabel units { unitId predecessor lastDay label figures { code value } } total { code value } } }`;
type Across = {
  unitFiguresAcrossReorganisation: Array<{
    periodKey: string;
    units: Array<{
      unitId: string;
      predecessor: boolean;
      lastDay: string | null;
      label: string;
      figures: Array<{ code: string; value: number }>;
    }>;
    total: Array<{ code: string; value: number }>;
  }>;
};
const LIST = `query { unitReports(kindCode: "tthc-control-quarterly", periodKey: "2025-Q2") { total items { id unitId status heldByUnitId heldByDecision } } }`;
const NARRATIVE = `mutation ($id: ID!, $text: String!) { saveReportNarrative(id: $id, narrative: $text) { id narrative } }`;

let h: Harness;
let before: Map<string, number>;
const report = {} as Record<string, string>;

async function publish(events: EventEnvelope[]): Promise<void> {
  const producer = createKafka({ brokers: kafkaBrokers(), clientId: "reporting-succession-test", log: silent }).producer();
  await producer.connect();
  for (const e of events) await producer.send({ topic: topicOf(e), messages: [{ key: e.subject, value: JSON.stringify(e) }] });
  await producer.disconnect();
}

/** Run the service's consumer on the prefixed topics in `group` until it has committed every message on them. */
async function consumeAll(group: string): Promise<void> {
  const admin = createKafka({ brokers: kafkaBrokers(), clientId: "reporting-succession-test", log: silent }).admin();
  await admin.connect();
  const running = await startConsumer({
    brokers: kafkaBrokers(),
    groupId: `${prefix}${group}`,
    topics: TOPICS,
    runInTransaction: (fn) => h.db.$transaction(fn),
    handlers: consumer.handlers,
    log: silent,
  });
  try {
    const ends = new Map<string, string>();
    for (const topic of TOPICS) for (const p of await admin.fetchTopicOffsets(topic)) ends.set(`${topic}|${p.partition}`, p.high);
    await waitFor(async () => {
      const committed = await admin.fetchOffsets({ groupId: `${prefix}${group}`, topics: TOPICS });
      return committed.every((t) =>
        t.partitions.every((p) => ends.get(`${t.topic}|${p.partition}`) === "0" || p.offset === ends.get(`${t.topic}|${p.partition}`)),
      );
    }, 30_000);
  } finally {
    await running.stop();
    await admin.disconnect();
  }
}

async function preview(unitIds: string[]): Promise<Map<string, number>> {
  const result = await gql<Entities>(h.app, ENTITIES, { r: unitIds.map((id) => ({ __typename: "Unit", id })) }, ACTORS.admin);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return new Map(result.data!._entities.map((u) => [u.id, u.reportingWorkToMove.reduce((n, w) => n + w.count, 0)]));
}

async function snapshot() {
  const [reports, facts] = await Promise.all([
    h.db.unitReport.findMany({ orderBy: { id: "asc" } }),
    h.db.dailyFact.findMany({ orderBy: [{ measure: "asc" }, { unitId: "asc" }, { day: "asc" }] }),
  ]);
  return { reports, facts };
}

beforeAll(async () => {
  h = await startHarness("succession", NOW);
  await ensureTopics(kafkaBrokers(), TOPICS);
  // Before the merge: the units and the wards' PAKN of Q1, Q2 and the first fortnight of Q3.
  await publish([
    ...[LE_LOI, MINH_KHAI, HIEN_NAM, TU_PHAP].map((id) => created(id, "2020-01-01")),
    created(PHO_HIEN, "2025-07-01"),
    ...pakn(LE_LOI, "2025-02-10"),
    ...pakn(LE_LOI, "2025-04-02"),
    ...pakn(LE_LOI, "2025-05-05"),
    ...pakn(MINH_KHAI, "2025-04-10"),
    ...pakn(TU_PHAP, "2025-04-11"),
    ...pakn(LE_LOI, "2025-06-20"),
  ]);
  await consumeAll("live");
  // Q2's reports: Lê Lợi submits, the others are locked at the deadline, then Minh Khai gets an exception.
  expect(await generateExpectedReports(h.db, ACTORS.admin, "tthc-control-quarterly", { year: 2025, index: 2 }, depsAt("2025-06-16"))).toBe(
    4,
  );
  for (const r of await h.db.unitReport.findMany()) report[r.unitId] = r.id;
  await saveNarrative(h.db, officer(LE_LOI), report[LE_LOI]!, "Đã thực hiện", depsAt("2025-06-16"));
  await submitReport(h.db, officer(LE_LOI), report[LE_LOI]!, depsAt("2025-06-16"));
  await lockOverdueReports(h.db, depsAt("2025-06-20"));
  await grantException(h.db, ACTORS.admin, report[MINH_KHAI]!, parseLocalDate("2025-07-20"), depsAt("2025-06-20"));

  before = await preview([...WARDS, TU_PHAP]);
  // The merge, and Phố Hiến's own PAKN after it.
  await publish([...closedAndSucceeded, ...pakn(PHO_HIEN, "2025-07-05"), ...pakn(PHO_HIEN, "2025-07-08")]);
  await consumeAll("live");
}, 180_000);
afterAll(() => h?.close());

describe("reporting after the wards merge into Phố Hiến", () => {
  it("previewed the one open report (Minh Khai's, under an exception), for the city office only", async () => {
    expect(Object.fromEntries(before)).toEqual({ [LE_LOI]: 0, [MINH_KHAI]: 1, [HIEN_NAM]: 0, [TU_PHAP]: 0 });
    const refused = await gql(h.app, ENTITIES, { r: [{ __typename: "Unit", id: LE_LOI }] }, ACTORS.leader);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("hands the open report to Phố Hiến and keeps the submitted and the locked ones; it moved what was counted", async () => {
    const rows = await h.db.unitReport.findMany();
    const heldBy = Object.fromEntries(rows.map((r) => [r.unitId, r.heldByUnitId]));
    expect(heldBy).toEqual({ [LE_LOI]: null, [MINH_KHAI]: PHO_HIEN, [HIEN_NAM]: null, [TU_PHAP]: null });
    expect(rows.filter((r) => r.heldByUnitId !== null).length).toBe([...before.values()].reduce((a, b) => a + b, 0));
    expect(rows.find((r) => r.unitId === MINH_KHAI)!.heldByDecision).toBe(DECISION.number);
    const after = await preview([MINH_KHAI, PHO_HIEN]);
    expect(Object.fromEntries(after)).toEqual({ [MINH_KHAI]: 0, [PHO_HIEN]: 1 });
  });

  it("lets Phố Hiến's officer find and complete the report; Minh Khai's former officer can read but not edit it", async () => {
    const pho = officer(PHO_HIEN);
    const list = await gql<{ unitReports: { total: number; items: Array<{ id: string; unitId: string; heldByUnitId: string }> } }>(
      h.app,
      LIST,
      {},
      pho,
    );
    expect(list.data!.unitReports).toEqual({
      total: 1,
      items: [expect.objectContaining({ id: report[MINH_KHAI], unitId: MINH_KHAI, heldByUnitId: PHO_HIEN })],
    });
    const saved = await gql(h.app, NARRATIVE, { id: report[MINH_KHAI], text: "Phố Hiến báo cáo thay Minh Khai" }, pho);
    expect(saved.errors).toBeUndefined();
    const read = await gql(h.app, `query ($id: ID!) { unitReport(id: $id) { id } }`, { id: report[MINH_KHAI] }, officer(MINH_KHAI));
    expect(read.errors).toBeUndefined();
    const former = await gql(h.app, NARRATIVE, { id: report[MINH_KHAI], text: "x" }, officer(MINH_KHAI));
    expect(former.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("keeps past figures under the closed wards and rolls them up to Phố Hiến, labelled", async () => {
    const periods = [1, 2, 3, 4].map((index) => ({ year: 2025, index }));
    const result = await gql<Across>(h.app, ACROSS, { unitId: PHO_HIEN, periods }, ACTORS.admin);
    expect(result.errors).toBeUndefined();
    const received = (figures: Array<{ code: string; value: number }>) => figures.find((f) => f.code === "pakn.received")!.value;
    const byPeriod = result.data!.unitFiguresAcrossReorganisation.map((p) => ({
      period: p.periodKey,
      units: p.units.map((u) => [u.unitId, u.predecessor, received(u.figures)]),
      total: received(p.total),
    }));
    const wards = (q1: number, q2: number, q3: number) => [
      [HIEN_NAM, true, q1],
      [LE_LOI, true, q2],
      [MINH_KHAI, true, q3],
    ];
    expect(byPeriod).toEqual([
      { period: "2025-Q1", units: [...wards(0, 1, 0), [PHO_HIEN, false, 0]], total: 1 },
      { period: "2025-Q2", units: [...wards(0, 2, 1), [PHO_HIEN, false, 0]], total: 3 },
      // Q3 straddles the merge: Lê Lợi's PAKN of 20/06 and Phố Hiến's two of July.
      { period: "2025-Q3", units: [...wards(0, 1, 0), [PHO_HIEN, false, 2]], total: 3 },
      // The wards had closed before Q4 began.
      { period: "2025-Q4", units: [[PHO_HIEN, false, 0]], total: 0 },
    ]);
    const leLoi = result.data!.unitFiguresAcrossReorganisation[0]!.units.find((u) => u.unitId === LE_LOI)!;
    expect(leLoi).toMatchObject({ lastDay: "2025-06-30", label: "UBND phường Lê Lợi (đến 30/06/2025, nay thuộc UBND phường Phố Hiến)" });
    // Lê Lợi's own figures are still its own.
    const own = await gql<Across>(h.app, ACROSS, { unitId: LE_LOI, periods: [{ year: 2025, index: 2 }] }, ACTORS.admin);
    expect(own.data!.unitFiguresAcrossReorganisation[0]!.units.map((u) => [u.unitId, received(u.figures)])).toEqual([[LE_LOI, 2]]);
  });

  it("reads the roll-up for the unit's own officer only, and refuses bad periods in Vietnamese", async () => {
    const periods = [{ year: 2025, index: 2 }];
    expect((await gql(h.app, ACROSS, { unitId: PHO_HIEN, periods }, officer(PHO_HIEN))).errors).toBeUndefined();
    const foreign = await gql(h.app, ACROSS, { unitId: PHO_HIEN, periods }, officer(TU_PHAP));
    expect(foreign.errors?.[0]).toMatchObject({ message: "Bạn chỉ xem được số liệu của đơn vị mình.", extensions: { code: "FORBIDDEN" } });
    const bad = await gql(h.app, ACROSS, { unitId: PHO_HIEN, periods: [{ year: 2025, index: 5 }] }, ACTORS.admin);
    expect(bad.errors?.[0]?.message).toBe("Quý phải từ 1 đến 4.");
    const many = await gql(h.app, ACROSS, { unitId: PHO_HIEN, periods: Array.from({ length: 13 }, () => periods[0]) }, ACTORS.admin);
    expect(many.errors?.[0]?.message).toBe("Cần từ 1 đến 12 kỳ báo cáo.");
  });

  it("changes nothing when the events are replayed: read again from offset 0, or handled again", async () => {
    const state = await snapshot();
    await consumeAll("replay");
    const succeeded = closedAndSucceeded.find((e) => e.type === "directory.unit.succeeded" && e.subject === MINH_KHAI)!;
    await h.db.$transaction((tx) =>
      consumer.handlers["directory.unit.succeeded"]!({ ...(succeeded as EventOf<"directory.unit.succeeded">), id: randomUUID() }, tx),
    );
    expect(await snapshot()).toEqual(state);
  });
});
