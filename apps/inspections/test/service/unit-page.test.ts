import type { Actor } from "@tthc/service-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTORS, approvedPlan, errorOf, gql, ok, startedInspection, startHarness, TEST_NOW, UNIT, type Harness } from "../harness.ts";

// A unit's page: its inspections (inspections(filter: { unitId })) and the recommendations it still owes
// (recommendations(unitId, open: true)), each paged in SQL and read as the reader's scope allows.
let h: Harness;
let inspectionId: string;
const ids: Record<string, string> = {};

const FINDING = `mutation($id: ID!, $input: FindingInput!) { recordFinding(inspectionId: $id, input: $input) { id } }`;
const RECOMMEND = `mutation($id: ID!, $input: RecommendationInput!) { issueRecommendation(findingId: $id, input: $input) { id } }`;
const ANSWER = `mutation($id: ID!, $answer: String!) { answerRecommendation(id: $id, answer: $answer) { id status } }`;
const VERIFY = `mutation($id: ID!, $accepted: Boolean!, $reason: String) { verifyRecommendation(id: $id, accepted: $accepted, reason: $reason) { id status } }`;
const OPEN = `query($unitId: ID, $limit: Int, $offset: Int) {
  recommendations(unitId: $unitId, open: true, limit: $limit, offset: $offset) { total items { id status dueDay overdue responsibleUnitId } }
}`;
const UNIT_INSPECTIONS = `query($unitId: ID) { inspections(filter: { unitId: $unitId }) { total items { id unitId status } } }`;

type OpenPage = { recommendations: { total: number; items: { id: string; status: string; dueDay: string; overdue: boolean }[] } };
const open = async (actor: Actor, unitId: string | null, limit = 50, offset = 0) =>
  ok(await gql<OpenPage>(h.app, OPEN, { unitId, limit, offset }, actor)).recommendations;

beforeAll(async () => {
  h = await startHarness("unit_page");
  const { inspectionOf } = await approvedPlan(h);
  inspectionId = inspectionOf[UNIT.leLoi]!;
  await startedInspection(h, inspectionId);
  const findingId = ok(
    await gql<{ recordFinding: { id: string } }>(
      h.app,
      FINDING,
      { id: inspectionId, input: { severity: "MAJOR", description: "Chưa niêm yết đầy đủ TTHC tại Bộ phận một cửa" } },
      ACTORS.inspector,
    ),
  ).recordFinding.id;
  const issue = async (key: string, input: Record<string, unknown>) => {
    ids[key] = ok(
      await gql<{ issueRecommendation: { id: string } }>(h.app, RECOMMEND, { id: findingId, input }, ACTORS.inspector),
    ).issueRecommendation.id;
  };
  // Lê Lợi owes three (one answered, awaiting verification, is still owed), has one verified; Minh Khai owes one.
  await issue("first", { text: "Niêm yết bổ sung các TTHC mới", dueDay: "2026-05-04" });
  await issue("second", { text: "Bố trí máy tra cứu cho người dân", dueDay: "2026-05-20" });
  await issue("answered", { text: "Cập nhật số điện thoại đường dây nóng", dueDay: "2026-05-25" });
  await issue("verified", { text: "Thay bảng niêm yết đã hỏng", dueDay: "2026-05-06" });
  await issue("minhKhai", { text: "Phối hợp kiểm tra chéo", responsibleUnitId: UNIT.minhKhai, dueDay: "2026-05-10" });
  ok(await gql(h.app, ANSWER, { id: ids.answered, answer: "Đã cập nhật trên bảng niêm yết" }, ACTORS.leLoi));
  ok(await gql(h.app, ANSWER, { id: ids.verified, answer: "Đã thay bảng mới" }, ACTORS.leLoi));
  ok(await gql(h.app, VERIFY, { id: ids.verified, accepted: true }, ACTORS.inspector));
});
afterAll(() => h.close());

