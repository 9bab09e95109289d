import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATE_NAME } from "../../src/domain/index.ts";
import {
  ACTORS,
  approvedPlan,
  errorOf,
  FORM_TEAM,
  gql,
  ok,
  outboxEvents,
  START,
  startedInspection,
  startHarness,
  TEAM,
  UNIT,
  type Harness,
} from "../harness.ts";

let h: Harness;
let inspectionOf: Record<string, string>;
let criterion: Record<string, string>;

beforeAll(async () => {
  h = await startHarness("checklist");
  ({ inspectionOf } = await approvedPlan(h));
  criterion = await startedInspection(h, inspectionOf[UNIT.leLoi]!);
});
afterAll(() => h.close());

const CHECKLIST = `query($id: ID!) { inspection(id: $id) {
  status selfAssessmentDue selfSubmittedAt selfAssessmentLate templateVersionId template { name version }
  team { userId name role }
  checklist { code name criteria { id code kind maxScore selfValue selfNote teamValue teamNote differs } }
} }`;

type Criterion = {
  id: string;
  code: string;
  kind: string;
  maxScore: number | null;
  selfValue: number | null;
  selfNote: string | null;
  teamValue: number | null;
  differs: boolean;
};
type Checklist = {
  inspection: {
    status: string;
    selfAssessmentDue: string;
    selfSubmittedAt: string | null;
    selfAssessmentLate: boolean;
    templateVersionId: string;
    template: { name: string; version: number } | null;
    team: { userId: string; name: string; role: string }[];
    checklist: { code: string; name: string; criteria: Criterion[] }[];
  };
};
const SELF = `mutation($id: ID!, $answers: [ChecklistAnswerInput!]!, $submit: Boolean) { recordSelfAssessment(id: $id, answers: $answers, submit: $submit) { id selfSubmittedAt } }`;
const TEAM_COLUMN = `mutation($id: ID!, $answers: [ChecklistAnswerInput!]!) { recordTeamAssessment(id: $id, answers: $answers) { id } }`;
const REVISE = `mutation($id: ID!, $input: ChecklistTemplateInput!) { reviseChecklistTemplate(id: $id, input: $input) { id version versionId groups { code name criteria { code kind maxScore } } } }`;

const read = async (unitId: string, actor = ACTORS.inspector) =>
  ok(await gql<Checklist>(h.app, CHECKLIST, { id: inspectionOf[unitId] }, actor)).inspection;
const byCode = (c: Checklist["inspection"]) => Object.fromEntries(c.checklist.flatMap((g) => g.criteria).map((x) => [x.code, x]));

