/**
 * Inspections through the gateway (issue 11): only a leader approves the year's plan; a unit officer sees
 * only its unit's inspections and answers only recommendations addressed to it; a partner key reads no
 * personal data; the bad inputs of the issue are refused in Vietnamese and change nothing; concluding
 * issues the notice, which downloads at /files/inspections/<id> and parses back with the finding's text.
 */
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "@tthc/test-kit";
import { bearer, gql, login, stack, type GqlResult } from "./stack.ts";

type Headers = Record<string, string>;

const FINDING_TEXT = "Chưa niêm yết 12 TTHC mới công bố tại Bộ phận Một cửa";
const RECOMMENDATION_TEXT = "Niêm yết bổ sung đầy đủ các TTHC mới công bố";
// This run's plan: a title of its own, so a second run against the same stack finds its own inspections.
const RUN = Math.random().toString(36).slice(2, 8);

const errorOf = (r: GqlResult<unknown>) => {
  const e = r.errors?.[0] as { message: string; extensions?: { code?: string; reason?: string } } | undefined;
  return { code: e?.extensions?.code, reason: e?.extensions?.reason, message: e?.message };
};
function ok<T>(r: GqlResult<T>): T {
  if (!r.data || r.errors) throw new Error(`GraphQL failed: ${JSON.stringify(r.errors)}`);
  return r.data;
}

const INSPECTION = `query($id: ID!) { inspection(id: $id) {
  id unitId status team { name } conclusionNotice { url }
  checklist { criteria { id code kind selfValue } }
  findings { description recommendations { id status text answerFiles { id } } } } }`;

interface InspectionRead {
  id: string;
  unitId: string;
  status: string;
  conclusionNotice: { url: string } | null;
  checklist: Array<{ criteria: Array<{ id: string; code: string; kind: string; selfValue: number | null }> }>;
  findings: Array<{ description: string; recommendations: Array<{ id: string; status: string; text: string; answerFiles: unknown[] }> }>;
}

