import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@tthc/service-kit";
import { ACTORS, approvedPlan, errorOf, gql, ok, startedInspection, startHarness, UNIT, type Harness } from "../harness.ts";

let h: Harness;
let inspectionOf: Record<string, string>;

beforeAll(async () => {
  h = await startHarness("access");
  ({ inspectionOf } = await approvedPlan(h));
});
afterAll(() => h.close());

const LIST = `query($filter: InspectionFilter) { inspections(filter: $filter) { total items { id unitId unitName } } }`;
const ONE = `query($id: ID!) { inspection(id: $id) { id unitId } }`;

describe("who reads which inspections", () => {
  it("the city office, leaders and inspectors read every unit's", async () => {
    for (const actor of [ACTORS.admin, ACTORS.leader, ACTORS.inspector]) {
      const { inspections } = ok(await gql<{ inspections: { total: number; items: { unitId: string }[] } }>(h.app, LIST, {}, actor));
      expect(inspections.items.map((i) => i.unitId)).toEqual([UNIT.leLoi, UNIT.minhKhai]);
    }
  });

  it("a unit officer reads only their own unit's; another unit's reads as not found", async () => {
    const own = ok(await gql<{ inspections: unknown }>(h.app, LIST, {}, ACTORS.leLoi));
    expect(own.inspections).toEqual({
      total: 1,
      items: [{ id: inspectionOf[UNIT.leLoi], unitId: UNIT.leLoi, unitName: "UBND phường Lê Lợi" }],
    });
    const asked = ok(await gql<{ inspections: unknown }>(h.app, LIST, { filter: { unitId: UNIT.minhKhai } }, ACTORS.leLoi));
    expect(asked.inspections).toEqual({ total: 0, items: [] });
    expect(ok(await gql(h.app, ONE, { id: inspectionOf[UNIT.leLoi] }, ACTORS.leLoi))).toEqual({
      inspection: { id: inspectionOf[UNIT.leLoi], unitId: UNIT.leLoi },
    });
    const other = await gql(h.app, ONE, { id: inspectionOf[UNIT.minhKhai] }, ACTORS.leLoi);
    expect(errorOf(other)).toMatchObject({
      code: "NOT_FOUND",
      message: "Không tìm thấy cuộc kiểm tra (hoặc cuộc kiểm tra không thuộc đơn vị của bạn).",
    });
  });

  it("a partner with inspections:read reads the schedule and outcome, never the team's names or the texts", async () => {
    const partner: Actor = { kind: "partner", partnerId: "p-2", name: "Cổng dịch vụ công", scopes: ["inspections:read"] };
    await startedInspection(h, inspectionOf[UNIT.leLoi]!);
    const read = ok(
      await gql<{ inspection: Record<string, unknown> }>(
        h.app,
        `query($id: ID!) { inspection(id: $id) { unitName status decisionNumber startDay team { name } checklist { name } findings { id } conclusionNotice { id } } }`,
        { id: inspectionOf[UNIT.leLoi] },
        partner,
      ),
    );
    expect(read.inspection).toEqual({
      unitName: "UBND phường Lê Lợi",
      status: "STARTED",
      decisionNumber: "15/QĐ-UBND",
      startDay: "2026-04-20",
      team: [],
      checklist: [],
      findings: [],
      conclusionNotice: null,
    });
    // Staff still read the team.
    const staff = ok(
      await gql<{ inspection: { team: unknown[] } }>(
        h.app,
        `query($id: ID!) { inspection(id: $id) { team { name } } }`,
        { id: inspectionOf[UNIT.leLoi] },
        ACTORS.leLoi,
      ),
    );
    expect(staff.inspection.team).toHaveLength(2);
    // Reading gives no right to act.
    expect(
      errorOf(await gql(h.app, `mutation($id: ID!) { exportInspectionRecord(id: $id) { id } }`, { id: inspectionOf[UNIT.leLoi] }, partner))
        .code,
    ).toBe("UNAUTHENTICATED");
  });

  it("a partner system without the scope and a page too large are refused", async () => {
    expect(errorOf(await gql(h.app, LIST, {}, ACTORS.partner))).toMatchObject({ code: "FORBIDDEN" });
    expect(errorOf(await gql(h.app, `{ inspections(limit: 1000) { total } }`, {}, ACTORS.admin))).toMatchObject({ reason: "BAD_PAGE" });
  });

  it("pages in SQL: the total stays, the items move", async () => {
    const page = ok(
      await gql<{ inspections: { total: number; items: { unitId: string }[] } }>(
        h.app,
        `{ inspections(limit: 1, offset: 1) { total items { unitId } } }`,
        {},
        ACTORS.admin,
      ),
    );
    expect(page.inspections).toEqual({ total: 2, items: [{ unitId: UNIT.minhKhai }] });
  });
});