describe("the checklist of a started inspection", () => {
  it("copies the default template's seven groups, gives the unit 5 working days and announces the start", async () => {
    const inspection = await read(UNIT.leLoi);
    expect(inspection.status).toBe("STARTED");
    expect(inspection.checklist.map((g) => g.name)).toEqual([
      "Công khai thủ tục hành chính",
      "Cơ sở vật chất, trang thiết bị và nhân sự của Bộ phận Một cửa",
      "Giải quyết hồ sơ đúng hạn và phiếu xin lỗi đối với hồ sơ trễ hạn",
      "Dịch vụ công trực tuyến và thanh toán trực tuyến",
      "Số hóa hồ sơ, kết quả giải quyết TTHC",
      "Tiếp nhận, xử lý phản ánh, kiến nghị",
      "Chế độ thông tin, báo cáo",
    ]);
    expect(byCode(inspection)["2.2"]).toMatchObject({ kind: "SCORE", maxScore: 5 });
    // Monday 16/03/2026 + 5 working days.
    expect(inspection.selfAssessmentDue).toBe("2026-03-23");
    expect(inspection.team).toEqual([
      { userId: "u-inspector", name: "Nguyễn Văn Kiểm", role: "LEAD" },
      { userId: "u-member", name: "Trần Thị Tra", role: "MEMBER" },
    ]);
    const [started] = await outboxEvents(h.db, "inspections.inspection.started");
    expect(started).toMatchObject({
      subject: inspectionOf[UNIT.leLoi],
      data: { unitId: UNIT.leLoi, selfAssessmentDue: "2026-03-23", templateVersionId: inspection.templateVersionId },
    });
    expect(errorOf(await gql(h.app, START, { id: inspectionOf[UNIT.leLoi] }, ACTORS.inspector))).toMatchObject({
      reason: "ALREADY_STARTED",
    });
  });

  it("puts the unit's column and the team's side by side and highlights where they differ", async () => {
    const id = inspectionOf[UNIT.leLoi];
    ok(
      await gql(
        h.app,
        SELF,
        {
          id,
          answers: [
            { criterionId: criterion["1.1"], value: 1, note: "Niêm yết đủ 215 TTHC" },
            { criterionId: criterion["3.1"], value: 98.5 },
            { criterionId: criterion["2.2"], value: 5 },
          ],
        },
        ACTORS.leLoi,
      ),
    );
    ok(
      await gql(
        h.app,
        TEAM_COLUMN,
        {
          id,
          answers: [
            { criterionId: criterion["1.1"], value: 0, note: "Thiếu 12 TTHC mới công bố" },
            { criterionId: criterion["3.1"], value: 98.5 },
          ],
        },
        ACTORS.inspector,
      ),
    );
    const c = byCode(await read(UNIT.leLoi, ACTORS.leLoi));
    expect(c["1.1"]).toMatchObject({ selfValue: 1, selfNote: "Niêm yết đủ 215 TTHC", teamValue: 0, differs: true });
    expect(c["3.1"]).toMatchObject({ selfValue: 98.5, teamValue: 98.5, differs: false });
    expect(c["2.2"]).toMatchObject({ selfValue: 5, teamValue: null, differs: false });
  });

  it("refuses an answer out of range in Vietnamese and changes none of the batch", async () => {
    const id = inspectionOf[UNIT.leLoi];
    const cases = [
      { criterionId: criterion["2.2"], value: 6, message: "Tiêu chí 2.2: điểm phải là số nguyên từ 0 đến 5." },
      { criterionId: criterion["3.1"], value: 120, message: "Tiêu chí 3.1: tỷ lệ phải từ 0 đến 100%." },
      { criterionId: criterion["1.1"], value: 2, message: "Tiêu chí 1.1: chỉ nhận Có (1) hoặc Không (0)." },
      { criterionId: criterion["3.2"], value: -3, message: "Tiêu chí 3.2: số lượng phải là số nguyên không âm." },
    ];
    for (const bad of cases) {
      // A valid answer first in the same batch: it must not be written either.
      const answers = [
        { criterionId: criterion["4.1"], value: 40 },
        { criterionId: bad.criterionId, value: bad.value },
      ];
      expect(errorOf(await gql(h.app, SELF, { id, answers }, ACTORS.leLoi))).toEqual({
        code: "BAD_USER_INPUT",
        reason: "ANSWER_OUT_OF_RANGE",
        message: bad.message,
      });
      expect(errorOf(await gql(h.app, TEAM_COLUMN, { id, answers }, ACTORS.inspector))).toMatchObject({ message: bad.message });
    }
    const c = byCode(await read(UNIT.leLoi));
    expect([c["4.1"]?.selfValue, c["4.1"]?.teamValue, c["2.2"]?.selfValue, c["3.1"]?.selfValue, c["1.1"]?.selfValue]).toEqual([
      null,
      null,
      5,
      98.5,
      1,
    ]);
  });

  it("lets only the unit fill its column and only the team (or the city office) fill the team's", async () => {
    const id = inspectionOf[UNIT.leLoi];
    const answers = [{ criterionId: criterion["4.1"], value: 40 }];
    // Another unit's officer does not even see the inspection.
    expect(errorOf(await gql(h.app, SELF, { id, answers }, ACTORS.minhKhai))).toMatchObject({ code: "NOT_FOUND" });
    expect(errorOf(await gql(h.app, SELF, { id, answers }, ACTORS.inspector))).toMatchObject({
      code: "FORBIDDEN",
      message: "Chỉ cán bộ của đơn vị được kiểm tra được tự đánh giá.",
    });
    expect(errorOf(await gql(h.app, TEAM_COLUMN, { id, answers }, ACTORS.leLoi))).toMatchObject({
      code: "FORBIDDEN",
      message: "Chỉ thành viên đoàn kiểm tra được đánh giá.",
    });
    expect(errorOf(await gql(h.app, TEAM_COLUMN, { id, answers }, ACTORS.otherInspector))).toMatchObject({ code: "FORBIDDEN" });
    expect(byCode(await read(UNIT.leLoi))["4.1"]).toMatchObject({ selfValue: null, teamValue: null });
  });

  it("a template revision does not rewrite a started inspection; the next one starts on the new version", async () => {
    const before = await read(UNIT.leLoi);
    const [template] = ok(
      await gql<{
        checklistTemplates: {
          id: string;
          version: number;
          groups: { code: string; name: string; criteria: { code: string; text: string; kind: string; maxScore: number | null }[] }[];
        }[];
      }>(h.app, `{ checklistTemplates { id version groups { code name criteria { code text kind maxScore } } } }`, {}, ACTORS.inspector),
    ).checklistTemplates;
    expect(template!.version).toBe(1);
    // Group 7 gets a new criterion, and the score of 2.2 goes to 0–10.
    const groups = template!.groups.map((g) => ({
      ...g,
      criteria: [
        ...g.criteria.map((c) => (c.code === "2.2" ? { ...c, maxScore: 10 } : c)),
        ...(g.code === "7"
          ? [{ code: "7.3", text: "Cập nhật số liệu trên Hệ thống thông tin báo cáo", kind: "YES_NO", maxScore: null }]
          : []),
      ],
    }));
    expect(errorOf(await gql(h.app, REVISE, { id: template!.id, input: { name: "Phiếu 2026", groups } }, ACTORS.inspector))).toMatchObject({
      code: "FORBIDDEN",
    });
    const revised = ok(
      await gql<{ reviseChecklistTemplate: { version: number; versionId: string } }>(
        h.app,
        REVISE,
        { id: template!.id, input: { name: "Phiếu 2026", groups } },
        ACTORS.admin,
      ),
    );
    expect(revised.reviseChecklistTemplate.version).toBe(2);

    const after = await read(UNIT.leLoi);
    expect(after.checklist).toEqual(before.checklist);
    expect(after.templateVersionId).toBe(before.templateVersionId);
    // The inspection page names the template as it was started with, not as renamed since.
    expect(before.template).toEqual({ name: DEFAULT_TEMPLATE_NAME, version: 1 });
    expect(after.template).toEqual(before.template);

    ok(await gql(h.app, FORM_TEAM, { id: inspectionOf[UNIT.minhKhai], input: TEAM }, ACTORS.admin));
    ok(await gql(h.app, START, { id: inspectionOf[UNIT.minhKhai] }, ACTORS.inspector));
    const next = await read(UNIT.minhKhai);
    expect(next.templateVersionId).toBe(revised.reviseChecklistTemplate.versionId);
    expect(next.template).toEqual({ name: "Phiếu 2026", version: 2 });
    expect(byCode(next)["2.2"]?.maxScore).toBe(10);
    expect(byCode(next)["7.3"]).toMatchObject({ kind: "YES_NO" });
    expect(byCode(after)["7.3"]).toBeUndefined();
  });

  it("a submitted self-assessment no longer changes; one missing after its due day shows as late", async () => {
    expect((await read(UNIT.minhKhai)).selfAssessmentLate).toBe(false);
    h.setNow(new Date("2026-03-24T09:00:00+07:00"));
    try {
      expect((await read(UNIT.minhKhai)).selfAssessmentLate).toBe(true);
    } finally {
      h.setNow(new Date("2026-03-16T10:00:00+07:00"));
    }
    const id = inspectionOf[UNIT.leLoi];
    const submitted = ok(
      await gql<{ recordSelfAssessment: { selfSubmittedAt: string } }>(h.app, SELF, { id, answers: [], submit: true }, ACTORS.leLoi),
    );
    expect(submitted.recordSelfAssessment.selfSubmittedAt).toBe("2026-03-16T03:00:00.000Z");
    expect(errorOf(await gql(h.app, SELF, { id, answers: [{ criterionId: criterion["4.1"], value: 1 }] }, ACTORS.leLoi))).toMatchObject({
      message: "Đơn vị đã gửi bản tự đánh giá; không thể sửa.",
    });
    expect((await read(UNIT.leLoi)).selfAssessmentLate).toBe(false);
  });

  it("refuses a team without exactly one lead, or a visit before its decision", async () => {
    const id = inspectionOf[UNIT.minhKhai];
    const noLead = { ...TEAM, members: TEAM.members.map((m) => ({ ...m, role: "MEMBER" })) };
    expect(errorOf(await gql(h.app, FORM_TEAM, { id, input: noLead }, ACTORS.admin))).toMatchObject({
      message: "Đoàn kiểm tra phải có đúng một trưởng đoàn.",
    });
    const early = { ...TEAM, decisionDate: "2026-04-25" };
    expect(errorOf(await gql(h.app, FORM_TEAM, { id, input: early }, ACTORS.admin))).toMatchObject({ reason: "DECISION_AFTER_START" });
    expect(errorOf(await gql(h.app, FORM_TEAM, { id, input: TEAM }, ACTORS.inspector))).toMatchObject({ code: "FORBIDDEN" });
  });
});
