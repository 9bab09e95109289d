/**
 * A reorganisation in inspections (issue 14 item 3): phường Lê Lợi merges into phường Phố Hiến. The
 * directory's events go through the real broker to the service's own consumer; Lê Lợi's open
 * recommendations, its inspection not yet started and its draft plan item move to Phố Hiến with a trace,
 * while its started inspection, its verified recommendation, its approved plan and its signals stay. The
 * preview's counts (the federated Unit's inspectionsWorkToMove) equal what moved, and a replay changes nothing.
 */
import { randomUUID } from "node:crypto";
import { createEvent, type EventEnvelope, type UnitState } from "@tthc/events";
import { createKafka, ensureTopics, startConsumer, type Logger } from "@tthc/messaging";
import { kafkaBrokers, mergedInto, waitFor } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumer } from "../src/events/handlers.ts";
import {
  ACTORS,
  approvedPlan,
  countingApp,
  CREATE_PLAN,
  errorOf,
  gql,
  ok,
  startedInspection,
  startHarness,
  UNIT,
  type Harness,
} from "./harness.ts";

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const prefix = `test-inspections-succession-${randomUUID().slice(0, 8)}.`;
const TOPIC = `${prefix}directory.unit.v1`;

const PHO_HIEN = "00000000-0000-4000-8000-000000000030";
const EFFECTIVE = "2026-03-16";
const DECISION = { id: "d-1", number: "1234/QĐ-UBND", signedOn: "2026-03-01" };

const leLoi: UnitState = {
  id: UNIT.leLoi,
  code: "hy.tp.p.le-loi",
  name: "UBND phường Lê Lợi",
  shortName: null,
  levelCode: "commune",
  parentId: UNIT.city,
  validFrom: "2024-01-01",
  validTo: null,
};
const phoHien: UnitState = { ...leLoi, id: PHO_HIEN, code: "hy.p.pho-hien", name: "UBND phường Phố Hiến", validFrom: EFFECTIVE };

