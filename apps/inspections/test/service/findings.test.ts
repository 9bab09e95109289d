import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@tthc/service-kit";
import { ACTORS, approvedPlan, errorOf, gql, ok, outboxEvents, startedInspection, startHarness, UNIT, type Harness } from "../harness.ts";

let h: Harness;
let inspectionId: string;
let otherInspectionId: string;
let criterion: Record<string, string>;

beforeAll(async () => {
  h = await startHarness("findings");
  const { inspectionOf } = await approvedPlan(h);
  inspectionId = inspectionOf[UNIT.leLoi]!;
  otherInspectionId = inspectionOf[UNIT.minhKhai]!;
  criterion = await startedInspection(h, inspectionId);
});
afterAll(() => h.close());

const FINDING = `mutation($id: ID!, $input: FindingInput!) { recordFinding(inspectionId: $id, input: $input) { id severity description criterionId } }`;
const RECOMMEND = `mutation($id: ID!, $input: RecommendationInput!) { issueRecommendation(findingId: $id, input: $input) { id status dueDay responsibleUnitId responsibleUnitName } }`;
const ANSWER = `mutation($id: ID!, $answer: String!) { answerRecommendation(id: $id, answer: $answer) { id status answer } }`;
const VERIFY = `mutation($id: ID!, $accepted: Boolean!, $reason: String) { verifyRecommendation(id: $id, accepted: $accepted, reason: $reason) { id status returnReason verifiedAt } }`;

async function finding(): Promise<string> {
  const recorded = ok(
    await gql<{ recordFinding: { id: string } }>(
      h.app,
      FINDING,
      {
        id: inspectionId,
        input: {
          criterionId: criterion["1.1"],
          severity: "MAJOR",
          description: "Chưa niêm yết 12 TTHC mới công bố theo Quyết định 123/QĐ-UBND",
        },
      },
      ACTORS.inspector,
    ),
  );
  return recorded.recordFinding.id;
}

