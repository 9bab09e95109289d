/**
 * Issue 14 item 3 (planning): a reorganisation closes phường Lê Lợi into phường Phố Hiến. Lê Lợi's open
 * occurrences, its unit plan still due, its focal officers and the importer's mappings to it move to Phố
 * Hiến; the occurrence Lê Lợi reported and had accepted stays with it, with its report, and the plan as
 * issued still names Lê Lợi. The preview counts what moved; a replay changes nothing. The event goes through
 * the real broker and the service's own consumer.
 */
import { randomUUID } from "node:crypto";
import { createEvent } from "@tthc/events";
import { createKafka, ensureTopics, producerDefaults, startConsumer, type Logger } from "@tthc/messaging";
import { kafkaBrokers, mergedInto, testUser, waitFor } from "@tthc/test-kit";
import { applyUnitEvent } from "@tthc/unit-replica";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumer } from "../src/events/handlers.ts";
import { UNIT } from "./fixtures/units.ts";
import { ACTORS, errorOf, gql, importSeed, startHarness, type Harness } from "./harness.ts";

// 27/03/2024: the first quarter's occurrences are open, January's are due.
const NOW = new Date("2024-03-27T03:00:00Z");
const PHO_HIEN = "00000000-0000-4000-8000-000000000030";
const phoHienOfficer = testUser("phuong.phohien", "phuong.phohien", PHO_HIEN, ["UNIT_OFFICER"]);
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

const event = mergedInto(UNIT.leLoi, PHO_HIEN, { effectiveFrom: "2025-07-01", time: "2025-06-30T17:00:00Z" });