const at = <E extends EventEnvelope>(e: E, time: string): E => ({ ...e, time: new Date(time).toISOString() });
const created = at(
  createEvent("directory.unit.created", { source: "directory", subject: PHO_HIEN, data: { unit: phoHien } }),
  "2026-03-16T00:00:01+07:00",
);
const closed = at(
  createEvent("directory.unit.closed", { source: "directory", subject: UNIT.leLoi, data: { unit: { ...leLoi, validTo: "2026-03-15" } } }),
  "2026-03-16T00:00:02+07:00",
);
const succeeded = mergedInto(UNIT.leLoi, PHO_HIEN, { effectiveFrom: EFFECTIVE, time: "2026-03-16T00:00:03+07:00", decision: DECISION });

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id inspectionsWorkToMove { what count } } } }`;
type Entities = { _entities: Array<{ id: string; inspectionsWorkToMove: Array<{ what: string; count: number }> }> };
const FINDING = `mutation($id: ID!, $input: FindingInput!) { recordFinding(inspectionId: $id, input: $input) { id } }`;
const RECOMMEND = `mutation($id: ID!, $input: RecommendationInput!) { issueRecommendation(findingId: $id, input: $input) { id } }`;
const ANSWER = `mutation($id: ID!, $answer: String!) { answerRecommendation(id: $id, answer: $answer) { id } }`;
const VERIFY = `mutation($id: ID!, $accepted: Boolean!) { verifyRecommendation(id: $id, accepted: $accepted) { id status } }`;
const SUGGEST = `mutation($input: SuggestedInspectionInput!) { scheduleSuggestedInspection(input: $input) { id status } }`;

let h: Harness;
const ids = {} as {
  open: string;
  answered: string;
  verified: string;
  started: string;
  scheduled: string;
  approvedPlan: string;
  draftPlan: string;
};
let before: Map<string, Record<string, number>>;

async function publish(events: EventEnvelope[]): Promise<void> {
  const producer = createKafka({ brokers: kafkaBrokers(), clientId: "inspections-succession-test", log: silent }).producer();
  await producer.connect();
  for (const e of events) await producer.send({ topic: TOPIC, messages: [{ key: e.subject, value: JSON.stringify(e) }] });
  await producer.disconnect();
}

/** Run the service's consumer on the prefixed topic in `group` until it has committed every message of the topic. */
async function consumeAll(group: string): Promise<void> {
  const admin = createKafka({ brokers: kafkaBrokers(), clientId: "inspections-succession-test", log: silent }).admin();
  await admin.connect();
  const running = await startConsumer({
    brokers: kafkaBrokers(),
    groupId: `${prefix}${group}`,
    topics: [TOPIC],
    runInTransaction: (fn) => h.db.$transaction(fn),
    handlers: consumer.handlers,
    log: silent,
  });
  try {
    const end = new Map((await admin.fetchTopicOffsets(TOPIC)).map((p) => [p.partition, p.high]));
    await waitFor(async () => {
      const [committed] = await admin.fetchOffsets({ groupId: `${prefix}${group}`, topics: [TOPIC] });
      return committed!.partitions.every((p) => end.get(p.partition) === "0" || p.offset === end.get(p.partition));
    }, 30_000);
  } finally {
    await running.stop();
    await admin.disconnect();
  }
}

/** The preview's counts per unit, by what. */
async function preview(unitIds: string[]): Promise<Map<string, Record<string, number>>> {
  const data = ok(await gql<Entities>(h.app, ENTITIES, { r: unitIds.map((id) => ({ __typename: "Unit", id })) }, ACTORS.admin));
  return new Map(data._entities.map((u) => [u.id, Object.fromEntries(u.inspectionsWorkToMove.map((w) => [w.what, w.count]))]));
}

/** Everything inspections holds for a unit, as a comparable snapshot. */
async function snapshot() {
  const [recommendations, inspections, items, signals, transfers] = await Promise.all([
    h.db.recommendation.findMany({ orderBy: { id: "asc" }, select: { id: true, responsibleUnitId: true, status: true } }),
    h.db.inspection.findMany({ orderBy: { id: "asc" }, select: { id: true, unitId: true, status: true } }),
    h.db.planItem.findMany({ orderBy: { id: "asc" }, select: { id: true, unitId: true, planId: true } }),
    h.db.unitSignal.findMany({ orderBy: { eventId: "asc" } }),
    h.db.workTransfer.findMany({ orderBy: [{ kind: "asc" }, { subjectId: "asc" }] }),
  ]);
  return { recommendations, inspections, items, signals, transfers };
}

beforeAll(async () => {
  h = await startHarness("succession");
  // Lê Lợi's work: an approved plan whose inspection has started, with three recommendations (open, answered, verified).
  const { planId, inspectionOf } = await approvedPlan(h);
  ids.approvedPlan = planId;
  ids.started = inspectionOf[UNIT.leLoi]!;
  const criterion = await startedInspection(h, ids.started);
  const finding = ok(
    await gql<{ recordFinding: { id: string } }>(
      h.app,
      FINDING,
      { id: ids.started, input: { criterionId: criterion["1.1"], severity: "MAJOR", description: "Chưa niêm yết TTHC mới" } },
      ACTORS.inspector,
    ),
  ).recordFinding.id;
  const recommend = async (text: string) =>
    ok(
      await gql<{ issueRecommendation: { id: string } }>(
        h.app,
        RECOMMEND,
        { id: finding, input: { text, workingDays: 10 } },
        ACTORS.inspector,
      ),
    ).issueRecommendation.id;
  ids.open = await recommend("Niêm yết bổ sung");
  ids.answered = await recommend("Cập nhật sổ theo dõi");
  ids.verified = await recommend("Báo cáo kết quả khắc phục");
  ok(await gql(h.app, ANSWER, { id: ids.answered, answer: "Đã cập nhật sổ" }, ACTORS.leLoi));
  ok(await gql(h.app, ANSWER, { id: ids.verified, answer: "Đã gửi báo cáo" }, ACTORS.leLoi));
  ok(await gql(h.app, VERIFY, { id: ids.verified, accepted: true }, ACTORS.inspector));
  // An inspection not yet started (suggested by the risk ranking) and next year's draft plan.
  ids.scheduled = ok(
    await gql<{ scheduleSuggestedInspection: { id: string } }>(
      h.app,
      SUGGEST,
      { input: { unitId: UNIT.leLoi, year: 2026, month: 9 } },
      ACTORS.admin,
    ),
  ).scheduleSuggestedInspection.id;
  ids.draftPlan = ok(
    await gql<{ createInspectionPlan: { id: string } }>(
      h.app,
      CREATE_PLAN,
      {
        input: {
          year: 2027,
          title: "Kế hoạch kiểm tra năm 2027",
          items: [{ unitId: UNIT.leLoi, periodKind: "QUARTER", period: 1, type: "PERIODIC", focus: "Giải quyết hồ sơ đúng hạn" }],
        },
      },
      ACTORS.admin,
    ),
  ).createInspectionPlan.id;
  // A signal of Lê Lợi's past: a fact about the old unit.
  await h.db.unitSignal.create({
    data: { eventId: randomUUID(), kind: "complaint-overdue", unitId: UNIT.leLoi, subject: randomUUID(), day: new Date("2026-02-10") },
  });

  before = await preview([UNIT.leLoi, UNIT.minhKhai]);
  await ensureTopics(kafkaBrokers(), [TOPIC]);
  await publish([created, closed, succeeded]);
  await consumeAll("live");
}, 180_000);
afterAll(() => h?.close());

describe("inspections after Lê Lợi merges into Phố Hiến", () => {
  it("previewed Lê Lợi's open work, for the city office only", async () => {
    expect(before.get(UNIT.leLoi)).toEqual({
      "Kiến nghị chưa hoàn thành": 2,
      "Cuộc kiểm tra chưa bắt đầu": 1,
      "Mục của kế hoạch kiểm tra chưa phê duyệt": 1,
    });
    // Minh Khai's inspection of the approved plan has not started either.
    expect(before.get(UNIT.minhKhai)).toMatchObject({ "Cuộc kiểm tra chưa bắt đầu": 1, "Kiến nghị chưa hoàn thành": 0 });
    const refused = await gql(h.app, ENTITIES, { r: [{ __typename: "Unit", id: UNIT.leLoi }] }, ACTORS.inspector);
    expect(errorOf(refused).code).toBe("FORBIDDEN");
  });

  it("counts the units of an _entities batch in one statement", async () => {
    const counting = await countingApp(h);
    try {
      const statementsFor = async (unitIds: string[]) => {
        const start = counting.statements();
        ok(await gql(counting.app, ENTITIES, { r: unitIds.map((id) => ({ __typename: "Unit", id })) }, ACTORS.admin));
        return counting.statements() - start;
      };
      expect(await statementsFor([UNIT.leLoi])).toBe(1);
      expect(await statementsFor([UNIT.leLoi, UNIT.minhKhai, UNIT.tuPhap, PHO_HIEN])).toBe(1);
    } finally {
      await counting.close();
    }
  });

  it("moves the open recommendations, keeps the verified one with Lê Lợi", async () => {
    const rows = await h.db.recommendation.findMany({ where: { id: { in: [ids.open, ids.answered, ids.verified] } } });
    const unitOf = Object.fromEntries(rows.map((r) => [r.id, r.responsibleUnitId]));
    expect(unitOf).toEqual({ [ids.open]: PHO_HIEN, [ids.answered]: PHO_HIEN, [ids.verified]: UNIT.leLoi });
    // The answer stays as given: only who owes the rest changed.
    expect(rows.find((r) => r.id === ids.answered)).toMatchObject({ status: "answered", answer: "Đã cập nhật sổ" });
  });

  it("moves the inspection not yet started and the draft plan's item; the started one and the approved plan stay", async () => {
    const inspections = await h.db.inspection.findMany({ where: { id: { in: [ids.started, ids.scheduled] } } });
    expect(Object.fromEntries(inspections.map((i) => [i.id, i.unitId]))).toEqual({ [ids.started]: UNIT.leLoi, [ids.scheduled]: PHO_HIEN });
    expect((await h.db.planItem.findFirstOrThrow({ where: { planId: ids.draftPlan } })).unitId).toBe(PHO_HIEN);
    expect((await h.db.planItem.findMany({ where: { planId: ids.approvedPlan } })).map((i) => i.unitId)).toContain(UNIT.leLoi);
    expect(await h.db.unitSignal.count({ where: { unitId: UNIT.leLoi } })).toBe(1);
  });

  it("keeps a trace of each move, and moved what the preview counted", async () => {
    const transfers = await h.db.workTransfer.findMany();
    expect(transfers.every((t) => t.fromUnitId === UNIT.leLoi && t.toUnitId === PHO_HIEN && t.decisionNumber === DECISION.number)).toBe(
      true,
    );
    const moved = (kind: string) =>
      transfers
        .filter((t) => t.kind === kind)
        .map((t) => t.subjectId)
        .sort();
    expect(moved("recommendation")).toEqual([ids.open, ids.answered].sort());
    expect(moved("inspection")).toEqual([ids.scheduled]);
    expect(moved("plan_item")).toHaveLength(1);
    const counted = before.get(UNIT.leLoi)!;
    expect(Object.values(counted).reduce((a, b) => a + b, 0)).toBe(transfers.length);
    // Nothing is left to move from Lê Lợi; Phố Hiến holds it now.
    const after = await preview([UNIT.leLoi, PHO_HIEN]);
    expect(Object.values(after.get(UNIT.leLoi)!).every((n) => n === 0)).toBe(true);
    expect(after.get(PHO_HIEN)).toEqual(counted);
  });

  it("shows where moved work came from, through GraphQL", async () => {
    const TRANSFERS = `query($started: ID!, $scheduled: ID!) {
      started: inspection(id: $started) { unitId transfers { fromUnitId } findings { recommendations { id responsibleUnitName transfers {
        fromUnitId fromUnitName toUnitId decisionNumber effectiveFrom } } } }
      scheduled: inspection(id: $scheduled) { unitId unitName transfers { fromUnitName decisionNumber } } }`;
    type Data = {
      started: { unitId: string; transfers: unknown[]; findings: Array<{ recommendations: Array<{ id: string; transfers: unknown[] }> }> };
      scheduled: { unitId: string; unitName: string; transfers: unknown[] };
    };
    const data = ok(await gql<Data>(h.app, TRANSFERS, { started: ids.started, scheduled: ids.scheduled }, ACTORS.inspector));
    expect(data.started.transfers).toEqual([]);
    const recommendations = Object.fromEntries(data.started.findings[0]!.recommendations.map((r) => [r.id, r.transfers]));
    const fromLeLoi = {
      fromUnitId: UNIT.leLoi,
      fromUnitName: "UBND phường Lê Lợi",
      toUnitId: PHO_HIEN,
      decisionNumber: DECISION.number,
      effectiveFrom: EFFECTIVE,
    };
    expect(recommendations).toEqual({ [ids.open]: [fromLeLoi], [ids.answered]: [fromLeLoi], [ids.verified]: [] });
    expect(data.scheduled).toEqual({
      unitId: PHO_HIEN,
      unitName: "UBND phường Phố Hiến",
      transfers: [{ fromUnitName: "UBND phường Lê Lợi", decisionNumber: DECISION.number }],
    });
  });

  it("changes nothing when the event is replayed: redelivered, read again from offset 0, or handled again", async () => {
    const state = await snapshot();
    await publish([succeeded]);
    await consumeAll("live");
    // A new group reads the topic from its start: the processed_event rows make every event a no-op.
    await consumeAll("replay");
    // The reaction itself finds nothing open left at Lê Lợi (as after a pruned processed_event).
    await h.db.$transaction((tx) => consumer.handlers["directory.unit.succeeded"]({ ...succeeded, id: randomUUID() }, tx));
    expect(await snapshot()).toEqual(state);
  });
});
