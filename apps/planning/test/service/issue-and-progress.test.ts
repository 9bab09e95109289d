import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNIT } from "../fixtures/units.ts";
import { ACTORS, errorOf, gql, importSeed, ISSUE, outboxEvents, startHarness, type Harness } from "../harness.ts";

// 27/03/2024, a Wednesday: the first quarter's check-ins (due Friday 29/03) are due soon, January's deadline has passed.
const NOW = new Date("2024-03-27T03:00:00Z");

const MY = `query($status: OccurrenceStatus, $overdue: Boolean) {
  myOccurrences(status: $status, overdue: $overdue) { id key label dueDay status overdue dueSoon workingDaysLeft unitId unitName task { label content } plan { year } }
}`;
const REPORT = `mutation($id: ID!, $input: ProgressReportInput!) { reportProgress(occurrenceId: $id, input: $input) { id status reviewState evidenceNumber evidenceDate byCoordinatingUnit } }`;
const REVIEW = `mutation($id: ID!, $decision: ReviewDecision!, $comment: String) { reviewProgress(reportId: $id, decision: $decision, comment: $comment) { id reviewState reviewComment } }`;
const ROLLUP = `query($id: ID!) { plan(id: $id) { status progress { total done percentDone overdue } unitProgress { unitId unitName progress { total done percentDone } } sections { number progress { total done } tasks { label progress { total done } } } } }`;

interface Occ {
  id: string;
  key: string;
  dueDay: string;
  status: string;
  overdue: boolean;
  dueSoon: boolean;
  unitId: string;
  task: { label: string };
}