describe("inspections through the gateway", () => {
  let admin: Headers, leader: Headers, inspector: Headers, phoHien: Headers, sonNam: Headers, partner: Headers;
  let inspectorId: string;
  let unitOf: (name: string) => string;
  let planId: string;
  let phoHienInspection: string;
  let sonNamInspection: string;

  const read = async (id: string, who: Headers = admin) =>
    ok(await gql<{ inspection: InspectionRead }>(INSPECTION, { id }, who)).inspection;

  beforeAll(async () => {
    admin = bearer((await login("admin", "Admin@2024")).accessToken);
    leader = bearer((await login("lanhdao", "Lanhdao@2024")).accessToken);
    inspector = bearer((await login("kiemtra", "Kiemtra@2024")).accessToken);
    phoHien = bearer((await login("phuong.leloi", "Leloi@2024")).accessToken);
    sonNam = bearer((await login("phuong.sonnam", "Sonnam@2025")).accessToken);
    inspectorId = ok(await gql<{ me: { id: string } }>(`{ me { id } }`, {}, inspector)).me.id;
    const key = ok(
      await gql<{ createApiKey: string }>(
        `mutation($s: [String!]) { createApiKey(name: "Cổng dịch vụ công tỉnh", scopes: $s) }`,
        { s: ["inspections:read"] },
        admin,
      ),
    ).createApiKey;
    partner = { "x-api-key": key };
    await waitFor(
      async () =>
        ((await gql<{ inspectionsStatus: { replicatedUnits: number } }>(`{ inspectionsStatus { replicatedUnits } }`, {}, admin)).data
          ?.inspectionsStatus.replicatedUnits ?? 0) > 20,
      30_000,
    );
    const units = ok(await gql<{ units: Array<{ id: string; name: string }> }>(`{ units { id name } }`, {}, admin)).units;
    unitOf = (name) => units.find((u) => u.name === name)!.id;
  });

  it("only a leader approves the year's plan; anyone else is refused in Vietnamese and the plan stays a draft", async () => {
    const created = ok(
      await gql<{ createInspectionPlan: { id: string } }>(
        `mutation($input: InspectionPlanInput!) { createInspectionPlan(input: $input) { id } }`,
        {
          input: {
            year: 2026,
            title: `Kế hoạch kiểm tra công tác kiểm soát TTHC năm 2026 (${RUN})`,
            items: [
              { unitId: unitOf("UBND phường Phố Hiến"), periodKind: "MONTH", period: 3, type: "PERIODIC", focus: "Công khai TTHC" },
              { unitId: unitOf("UBND phường Sơn Nam"), periodKind: "QUARTER", period: 3, type: "THEMATIC", focus: "Số hóa hồ sơ" },
            ],
          },
        },
        admin,
      ),
    );
    planId = created.createInspectionPlan.id;
    const APPROVE = `mutation($id: ID!) { approveInspectionPlan(id: $id) { status } }`;
    for (const who of [admin, inspector, phoHien]) {
      const refused = errorOf(await gql(APPROVE, { id: planId }, who));
      expect(refused.code).toBe("FORBIDDEN");
      expect(refused.message).toBe("Chỉ lãnh đạo được phê duyệt kế hoạch kiểm tra.");
    }
    const plan = async () =>
      ok(
        await gql<{ inspectionPlan: { status: string } }>(`query($id: ID!) { inspectionPlan(id: $id) { status } }`, { id: planId }, admin),
      );
    expect((await plan()).inspectionPlan.status).toBe("DRAFT");
    expect(ok(await gql<{ approveInspectionPlan: { status: string } }>(APPROVE, { id: planId }, leader)).approveInspectionPlan.status).toBe(
      "APPROVED",
    );

    const all = ok(
      await gql<{ inspections: { items: Array<{ id: string; planId: string; unitId: string }> } }>(
        `{ inspections(filter: { year: 2026 }, limit: 200) { items { id planId unitId } } }`,
        {},
        admin,
      ),
    ).inspections.items.filter((i) => i.planId === planId);
    phoHienInspection = all.find((i) => i.unitId === unitOf("UBND phường Phố Hiến"))!.id;
    sonNamInspection = all.find((i) => i.unitId === unitOf("UBND phường Sơn Nam"))!.id;
  });

  it("a unit officer sees only its unit's inspections; another unit's reads as not found", async () => {
    const mine = ok(
      await gql<{ inspections: { items: Array<{ unitId: string }> } }>(`{ inspections(limit: 200) { items { unitId } } }`, {}, phoHien),
    ).inspections.items;
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((i) => i.unitId))).toEqual(new Set([unitOf("UBND phường Phố Hiến")]));
    expect(errorOf(await gql(INSPECTION, { id: sonNamInspection }, phoHien)).code).toBe("NOT_FOUND");
  });

  it("refuses an out-of-range checklist answer and a recommendation due before the inspection, changing nothing", async () => {
    ok(
      await gql(
        `mutation($id: ID!, $input: InspectionTeamInput!) { formInspectionTeam(id: $id, input: $input) { id } }`,
        {
          id: phoHienInspection,
          input: {
            decisionNumber: `07/QĐ-VP-${RUN}`,
            decisionDate: "2026-03-02",
            startDay: "2026-03-09",
            endDay: "2026-03-10",
            members: [
              { userId: inspectorId, name: "Vũ Thị Kiểm", role: "LEAD" },
              { userId: `member-${RUN}`, name: "Trần Văn Đoàn", role: "MEMBER" },
            ],
          },
        },
        admin,
      ),
    );
    ok(await gql(`mutation($id: ID!) { startInspection(id: $id) { id } }`, { id: phoHienInspection }, inspector));
    const rate = (await read(phoHienInspection)).checklist.flatMap((g) => g.criteria).find((c) => c.kind === "RATE")!;
    const outOfRange = errorOf(
      await gql(
        `mutation($id: ID!, $answers: [ChecklistAnswerInput!]!) { recordSelfAssessment(id: $id, answers: $answers) { id } }`,
        { id: phoHienInspection, answers: [{ criterionId: rate.id, value: 150 }] },
        phoHien,
      ),
    );
    expect(outOfRange).toMatchObject({ code: "BAD_USER_INPUT", reason: "ANSWER_OUT_OF_RANGE" });
    expect(outOfRange.message).toContain("tỷ lệ phải từ 0 đến 100%");
    expect((await read(phoHienInspection)).checklist.flatMap((g) => g.criteria).find((c) => c.id === rate.id)!.selfValue).toBeNull();

    const findingId = ok(
      await gql<{ recordFinding: { id: string } }>(
        `mutation($id: ID!, $input: FindingInput!) { recordFinding(inspectionId: $id, input: $input) { id } }`,
        { id: phoHienInspection, input: { severity: "MAJOR", description: FINDING_TEXT } },
        inspector,
      ),
    ).recordFinding.id;
    const RECOMMEND = `mutation($id: ID!, $input: RecommendationInput!) { issueRecommendation(findingId: $id, input: $input) { id } }`;
    const early = errorOf(await gql(RECOMMEND, { id: findingId, input: { text: RECOMMENDATION_TEXT, dueDay: "2026-03-05" } }, inspector));
    expect(early).toMatchObject({ code: "BAD_USER_INPUT", reason: "DUE_BEFORE_INSPECTION" });
    expect(early.message).toBe("Hạn thực hiện kiến nghị không được trước ngày kiểm tra (09/03/2026).");
    expect((await read(phoHienInspection)).findings[0]!.recommendations).toEqual([]);
    ok(await gql(RECOMMEND, { id: findingId, input: { text: RECOMMENDATION_TEXT, dueDay: "2026-04-30" } }, inspector));
  });

  it("only the unit a recommendation is addressed to answers it; a forbidden evidence type is refused and nothing changes", async () => {
    const recommendation = (await read(phoHienInspection)).findings[0]!.recommendations[0]!;
    const ANSWER = `mutation($id: ID!, $answer: String!, $fileIds: [ID!]) { answerRecommendation(id: $id, answer: $answer, fileIds: $fileIds) { status answerFiles { id } } }`;
    expect(errorOf(await gql(ANSWER, { id: recommendation.id, answer: "Đã khắc phục" }, sonNam)).code).toBe("NOT_FOUND");
    expect(errorOf(await gql(ANSWER, { id: recommendation.id, answer: "Đã khắc phục" }, inspector)).code).toBe("FORBIDDEN");

    const upload = (body: Buffer, name: string) =>
      fetch(new URL("/files/inspections", stack.gatewayUrl), {
        method: "POST",
        headers: { ...phoHien, "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(name) },
        body,
      });
    // An executable named like a PDF: typed by its content and refused before it is stored.
    const refused = await upload(Buffer.concat([Buffer.from("MZ"), Buffer.alloc(300, 0x90)]), "anh-niem-yet.pdf");
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      "Định dạng tệp không được chấp nhận (kiểm tra theo nội dung tệp, không theo tên).",
    );
    expect((await read(phoHienInspection)).findings[0]!.recommendations[0]).toMatchObject({ status: "OPEN", answerFiles: [] });

    const pdf = await upload(Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), "anh-niem-yet.pdf");
    expect(pdf.status).toBe(201);
    const { id: fileId } = (await pdf.json()) as { id: string };
    const answered = ok(
      await gql<{ answerRecommendation: { status: string; answerFiles: Array<{ id: string }> } }>(
        ANSWER,
        { id: recommendation.id, answer: "Đã niêm yết bổ sung", fileIds: [fileId] },
        phoHien,
      ),
    ).answerRecommendation;
    expect(answered).toEqual({ status: "ANSWERED", answerFiles: [{ id: fileId }] });
  });

  it("concluding issues the notice (a DOCX with the finding); closing with an unverified recommendation is refused", async () => {
    const concluded = ok(
      await gql<{ concludeInspection: { status: string; conclusionNotice: { url: string } } }>(
        `mutation($id: ID!, $input: ConclusionInput!) { concludeInspection(id: $id, input: $input) { status conclusionNotice { url } } }`,
        { id: phoHienInspection, input: { conclusionNumber: `12/TB-VP-${RUN}`, concludedOn: "2026-03-13" } },
        inspector,
      ),
    ).concludeInspection;
    expect(concluded.status).toBe("CONCLUDED");
    const url = new URL(concluded.conclusionNotice.url, stack.gatewayUrl);
    const res = await fetch(url, { headers: phoHien });
    expect(res.status).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) });
    expect(text).toContain(`Số: 12/TB-VP-${RUN}`);
    expect(text).toContain(FINDING_TEXT);
    expect((await fetch(url, { headers: sonNam })).status).toBe(404);

    const close = errorOf(await gql(`mutation($id: ID!) { closeInspection(id: $id) { status } }`, { id: phoHienInspection }, inspector));
    expect(close).toMatchObject({ code: "BAD_USER_INPUT", reason: "RECOMMENDATIONS_PENDING" });
    expect(close.message).toBe("Chưa thể kết thúc: còn 1 kiến nghị chưa được xác nhận hoàn thành hoặc chuyển kiểm tra lại.");
    expect((await read(phoHienInspection)).status).toBe("CONCLUDED");
  });

  it("a partner key reads the inspections' schedule and outcome, and no personal data", async () => {
    const r = await gql<{ inspection: Record<string, unknown> }>(
      `query($id: ID!) { inspection(id: $id) { unitName status conclusionNumber team { name } findings { description }
         conclusionNotice { url } checklist { criteria { selfNote } } } }`,
      { id: phoHienInspection },
      partner,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.inspection).toEqual({
      unitName: "UBND phường Phố Hiến",
      status: "CONCLUDED",
      conclusionNumber: `12/TB-VP-${RUN}`,
      team: [],
      findings: [],
      conclusionNotice: null,
      checklist: [],
    });
    expect(JSON.stringify(r.data)).not.toContain("Vũ Thị Kiểm");
    const recommendations = await gql<{ recommendations: { items: Array<Record<string, unknown>> } }>(
      `{ recommendations(limit: 50) { items { status dueDay answer returnReason answerFiles { id } } } }`,
      {},
      partner,
    );
    expect(recommendations.errors).toBeUndefined();
    expect(recommendations.data!.recommendations.items.length).toBeGreaterThan(0);
    for (const item of recommendations.data!.recommendations.items)
      expect(item).toMatchObject({ answer: null, returnReason: null, answerFiles: [] });
    // A recommendation's own text is staff-only: asking for it is refused rather than answered.
    expect(errorOf(await gql(`{ recommendations(limit: 1) { items { text } } }`, {}, partner)).code).toBe("FORBIDDEN");
    // Plans and writes are not a partner's.
    expect(errorOf(await gql(`mutation($id: ID!) { approveInspectionPlan(id: $id) { status } }`, { id: planId }, partner)).code).toMatch(
      /FORBIDDEN|UNAUTHENTICATED/,
    );
  });
});
