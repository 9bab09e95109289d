import { createEvent } from "@tthc/events";
import { applyUnitEvent } from "@tthc/unit-replica";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ACTORS,
  APPROVE_PLAN,
  CREATE_PLAN,
  errorOf,
  gql,
  ok,
  outboxEvents,
  PLAN_2026,
  startHarness,
  UNIT,
  type Harness,
} from "../harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness("plans");
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.db.$executeRawUnsafe(`TRUNCATE inspection_plan, inspection, outbox CASCADE`);
});

const draft = async () =>
  ok(await gql<{ createInspectionPlan: { id: string } }>(h.app, CREATE_PLAN, { input: PLAN_2026 }, ACTORS.admin)).createInspectionPlan.id;

describe("the year's inspection plan", () => {
  it("the city office drafts it; a leader's approval schedules one inspection per item and announces it", async () => {
    const created = ok(
      await gql<{ createInspectionPlan: { id: string; status: string; items: unknown[] } }>(
        h.app,
        CREATE_PLAN,
        { input: PLAN_2026 },
        ACTORS.admin,
      ),
    );
    expect(created.createInspectionPlan).toMatchObject({
      status: "DRAFT",
      items: [
        { unitId: UNIT.leLoi, unitName: "UBND phường Lê Lợi", periodKind: "MONTH", period: 4, type: "PERIODIC" },
        { unitId: UNIT.minhKhai, unitName: "UBND phường Minh Khai", periodKind: "QUARTER", period: 3, type: "THEMATIC" },
      ],
    });
    const id = created.createInspectionPlan.id;
    const approved = ok(
      await gql<{ approveInspectionPlan: { status: string; approvedAt: string } }>(h.app, APPROVE_PLAN, { id }, ACTORS.leader),
    );
    expect(approved.approveInspectionPlan).toEqual({ id, status: "APPROVED", approvedAt: "2026-03-16T03:00:00.000Z" });

    const listed = ok(
      await gql<{
        inspections: { total: number; items: { unitId: string; status: string; type: string; windowStart: string; windowEnd: string }[] };
      }>(h.app, `{ inspections(filter: { year: 2026 }) { total items { unitId status type windowStart windowEnd } } }`, {}, ACTORS.admin),
    );
    expect(listed.inspections).toEqual({
      total: 2,
      items: [
        { unitId: UNIT.leLoi, status: "SCHEDULED", type: "PERIODIC", windowStart: "2026-04-01", windowEnd: "2026-04-30" },
        { unitId: UNIT.minhKhai, status: "SCHEDULED", type: "THEMATIC", windowStart: "2026-07-01", windowEnd: "2026-09-30" },
      ],
    });

    const [planApproved] = await outboxEvents(h.db, "inspections.plan.approved");
    expect(planApproved).toMatchObject({
      subject: id,
      data: { planId: id, year: 2026, approvedOn: "2026-03-16", inspectionCount: 2, unitIds: [UNIT.leLoi, UNIT.minhKhai] },
    });
    const scheduled = await outboxEvents(h.db, "inspections.inspection.scheduled");
    expect(scheduled.map((e) => [e.data.unitId, e.data.windowStart, e.data.title])).toEqual([
      [UNIT.leLoi, "2026-04-01", "Kiểm tra định kỳ công tác kiểm soát TTHC tháng 4/2026"],
      [UNIT.minhKhai, "2026-07-01", "Kiểm tra chuyên đề công tác kiểm soát TTHC quý 3/2026"],
    ]);
  });

  it("only a leader approves: the city office and an inspector are refused in Vietnamese and nothing changes", async () => {
    const id = await draft();
    for (const actor of [ACTORS.admin, ACTORS.inspector, ACTORS.leLoi]) {
      const refused = await gql(h.app, APPROVE_PLAN, { id }, actor);
      expect(errorOf(refused)).toMatchObject({ code: "FORBIDDEN", message: "Chỉ lãnh đạo được phê duyệt kế hoạch kiểm tra." });
    }
    expect((await h.db.inspectionPlan.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
    expect(await h.db.inspection.count()).toBe(0);
    expect(await outboxEvents(h.db)).toEqual([]);
  });

  it("is approved once; an approved plan no longer changes", async () => {
    const id = await draft();
    ok(await gql(h.app, APPROVE_PLAN, { id }, ACTORS.leader));
    expect(errorOf(await gql(h.app, APPROVE_PLAN, { id }, ACTORS.leader))).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "PLAN_APPROVED",
    });
    const edit = await gql(
      h.app,
      `mutation($id: ID!, $input: InspectionPlanUpdateInput!) { updateInspectionPlan(id: $id, input: $input) { id } }`,
      { id, input: { title: "Sửa", items: PLAN_2026.items.slice(0, 1) } },
      ACTORS.admin,
    );
    expect(errorOf(edit)).toMatchObject({ code: "BAD_USER_INPUT", message: "Kế hoạch kiểm tra đã được phê duyệt; không thể sửa." });
    expect(await h.db.planItem.count({ where: { planId: id } })).toBe(2);
    expect(await h.db.inspection.count()).toBe(2);
  });

  it("a draft's items are replaced by the city office's edit", async () => {
    const id = await draft();
    const edited = ok(
      await gql<{ updateInspectionPlan: { title: string; items: { unitId: string; type: string }[] } }>(
        h.app,
        `mutation($id: ID!, $input: InspectionPlanUpdateInput!) { updateInspectionPlan(id: $id, input: $input) { title items { unitId type } } }`,
        { id, input: { title: "Kế hoạch sửa", items: [{ ...PLAN_2026.items[1], type: "UNANNOUNCED" }] } },
        ACTORS.admin,
      ),
    );
    expect(edited.updateInspectionPlan).toEqual({ title: "Kế hoạch sửa", items: [{ unitId: UNIT.minhKhai, type: "UNANNOUNCED" }] });
  });

  it("refuses a bad item with a Vietnamese message and creates nothing", async () => {
    const bad = { ...PLAN_2026, items: [PLAN_2026.items[0], { ...PLAN_2026.items[1], period: 5 }] };
    expect(errorOf(await gql(h.app, CREATE_PLAN, { input: bad }, ACTORS.admin))).toMatchObject({
      code: "BAD_USER_INPUT",
      message: "Dòng 2: quý phải từ 1 đến 4.",
    });
    const unknown = { ...PLAN_2026, items: [{ ...PLAN_2026.items[0], unitId: "no-such-unit" }] };
    expect(errorOf(await gql(h.app, CREATE_PLAN, { input: unknown }, ACTORS.admin))).toMatchObject({ reason: "UNKNOWN_UNIT" });
    expect(errorOf(await gql(h.app, CREATE_PLAN, { input: PLAN_2026 }, ACTORS.leLoi))).toMatchObject({ code: "FORBIDDEN" });
    expect(await h.db.inspectionPlan.count()).toBe(0);
  });

  it("names the units of its year's 1 January: refuses one closed before or created after, and nothing is created", async () => {
    // A ward merged away on 1 July 2025, and one created on 1 February 2026.
    const closed = { id: "unit-closed-ward", code: "hy.tp.p.cu", name: "UBND phường Cũ", validFrom: "2024-01-01", validTo: "2025-06-30" };
    const created = { id: "unit-new-ward", code: "hy.p.moi", name: "UBND phường Mới", validFrom: "2026-02-01", validTo: null };
    await h.db.$transaction(async (tx) => {
      for (const unit of [closed, created]) {
        const data = { unit: { ...unit, shortName: null, levelCode: "commune", parentId: UNIT.city } };
        await applyUnitEvent(createEvent("directory.unit.created", { source: "directory", subject: unit.id, data }), tx);
      }
    });
    const withUnit = (year: number, unitId: string) => ({
      ...PLAN_2026,
      year,
      items: [PLAN_2026.items[0], { ...PLAN_2026.items[1], unitId }],
    });
    const notOn = (day: string) =>
      `Dòng 2: Đơn vị được kiểm tra không tồn tại vào ngày ${day} (khi đó đơn vị chưa được thành lập hoặc đã giải thể, sáp nhập).`;
    for (const [input, message] of [
      [withUnit(2026, closed.id), notOn("01/01/2026")],
      [withUnit(2026, created.id), notOn("01/01/2026")],
      [withUnit(2025, created.id), notOn("01/01/2025")],
    ] as const) {
      expect(errorOf(await gql(h.app, CREATE_PLAN, { input }, ACTORS.admin))).toMatchObject({
        code: "BAD_USER_INPUT",
        reason: "UNKNOWN_UNIT",
        message,
      });
    }
    expect(await h.db.inspectionPlan.count()).toBe(0);
    // The closed ward existed on 01/01/2025: the 2025 plan may name it.
    ok(await gql(h.app, CREATE_PLAN, { input: withUnit(2025, closed.id) }, ACTORS.admin));
    expect(await h.db.inspectionPlan.count()).toBe(1);
  });

  it("plans are read by the city office, leaders and inspectors, not by a unit officer", async () => {
    const id = await draft();
    const query = `query($id: ID!) { inspectionPlan(id: $id) { id } inspectionPlans(year: 2026) { id } }`;
    for (const actor of [ACTORS.admin, ACTORS.leader, ACTORS.inspector])
      expect(ok(await gql(h.app, query, { id }, actor))).toEqual({ inspectionPlan: { id }, inspectionPlans: [{ id }] });
    expect(errorOf(await gql(h.app, query, { id }, ACTORS.leLoi))).toMatchObject({ code: "FORBIDDEN" });
  });
});