describe("issuing a plan and reporting progress", () => {
  let h: Harness;
  let planId: string;

  beforeAll(async () => {
    h = await startHarness("issue", { now: () => NOW });
    planId = await importSeed(h.app, { issue: false });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("issues: occurrences for lead units only, one assigned digest per unit", async () => {
    expect(errorOf(await gql(h.app, ISSUE, { id: planId }, ACTORS.leLoi)).code).toBe("FORBIDDEN");
    const r = await gql<{ issuePlan: { status: string } }>(h.app, ISSUE, { id: planId }, ACTORS.admin);
    expect(r.data?.issuePlan.status).toBe("ISSUED");

    // Lê Lợi leads the "phòng, ban / phường, xã" tasks (continuous → a check-in each quarter), never the tasks it only coordinates.
    const leLoi = await h.db.occurrence.findMany({ where: { unitId: UNIT.leLoi }, include: { task: { include: { section: true } } } });
    const leLoiTasks = new Set(leLoi.map((o) => `${o.task.section.number}.${o.task.number}`));
    expect([...leLoiTasks].sort()).toEqual(["II.4", "III.1", "IV.1", "IV.3", "IV.4", "V.2", "V.3", "V.4", "VIII.1"].sort());
    expect(leLoi.filter((o) => o.task.section.number === "II" && o.task.number === "4").map((o) => o.key)).toEqual([
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
    ]);
    // The triggered VIII.3 (on receiving a transferred PAKN) has no occurrences until its trigger arrives.
    expect(leLoi.some((o) => o.task.section.order === 8 && o.task.number === "3")).toBe(false);
    // Coordinating only: Tư pháp is no lead anywhere except through the department group.
    expect(await h.db.occurrence.count({ where: { unitId: UNIT.newWard2025 } })).toBe(0);

    const issued = await outboxEvents(h.db, "planning.plan.issued");
    expect(issued).toHaveLength(1);
    const assigned = await outboxEvents(h.db, "planning.task.assigned");
    const units = assigned.map((e) => e.data.unitId);
    expect(new Set(units).size).toBe(units.length);
    const leLoiDigest = assigned.find((e) => e.data.unitId === UNIT.leLoi)!;
    // Ten tasks: the nine above and the triggered one, assigned but without a date yet.
    expect(leLoiDigest.data).toMatchObject({
      taskCount: 10,
      occurrenceCount: leLoi.length,
      link: expect.stringMatching(/^\/planning\/my-tasks/),
    });
    expect(String(leLoiDigest.data.title)).toMatch(/Kế hoạch năm 2024: được giao 10 nhiệm vụ/);

    expect(errorOf(await gql(h.app, ISSUE, { id: planId }, ACTORS.admin))).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await outboxEvents(h.db, "planning.plan.issued")).toHaveLength(1);
  });

  it("shows a unit officer only their own unit's occurrences, with due dates in working days", async () => {
    const r = await gql<{ myOccurrences: Occ[] }>(h.app, MY, {}, ACTORS.leLoi);
    expect(r.errors).toBeUndefined();
    const mine = r.data!.myOccurrences;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((o) => o.unitId === UNIT.leLoi)).toBe(true);
    const q1 = mine.find((o) => o.key === "2024-Q1")!;
    expect(q1).toMatchObject({ dueDay: "2024-03-29", dueSoon: true, overdue: false });
    const dueDays = mine.map((o) => o.dueDay);
    expect([...dueDays].sort()).toEqual(dueDays);
  });

  it("lays occurrences out by unit and quarter; a unit officer sees only their own row", async () => {
    const TIMELINE = `query($p: ID!) { quarterTimeline(planId: $p) { unitId unitName quarters { year quarter total done overdue } } }`;
    const rows = (
      await gql<{
        quarterTimeline: Array<{
          unitId: string;
          unitName: string;
          quarters: Array<{ year: number; quarter: number; total: number; overdue: number }>;
        }>;
      }>(h.app, TIMELINE, { p: planId }, ACTORS.admin)
    ).data!.quarterTimeline;
    const leLoi = rows.find((r) => r.unitId === UNIT.leLoi)!;
    expect(leLoi.unitName).toBe("UBND phường Lê Lợi");
    expect(leLoi.quarters.map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
    const byQuarter = await h.db.occurrence.count({
      where: { unitId: UNIT.leLoi, dueDay: { gte: new Date("2024-01-01"), lte: new Date("2024-03-31") } },
    });
    expect(leLoi.quarters[0]).toMatchObject({ year: 2024, total: byQuarter });
    const own = (await gql<{ quarterTimeline: Array<{ unitId: string }> }>(h.app, TIMELINE, { p: planId }, ACTORS.leLoi)).data!
      .quarterTimeline;
    expect(own.map((r) => r.unitId)).toEqual([UNIT.leLoi]);
  });

  it("does not let a unit officer read or report on another unit's occurrence", async () => {
    const other = await h.db.occurrence.findFirstOrThrow({ where: { unitId: UNIT.minhKhai } });
    const read = await gql<{ occurrence: unknown }>(
      h.app,
      `query($id: ID!) { occurrence(id: $id) { id } }`,
      { id: other.id },
      ACTORS.leLoi,
    );
    expect(read.data?.occurrence).toBeNull();
    const report = await gql(h.app, REPORT, { id: other.id, input: { status: "IN_PROGRESS", note: "Thử" } }, ACTORS.leLoi);
    expect(errorOf(report).code).toBe("NOT_FOUND");
    const list = await gql(
      h.app,
      `query($p: ID!, $u: ID) { occurrences(planId: $p, filter: { unitId: $u }) { id } }`,
      { p: planId, u: UNIT.minhKhai },
      ACTORS.leLoi,
    );
    expect(errorOf(list).code).toBe("FORBIDDEN");
    const scoped = await gql<{ occurrences: Array<{ unitId: string }> }>(
      h.app,
      `query($p: ID!) { occurrences(planId: $p) { unitId } }`,
      { p: planId },
      ACTORS.leLoi,
    );
    expect(scoped.data!.occurrences.every((o) => o.unitId === UNIT.leLoi)).toBe(true);
    expect(await h.db.progressReport.count()).toBe(0);
  });

  it("resolves occurrences other services refer to (reporting's drill-down) as `occurrence` reads them", async () => {
    const mine = await h.db.occurrence.findFirstOrThrow({ where: { unitId: UNIT.leLoi } });
    const other = await h.db.occurrence.findFirstOrThrow({ where: { unitId: UNIT.minhKhai } });
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Occurrence { id unitId task { label } } } }`;
    const r = [mine.id, other.id, "not-an-id"].map((id) => ({ __typename: "Occurrence", id }));
    type Entities = { _entities: Array<{ id: string; unitId: string } | null> };
    const admin = await gql<Entities>(h.app, ENTITIES, { r }, ACTORS.admin);
    expect(admin.data!._entities.map((o) => o?.id ?? null)).toEqual([mine.id, other.id, null]);
    // The ward's officer reads their own unit's occurrence only.
    const ward = await gql<Entities>(h.app, ENTITIES, { r }, ACTORS.leLoi);
    expect(ward.data!._entities.map((o) => o?.id ?? null)).toEqual([mine.id, null, null]);
    expect(errorOf(await gql(h.app, ENTITIES, { r }, { kind: "anonymous" })).code).toBe("UNAUTHENTICATED");
  });

  it("validates a report and changes nothing on bad input", async () => {
    const mine = await h.db.occurrence.findFirstOrThrow({ where: { unitId: UNIT.leLoi, key: "2024-Q1" } });
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{ status: "DONE", note: "Đã xong" }, /cần có minh chứng/],
      [{ status: "IN_PROGRESS", note: "  " }, /nội dung báo cáo/],
      [{ status: "DONE", note: "x", evidenceNumber: "12/BC-UBND" }, /cả số văn bản và ngày văn bản/],
      [{ status: "DONE", note: "x", evidenceNumber: "12/BC-UBND", evidenceDate: "2024-04-30" }, /không được sau ngày hôm nay/],
      [{ status: "DONE", note: "x", evidenceLink: "javascript:alert(1)" }, /http/],
      [{ status: "DONE", note: "x", fileIds: ["00000000-0000-4000-8000-00000000abcd"] }, /Tệp đính kèm không tồn tại/],
    ];
    for (const [input, message] of bad) {
      const r = await gql(h.app, REPORT, { id: mine.id, input }, ACTORS.leLoi);
      expect(errorOf(r).code).toBe("BAD_USER_INPUT");
      expect(errorOf(r).message).toMatch(message);
    }
    expect(await h.db.progressReport.count()).toBe(0);
    expect((await h.db.occurrence.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("not_started");
  });

  it("reports with evidence, is reviewed by the city office, and rolls up", async () => {
    const before = (await gql<{ plan: { progress: { done: number } } }>(h.app, ROLLUP, { id: planId }, ACTORS.admin)).data!.plan.progress;
    const mine = await h.db.occurrence.findFirstOrThrow({ where: { unitId: UNIT.leLoi, key: "2024-Q1" }, include: { task: true } });
    const r = await gql<{ reportProgress: { id: string; status: string; reviewState: string; evidenceDate: string } }>(
      h.app,
      REPORT,
      { id: mine.id, input: { status: "DONE", note: "Đã niêm yết đầy đủ", evidenceNumber: "15/BC-UBND", evidenceDate: "2024-03-25" } },
      ACTORS.leLoi,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.reportProgress).toMatchObject({ status: "DONE", reviewState: "PENDING", evidenceDate: "2024-03-25" });
    const reported = await outboxEvents(h.db, "planning.occurrence.reported");
    expect(reported).toHaveLength(1);
    expect(reported[0]!.data).toMatchObject({ occurrenceId: mine.id, reportingUnitId: UNIT.leLoi, unitId: UNIT.city, hasEvidence: true });

    const after = (
      await gql<{ plan: { progress: { done: number }; unitProgress: Array<{ unitId: string; progress: { done: number } }> } }>(
        h.app,
        ROLLUP,
        { id: planId },
        ACTORS.admin,
      )
    ).data!.plan;
    expect(after.progress.done).toBe(before.done + 1);
    expect(after.unitProgress.find((u) => u.unitId === UNIT.leLoi)!.progress.done).toBe(1);

    // It waits on the city office's list (its home page), which is the city office's alone.
    const AWAITING = `query { occurrencesAwaitingReview(limit: 5) { total items { id unitId plan { id } } } }`;
    type Awaiting = { occurrencesAwaitingReview: { total: number; items: Array<{ id: string; unitId: string; plan: { id: string } }> } };
    const waiting = await gql<Awaiting>(h.app, AWAITING, {}, ACTORS.admin);
    expect(waiting.data!.occurrencesAwaitingReview).toEqual({
      total: 1,
      items: [{ id: mine.id, unitId: UNIT.leLoi, plan: { id: planId } }],
    });
    expect(errorOf(await gql(h.app, AWAITING, {}, ACTORS.leLoi)).code).toBe("FORBIDDEN");

    // Only the city office reviews; a return needs a reason and reopens the occurrence.
    expect(errorOf(await gql(h.app, REVIEW, { id: r.data!.reportProgress.id, decision: "ACCEPT" }, ACTORS.leLoi)).code).toBe("FORBIDDEN");
    expect(errorOf(await gql(h.app, REVIEW, { id: r.data!.reportProgress.id, decision: "RETURN" }, ACTORS.admin)).message).toMatch(
      /lý do trả lại/,
    );
    const returned = await gql<{ reviewProgress: { reviewState: string } }>(
      h.app,
      REVIEW,
      { id: r.data!.reportProgress.id, decision: "RETURN", comment: "Bổ sung ảnh niêm yết" },
      ACTORS.admin,
    );
    expect(returned.data!.reviewProgress.reviewState).toBe("RETURNED");
    expect((await gql<Awaiting>(h.app, AWAITING, {}, ACTORS.admin)).data!.occurrencesAwaitingReview.total).toBe(0);
    expect((await h.db.occurrence.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("in_progress");
    const returnedEvent = (await outboxEvents(h.db, "planning.occurrence.returned"))[0]!;
    expect(returnedEvent.data).toMatchObject({ unitId: UNIT.leLoi, comment: "Bổ sung ảnh niêm yết" });
    expect(errorOf(await gql(h.app, REVIEW, { id: r.data!.reportProgress.id, decision: "ACCEPT" }, ACTORS.admin)).message).toMatch(
      /đã được xem xét/,
    );
  });

  it("lets a coordinating unit add to a report without moving the status", async () => {
    // I.2 is led by the city office and coordinated by the departments and communes.
    const occurrence = await h.db.occurrence.findFirstOrThrow({
      where: { unitId: UNIT.vanPhong, key: "2024-Q1", task: { number: "2", section: { number: "I" } } },
    });
    const r = await gql<{ reportProgress: { byCoordinatingUnit: boolean } }>(
      h.app,
      REPORT,
      { id: occurrence.id, input: { status: "IN_PROGRESS", note: "Phường đã gửi số liệu" } },
      ACTORS.leLoi,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.reportProgress.byCoordinatingUnit).toBe(true);
    expect((await h.db.occurrence.findUniqueOrThrow({ where: { id: occurrence.id } })).status).toBe("not_started");
  });
});
