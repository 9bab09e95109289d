import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTORS, approvedPlan, errorOf, gql, ok, startHarness, UNIT, type Harness } from "../harness.ts";

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

  it("a partner system and a page too large are refused", async () => {
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