const PREVIEW = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id planningWorkToMove { what count } } } }`;
const MY = `{ myOccurrences { id unitId } }`;
const FOCAL = `query($u: ID) { focalOfficers(unitId: $u) { unitId current { name } history { decisionNumber officers { name } } } }`;

type Work = Array<{ what: string; count: number }>;
const counts = (work: Work) => Object.fromEntries(work.map((w) => [w.what, w.count]));

describe("directory.unit.succeeded: Lê Lợi's open plan work moves to Phố Hiến", () => {
  let h: Harness;
  let planId: string;
  let doneId: string;
  let before: Record<string, number>;

  const preview = (unitIds: string[], actor = ACTORS.admin) =>
    gql<{ _entities: Array<{ id: string; planningWorkToMove: Work }> }>(
      h.app,
      PREVIEW,
      { r: unitIds.map((id) => ({ __typename: "Unit", id })) },
      actor,
    );
  /** Everything a move writes, to compare before and after a replay. */
  const snapshot = async () => ({
    occurrences: await h.db.occurrence.findMany({
      orderBy: { id: "asc" },
      select: { id: true, unitId: true, status: true, updatedAt: true },
    }),
    unitPlans: await h.db.unitPlan.findMany({ orderBy: { id: "asc" }, select: { id: true, unitId: true, status: true } }),
    focal: await h.db.focalOfficerChange.findMany({ orderBy: { id: "asc" } }),
    mappings: await h.db.unitNameMapping.findMany({ orderBy: { id: "asc" } }),
    reports: await h.db.progressReport.findMany({ orderBy: { id: "asc" } }),
  });

  beforeAll(async () => {
    h = await startHarness("succession", { now: () => NOW });
    await h.db.$transaction((tx) =>
      applyUnitEvent(
        createEvent("directory.unit.created", {
          source: "directory",
          subject: PHO_HIEN,
          data: {
            unit: {
              id: PHO_HIEN,
              code: "hy.p.pho-hien",
              name: "UBND phường Phố Hiến",
              shortName: null,
              levelCode: "commune",
              parentId: UNIT.province,
              validFrom: "2025-07-01",
              validTo: null,
            },
          },
        }),
        tx,
      ),
    );
    planId = await importSeed(h.app);
    // Done and accepted before the merge: reported work, it stays with Lê Lợi.
    const q1 = await h.db.occurrence.findFirstOrThrow({ where: { unitId: UNIT.leLoi, key: "2024-Q1" } });
    doneId = q1.id;
    const reported = await gql<{ reportProgress: { id: string } }>(
      h.app,
      `mutation($id: ID!, $input: ProgressReportInput!) { reportProgress(occurrenceId: $id, input: $input) { id } }`,
      { id: q1.id, input: { status: "DONE", note: "Đã niêm yết đầy đủ", evidenceNumber: "15/BC-UBND", evidenceDate: "2024-03-25" } },
      ACTORS.leLoi,
    );
    expect(reported.errors).toBeUndefined();
    const accepted = await gql(
      h.app,
      `mutation($id: ID!) { reviewProgress(reportId: $id, decision: ACCEPT) { id } }`,
      { id: reported.data!.reportProgress.id },
      ACTORS.admin,
    );
    expect(accepted.errors).toBeUndefined();
    const focal = await gql(
      h.app,
      `mutation($u: ID!, $input: FocalOfficerChangeInput!) { changeFocalOfficers(unitId: $u, input: $input) { id } }`,
      {
        u: UNIT.leLoi,
        input: {
          decisionNumber: "15/QĐ-UBND",
          decisionDate: "2024-03-01",
          officers: [
            { name: "Nguyễn Văn An", position: "Công chức Văn phòng - Thống kê", phone: "0221 3862 123", email: "an@hungyen.gov.vn" },
          ],
        },
      },
      ACTORS.admin,
    );
    expect(focal.errors).toBeUndefined();
    // How the importer reads "phường Lê Lợi (cũ)" in the city's next plan.
    await h.db.unitNameMapping.create({
      data: { issuingUnitId: UNIT.city, normalisedName: "phuong le loi cu", writtenName: "phường Lê Lợi (cũ)", unitId: UNIT.leLoi },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("the preview counts, for the city administrator only, what would move (the units of one batch together)", async () => {
    const r = await preview([UNIT.leLoi, UNIT.minhKhai]);
    expect(r.errors).toBeUndefined();
    const [leLoi, minhKhai] = r.data!._entities;
    before = counts(leLoi!.planningWorkToMove);
    const openOfLeLoi = await h.db.occurrence.count({ where: { unitId: UNIT.leLoi, status: { not: "done" } } });
    expect(openOfLeLoi).toBeGreaterThan(0);
    expect(before).toEqual({
      "Lần thực hiện nhiệm vụ chưa hoàn thành": openOfLeLoi,
      "Kế hoạch của đơn vị chưa nộp": 1,
      "Cán bộ đầu mối": 1,
      "Ánh xạ tên đơn vị khi nhập kế hoạch": 1,
    });
    expect(counts(minhKhai!.planningWorkToMove)["Cán bộ đầu mối"]).toBe(0);
    expect(errorOf(await preview([UNIT.leLoi], ACTORS.leLoi)).code).toBe("FORBIDDEN");
  });

  it("the service's consumer applies the event from the broker: open work moves, done and reported work stays", async () => {
    const taskUnitsOfLeLoi = await h.db.taskUnit.count({ where: { unitId: UNIT.leLoi } });
    const brokers = kafkaBrokers();
    const topic = `test.planning.${randomUUID()}.directory.unit.v1`;
    await ensureTopics(brokers, [topic]);
    const running = await startConsumer({
      brokers,
      groupId: `planning-succession-${randomUUID()}`,
      topics: [topic],
      runInTransaction: (fn) => h.db.$transaction(fn),
      handlers: consumer.handlers,
      log: silent,
    });
    try {
      const producer = createKafka({ brokers, clientId: "planning-succession-test", log: silent }).producer(producerDefaults);
      await producer.connect();
      await producer.send({ topic, messages: [{ key: event.subject, value: JSON.stringify(event), headers: { "x-event-id": event.id } }] });
      await producer.disconnect();
      await waitFor(async () => ((await h.db.occurrence.count({ where: { unitId: PHO_HIEN } })) > 0 ? true : undefined), 30_000);
    } finally {
      await running.stop();
    }

    // What the preview counted is what moved.
    expect(await h.db.occurrence.count({ where: { unitId: PHO_HIEN } })).toBe(before["Lần thực hiện nhiệm vụ chưa hoàn thành"]);
    expect(await h.db.unitPlan.count({ where: { unitId: PHO_HIEN, planId } })).toBe(before["Kế hoạch của đơn vị chưa nộp"]);
    expect(await h.db.unitNameMapping.count({ where: { unitId: PHO_HIEN } })).toBe(before["Ánh xạ tên đơn vị khi nhập kế hoạch"]);
    // Lê Lợi keeps only its done occurrence, with its report.
    expect(await h.db.occurrence.findMany({ where: { unitId: UNIT.leLoi }, select: { id: true, status: true } })).toEqual([
      { id: doneId, status: "done" },
    ]);
    expect((await h.db.progressReport.findMany({ where: { occurrenceId: doneId } })).map((r) => r.unitId)).toEqual([UNIT.leLoi]);
    // The plan as issued still names Lê Lợi.
    expect(await h.db.taskUnit.count({ where: { unitId: UNIT.leLoi } })).toBe(taskUnitsOfLeLoi);

    // Phố Hiến's officer finds the moved work; Lê Lợi's officer has none left to do.
    const mine = await gql<{ myOccurrences: Array<{ unitId: string }> }>(h.app, MY, {}, phoHienOfficer);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myOccurrences.length).toBeGreaterThan(0);
    expect(new Set(mine.data!.myOccurrences.map((o) => o.unitId))).toEqual(new Set([PHO_HIEN]));

    // Focal officers: Phố Hiến's list has Lê Lợi's; Lê Lợi's history stays, its current list is empty.
    const focal = await gql<{
      focalOfficers: Array<{ unitId: string; current: Array<{ name: string }>; history: Array<{ decisionNumber: string }> }>;
    }>(h.app, FOCAL, { u: null }, ACTORS.admin);
    expect(focal.errors).toBeUndefined();
    const byUnit = new Map(focal.data!.focalOfficers.map((u) => [u.unitId, u]));
    expect(byUnit.get(UNIT.leLoi)?.current).toEqual([]);
    expect(byUnit.get(UNIT.leLoi)?.history.map((c) => c.decisionNumber)).toEqual(["1656/NQ-UBTVQH15", "15/QĐ-UBND"]);
    const phoHien = await h.db.focalOfficerChange.findMany({ where: { unitId: PHO_HIEN } });
    expect(phoHien).toHaveLength(1);
    expect(phoHien[0]).toMatchObject({ decisionNumber: "1656/NQ-UBTVQH15", changedBy: "decision:dec-1656" });
    expect((phoHien[0]!.officers as Array<{ name: string }>).map((o) => o.name)).toEqual(["Nguyễn Văn An"]);

    // Nothing is left to move from Lê Lợi.
    expect(Object.values(counts((await preview([UNIT.leLoi])).data!._entities[0]!.planningWorkToMove))).toEqual([0, 0, 0, 0]);
  });

  it("a replay of the event changes nothing", async () => {
    const first = await snapshot();
    await h.db.$transaction((tx) => consumer.handlers["directory.unit.succeeded"](event, tx));
    expect(await snapshot()).toEqual(first);
  });
});