describe("a unit's page", () => {
  it("lists only the unit's open recommendations, due first, paged in SQL", async () => {
    const all = await open(ACTORS.admin, UNIT.leLoi);
    expect(all.total).toBe(3);
    expect(all.items.map((r) => r.id)).toEqual([ids.first, ids.second, ids.answered]);
    expect(all.items.map((r) => r.status)).toEqual(["OPEN", "OPEN", "ANSWERED"]);

    const first = await open(ACTORS.leader, UNIT.leLoi, 2, 0);
    const second = await open(ACTORS.leader, UNIT.leLoi, 2, 2);
    expect([first.total, second.total]).toEqual([3, 3]);
    expect([...first.items, ...second.items].map((r) => r.id)).toEqual([ids.first, ids.second, ids.answered]);

    // Without a unit: every unit's open ones (Minh Khai's too), still never the verified one.
    const everyUnit = await open(ACTORS.inspector, null);
    expect(everyUnit.total).toBe(4);
    expect(everyUnit.items.map((r) => r.id)).not.toContain(ids.verified);
  });

  it("marks as overdue those past their due day still waiting for the unit, not those answered", async () => {
    expect((await open(ACTORS.admin, UNIT.leLoi)).items.every((r) => !r.overdue)).toBe(true);
    h.setNow(new Date("2026-05-26T09:00:00+07:00"));
    try {
      const later = await open(ACTORS.admin, UNIT.leLoi);
      expect(later.items.map((r) => [r.status, r.overdue])).toEqual([
        ["OPEN", true],
        ["OPEN", true],
        ["ANSWERED", false],
      ]);
    } finally {
      h.setNow(TEST_NOW);
    }
  });

  it("a unit officer reads only their own unit's; another unit reads as empty", async () => {
    expect((await open(ACTORS.leLoi, UNIT.leLoi)).total).toBe(3);
    expect(await open(ACTORS.leLoi, UNIT.minhKhai)).toEqual({ total: 0, items: [] });
    expect(await open(ACTORS.minhKhai, UNIT.leLoi)).toEqual({ total: 0, items: [] });
    // Without a unit, an officer still reads only their own.
    expect((await open(ACTORS.minhKhai, null)).items.map((r) => r.id)).toEqual([ids.minhKhai]);

    const own = ok(await gql<{ inspections: { total: number } }>(h.app, UNIT_INSPECTIONS, { unitId: UNIT.leLoi }, ACTORS.leLoi));
    expect(own.inspections.total).toBe(1);
    const other = ok(await gql<{ inspections: { total: number } }>(h.app, UNIT_INSPECTIONS, { unitId: UNIT.leLoi }, ACTORS.minhKhai));
    expect(other.inspections).toEqual({ total: 0, items: [] });
  });

  it("a partner with inspections:read reads the states and due days, never the texts; without the scope, nothing", async () => {
    const partner: Actor = { kind: "partner", partnerId: "p-2", name: "Cổng dịch vụ công", scopes: ["inspections:read"] };
    const q = (fields: string) => `query($unitId: ID) { recommendations(unitId: $unitId, open: true) { total items { ${fields} } } }`;
    const read = ok(await gql<OpenPage>(h.app, q("status dueDay overdue"), { unitId: UNIT.leLoi }, partner)).recommendations;
    expect(read.total).toBe(3);
    expect(read.items[0]).toEqual({ status: "OPEN", dueDay: "2026-05-04", overdue: false });
    expect(errorOf(await gql(h.app, q("id text"), { unitId: UNIT.leLoi }, partner))).toMatchObject({ code: "FORBIDDEN" });
    expect(errorOf(await gql(h.app, OPEN, { unitId: UNIT.leLoi }, ACTORS.partner))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a page too large in Vietnamese", async () => {
    expect(errorOf(await gql(h.app, OPEN, { unitId: UNIT.leLoi, limit: 500 }, ACTORS.admin))).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "BAD_PAGE",
      message: "Mỗi trang từ 1 đến 200 dòng.",
    });
  });
});