describe("findings and recommendations", () => {
  it("refuses a recommendation due before the inspection, in Vietnamese, and records nothing", async () => {
    const findingId = await finding();
    const refused = await gql(
      h.app,
      RECOMMEND,
      { id: findingId, input: { text: "Niêm yết bổ sung", dueDay: "2026-04-19" } },
      ACTORS.inspector,
    );
    expect(errorOf(refused)).toEqual({
      code: "BAD_USER_INPUT",
      reason: "DUE_BEFORE_INSPECTION",
      message: "Hạn thực hiện kiến nghị không được trước ngày kiểm tra (20/04/2026).",
    });
    expect(await h.db.recommendation.count()).toBe(0);
    expect(await outboxEvents(h.db, "inspections.recommendation.issued")).toEqual([]);
  });

  it("the team records a finding and a recommendation due 10 working days after the visit", async () => {
    const before = (await outboxEvents(h.db, "inspections.finding.recorded")).length;
    const findingId = await finding();
    const [recorded] = (await outboxEvents(h.db, "inspections.finding.recorded")).slice(before);
    expect(recorded).toMatchObject({
      subject: inspectionId,
      data: { findingId, unitId: UNIT.leLoi, criterionCode: "1.1", severity: "major" },
    });
    expect(
      errorOf(await gql(h.app, RECOMMEND, { id: findingId, input: { text: "Niêm yết", workingDays: 3 } }, ACTORS.leLoi)),
    ).toMatchObject({ code: "FORBIDDEN" });

    const issued = ok(
      await gql<{ issueRecommendation: { id: string; status: string; dueDay: string; responsibleUnitName: string } }>(
        h.app,
        RECOMMEND,
        { id: findingId, input: { text: "Niêm yết bổ sung 12 TTHC và báo cáo kết quả", workingDays: 10 } },
        ACTORS.inspector,
      ),
    );
    // The visit ends on 21/04/2026; 27/04 (Hùng Kings' day moved from Sunday), 30/04 and 01/05 are days off.
    expect(issued.issueRecommendation).toMatchObject({ status: "OPEN", dueDay: "2026-05-08", responsibleUnitName: "UBND phường Lê Lợi" });
    const [event] = await outboxEvents(h.db, "inspections.recommendation.issued");
    expect(event).toMatchObject({
      subject: issued.issueRecommendation.id,
      data: { unitId: UNIT.leLoi, inspectionId, findingId, dueDay: "2026-05-08" },
    });
  });

  it("the unit answers, the team returns it once with a reason, then verifies the second answer", async () => {
    const [rec] = await h.db.recommendation.findMany();
    const id = rec!.id;
    // Another unit neither sees nor answers it; the team does not answer for the unit.
    expect(errorOf(await gql(h.app, ANSWER, { id, answer: "Đã làm" }, ACTORS.minhKhai))).toMatchObject({ code: "NOT_FOUND" });
    expect(errorOf(await gql(h.app, ANSWER, { id, answer: "Đã làm" }, ACTORS.inspector))).toMatchObject({ code: "FORBIDDEN" });
    expect(errorOf(await gql(h.app, VERIFY, { id, accepted: true }, ACTORS.inspector))).toMatchObject({ reason: "NOT_ANSWERED" });

    expect(ok(await gql(h.app, ANSWER, { id, answer: "Đã niêm yết bổ sung 10 TTHC" }, ACTORS.leLoi))).toMatchObject({
      answerRecommendation: { status: "ANSWERED" },
    });
    expect(errorOf(await gql(h.app, VERIFY, { id, accepted: false, reason: " " }, ACTORS.inspector))).toMatchObject({
      message: "Vui lòng nêu lý do trả lại (chưa đạt yêu cầu).",
    });
    expect(errorOf(await gql(h.app, VERIFY, { id, accepted: false, reason: "Còn thiếu 2 TTHC" }, ACTORS.leLoi))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(ok(await gql(h.app, VERIFY, { id, accepted: false, reason: "Còn thiếu 2 TTHC" }, ACTORS.inspector))).toMatchObject({
      verifyRecommendation: { status: "RETURNED", returnReason: "Còn thiếu 2 TTHC", verifiedAt: null },
    });
    ok(await gql(h.app, ANSWER, { id, answer: "Đã niêm yết đủ 12 TTHC (ảnh chụp kèm theo)" }, ACTORS.leLoi));
    expect(ok(await gql(h.app, VERIFY, { id, accepted: true }, ACTORS.inspector))).toMatchObject({
      verifyRecommendation: { status: "VERIFIED", returnReason: null, verifiedAt: "2026-03-16T03:00:00.000Z" },
    });
    expect(errorOf(await gql(h.app, ANSWER, { id, answer: "Thêm" }, ACTORS.leLoi))).toMatchObject({ reason: "NOT_ANSWERABLE" });

    const types = (await outboxEvents(h.db)).filter((e) => e.subject === id).map((e) => e.type);
    expect(types).toEqual([
      "inspections.recommendation.issued",
      "inspections.recommendation.answered",
      "inspections.recommendation.returned",
      "inspections.recommendation.answered",
      "inspections.recommendation.verified",
    ]);
  });

  it("the inspection shows its findings and their recommendations; a unit officer lists only what is addressed to it", async () => {
    const shown = ok(
      await gql<{ inspection: { findings: { severity: string; recommendations: { status: string }[] }[] } }>(
        h.app,
        `query($id: ID!) { inspection(id: $id) { findings { severity recommendations { status } } } }`,
        { id: inspectionId },
        ACTORS.leLoi,
      ),
    );
    expect(shown.inspection.findings).toEqual([
      { severity: "MAJOR", recommendations: [] },
      { severity: "MAJOR", recommendations: [{ status: "VERIFIED" }] },
    ]);
    const LIST = `{ recommendations { total items { responsibleUnitId status } } }`;
    expect(ok(await gql(h.app, LIST, {}, ACTORS.leLoi))).toEqual({
      recommendations: { total: 1, items: [{ responsibleUnitId: UNIT.leLoi, status: "VERIFIED" }] },
    });
    expect(ok(await gql(h.app, LIST, {}, ACTORS.minhKhai))).toEqual({ recommendations: { total: 0, items: [] } });
    expect(errorOf(await gql(h.app, LIST, {}, ACTORS.partner))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("resolves another service's references (reporting's drill-down) as the reader may read them, the rest as null", async () => {
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Inspection { id unitId } ... on Recommendation { id responsibleUnitId status } } }`;
    type Entities = { _entities: Array<{ id: string } | null> };
    const { recommendations } = ok(
      await gql<{ recommendations: { items: { id: string }[] } }>(h.app, `{ recommendations { items { id } } }`, {}, ACTORS.admin),
    );
    const recommendationId = recommendations.items[0]!.id;
    const r = [
      { __typename: "Inspection", id: inspectionId },
      { __typename: "Inspection", id: otherInspectionId },
      { __typename: "Recommendation", id: recommendationId },
      { __typename: "Inspection", id: "not-an-id" },
      { __typename: "Recommendation", id: "00000000-0000-4000-8000-000000000000" },
    ];
    const ids = async (actor: Actor) => ok(await gql<Entities>(h.app, ENTITIES, { r }, actor))._entities.map((e) => e?.id ?? null);
    expect(await ids(ACTORS.admin)).toEqual([inspectionId, otherInspectionId, recommendationId, null, null]);
    // Lê Lợi's officer: its own inspection and the recommendation addressed to it; Minh Khai's officer: its own alone.
    expect(await ids(ACTORS.leLoi)).toEqual([inspectionId, null, recommendationId, null, null]);
    expect(await ids(ACTORS.minhKhai)).toEqual([null, otherInspectionId, null, null, null]);
    // A partner without inspections:read and the anonymous read none.
    expect(await ids(ACTORS.partner)).toEqual([null, null, null, null, null]);
    expect(await ids({ kind: "anonymous" })).toEqual([null, null, null, null, null]);
  });

  it("concluded means the conclusion notice was issued with a number, dated within the visit's end and today", async () => {
    const CONCLUDE = `mutation($id: ID!, $input: ConclusionInput!) { concludeInspection(id: $id, input: $input) { status conclusionNumber concludedOn } }`;
    h.setNow(new Date("2026-04-24T10:00:00+07:00"));
    try {
      const conclude = (concludedOn: string, actor = ACTORS.inspector) =>
        gql(h.app, CONCLUDE, { id: inspectionId, input: { conclusionNumber: "25/TB-VP", concludedOn } }, actor);
      expect(errorOf(await conclude("2026-04-20"))).toMatchObject({
        reason: "CONCLUDED_BEFORE_VISIT",
        message: "Ngày kết luận không được trước ngày kết thúc kiểm tra (21/04/2026).",
      });
      expect(errorOf(await conclude("2026-04-27"))).toMatchObject({ reason: "CONCLUDED_IN_FUTURE" });
      expect(errorOf(await conclude("2026-04-24", ACTORS.leLoi))).toMatchObject({ code: "FORBIDDEN" });
      expect(await outboxEvents(h.db, "inspections.inspection.concluded")).toEqual([]);

      expect(ok(await conclude("2026-04-24"))).toEqual({
        concludeInspection: { status: "CONCLUDED", conclusionNumber: "25/TB-VP", concludedOn: "2026-04-24" },
      });
      const [concluded] = await outboxEvents(h.db, "inspections.inspection.concluded");
      // The schema planning consumes (activity-handlers.ts), unchanged.
      expect(concluded).toMatchObject({
        subject: inspectionId,
        data: {
          inspectionId,
          unitId: UNIT.leLoi,
          concludedOn: "2026-04-24",
          conclusionNumber: "25/TB-VP",
          title: "Thông báo kết luận kiểm tra số 25/TB-VP",
          link: `/inspections/${inspectionId}`,
        },
      });
      expect(errorOf(await conclude("2026-04-24"))).toMatchObject({ reason: "NOT_STARTED" });
      const late = await gql(
        h.app,
        `mutation($id: ID!, $input: FindingInput!) { recordFinding(inspectionId: $id, input: $input) { id } }`,
        { id: inspectionId, input: { severity: "MINOR", description: "Muộn" } },
        ACTORS.inspector,
      );
      expect(errorOf(late)).toMatchObject({ reason: "NOT_STARTED" });
    } finally {
      h.setNow(new Date("2026-03-16T10:00:00+07:00"));
    }
  });
});
