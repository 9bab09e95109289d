/**
 * Following recommendations to the end (issue 11 item 5): closing is refused while a recommendation is
 * neither verified nor carried over; the overdue check raises inspections.recommendation.overdue once.
 */
import type { LocalDate } from "@tthc/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raiseOverdueRecommendations } from "../../src/use-cases/closing.ts";
import { ACTORS, approvedPlan, errorOf, gql, ok, outboxEvents, startedInspection, startHarness, UNIT, type Harness } from "../harness.ts";

let h: Harness;
let inspectionId: string;
const rec: { byDays?: string; byDay?: string } = {};

const CLOSE = `mutation($id: ID!) { closeInspection(id: $id) { id status closedAt } }`;
const CARRY = `mutation($id: ID!, $reason: String!) { carryOverRecommendation(id: $id, reason: $reason) { id status carryOverReason } }`;
const CONCLUDE = `mutation($id: ID!, $input: ConclusionInput!) { concludeInspection(id: $id, input: $input) { id status } }`;

beforeAll(async () => {
  h = await startHarness("closing");
  inspectionId = (await approvedPlan(h)).inspectionOf[UNIT.leLoi]!;
  const criteria = await startedInspection(h, inspectionId);
  const finding = ok(
    await gql<{ recordFinding: { id: string } }>(
      h.app,
      `mutation($id: ID!, $input: FindingInput!) { recordFinding(inspectionId: $id, input: $input) { id } }`,
      { id: inspectionId, input: { criterionId: criteria["1.1"], severity: "MAJOR", description: "Chưa niêm yết 12 TTHC" } },
      ACTORS.inspector,
    ),
  ).recordFinding.id;
  const issue = async (input: Record<string, unknown>) =>
    ok(
      await gql<{ issueRecommendation: { id: string } }>(
        h.app,
        `mutation($id: ID!, $input: RecommendationInput!) { issueRecommendation(findingId: $id, input: $input) { id } }`,
        { id: finding, input },
        ACTORS.inspector,
      ),
    ).issueRecommendation.id;
  rec.byDays = await issue({ text: "Niêm yết bổ sung 12 TTHC", workingDays: 10 });
  rec.byDay = await issue({ text: "Lập sổ theo dõi hồ sơ", dueDay: "2026-04-24" });
});
afterAll(() => h?.close());

describe("closing an inspection", () => {
  it("is refused before the conclusion, and while recommendations are pending, changing nothing", async () => {
    expect(errorOf(await gql(h.app, CLOSE, { id: inspectionId }, ACTORS.inspector))).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "NOT_CONCLUDED",
      message: "Cuộc kiểm tra chưa có thông báo kết luận.",
    });
    h.setNow(new Date("2026-04-22T10:00:00+07:00"));
    ok(
      await gql(
        h.app,
        CONCLUDE,
        { id: inspectionId, input: { conclusionNumber: "25/TB-UBND", concludedOn: "2026-04-22" } },
        ACTORS.inspector,
      ),
    );
    expect(errorOf(await gql(h.app, CLOSE, { id: inspectionId }, ACTORS.inspector))).toEqual({
      code: "BAD_USER_INPUT",
      reason: "RECOMMENDATIONS_PENDING",
      message: "Chưa thể kết thúc: còn 2 kiến nghị chưa được xác nhận hoàn thành hoặc chuyển kiểm tra lại.",
    });
    expect((await h.db.inspection.findUniqueOrThrow({ where: { id: inspectionId } })).status).toBe("concluded");
    expect(await outboxEvents(h.db, "inspections.inspection.closed")).toEqual([]);
    // The conclusion's event carries the request's instant on the service's clock (22/04), not the process clock's.
    const concluded = await outboxEvents(h.db, "inspections.inspection.concluded");
    expect(concluded.map((e) => e.time)).toEqual([new Date("2026-04-22T10:00:00+07:00").toISOString()]);
  });

  it("raises a recommendation past its due day without an answer once, even with two checks at once", async () => {
    const day = "2026-04-28" as LocalDate;
    const now = new Date("2026-04-28T08:00:00+07:00");
    expect(await raiseOverdueRecommendations(h.db, "2026-04-24" as LocalDate, now)).toBe(0);
    const [a, b] = await Promise.all([raiseOverdueRecommendations(h.db, day, now), raiseOverdueRecommendations(h.db, day, now)]);
    expect(a + b).toBe(1);
    expect(await raiseOverdueRecommendations(h.db, day, now)).toBe(0);
    const events = await outboxEvents(h.db, "inspections.recommendation.overdue");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subject: rec.byDay,
      data: { unitId: UNIT.leLoi, dueDay: "2026-04-24", inspectionId, title: "Kiến nghị sau kiểm tra đã quá hạn (hạn 24/04/2026)" },
    });
    expect(events[0]!.data.workingDaysLate).toBeGreaterThan(0);
    // The job's instant, not the process clock's (16/03).
    expect(events[0]!.time).toBe(now.toISOString());
  });

  it("closes once every recommendation is verified or carried over (inspections.inspection.closed)", async () => {
    ok(
      await gql(
        h.app,
        `mutation($id: ID!) { answerRecommendation(id: $id, answer: "Đã niêm yết đủ") { id } }`,
        { id: rec.byDays },
        ACTORS.leLoi,
      ),
    );
    ok(
      await gql(h.app, `mutation($id: ID!) { verifyRecommendation(id: $id, accepted: true) { id } }`, { id: rec.byDays }, ACTORS.inspector),
    );
    expect(errorOf(await gql(h.app, CARRY, { id: rec.byDay, reason: "Cần thêm thời gian" }, ACTORS.leLoi))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(errorOf(await gql(h.app, CARRY, { id: rec.byDay, reason: "  " }, ACTORS.inspector))).toMatchObject({
      reason: "REASON_REQUIRED",
      message: "Vui lòng nêu lý do chuyển kiến nghị sang kiểm tra lại.",
    });
    expect(errorOf(await gql(h.app, CARRY, { id: rec.byDays, reason: "Theo dõi tiếp" }, ACTORS.inspector))).toMatchObject({
      reason: "NOT_CARRIABLE",
    });
    const carried = ok(
      await gql<{ carryOverRecommendation: unknown }>(
        h.app,
        CARRY,
        { id: rec.byDay, reason: "Kiểm tra lại trong quý III" },
        ACTORS.inspector,
      ),
    );
    expect(carried.carryOverRecommendation).toMatchObject({ status: "CARRIED_OVER", carryOverReason: "Kiểm tra lại trong quý III" });

    const closed = ok(await gql<{ closeInspection: { status: string } }>(h.app, CLOSE, { id: inspectionId }, ACTORS.inspector));
    expect(closed.closeInspection.status).toBe("CLOSED");
    const [event] = await outboxEvents(h.db, "inspections.inspection.closed");
    expect(event).toMatchObject({
      subject: inspectionId,
      data: { inspectionId, unitId: UNIT.leLoi, closedOn: "2026-04-22", verifiedCount: 1, carriedOverCount: 1 },
    });
    expect(errorOf(await gql(h.app, CLOSE, { id: inspectionId }, ACTORS.inspector))).toMatchObject({ reason: "NOT_CONCLUDED" });
  });
});
