import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@tthc/service-kit";
import { ACTORS, actorHeaders, approvedPlan, errorOf, gql, ok, startedInspection, startHarness, UNIT, type Harness } from "../harness.ts";

let h: Harness;
let inspectionId: string;
let criterion: Record<string, string>;

beforeAll(async () => {
  h = await startHarness("documents");
  const { inspectionOf } = await approvedPlan(h);
  inspectionId = inspectionOf[UNIT.leLoi]!;
  criterion = await startedInspection(h, inspectionId);
});
afterAll(() => h?.close());

const PDF = Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
// A Windows executable renamed ".pdf": refused by its first bytes, whatever its name says.
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);
const HTML = Buffer.from("<!doctype html><script>alert(1)</script>");

const FINDING_TEXT = "Chưa niêm yết 12 TTHC mới công bố theo Quyết định 123/QĐ-UBND";
const RECOMMENDATION_TEXT = "Niêm yết bổ sung đầy đủ 12 TTHC tại Bộ phận Một cửa";

const FINDING = `mutation($id: ID!, $input: FindingInput!) { recordFinding(inspectionId: $id, input: $input) { id files { id name type url } } }`;
const RECOMMEND = `mutation($id: ID!, $input: RecommendationInput!) { issueRecommendation(findingId: $id, input: $input) { id dueDay } }`;
const ANSWER = `mutation($id: ID!, $answer: String!, $fileIds: [ID!]) { answerRecommendation(id: $id, answer: $answer, fileIds: $fileIds) { id status answerFiles { id name } } }`;
const SELF = `mutation($id: ID!, $answers: [ChecklistAnswerInput!]!) { recordSelfAssessment(id: $id, answers: $answers) { id checklist { criteria { code selfValue selfFiles { id name } } } } }`;
const CONCLUDE = `mutation($id: ID!, $input: ConclusionInput!) { concludeInspection(id: $id, input: $input) { status conclusionNumber conclusionNotice { id name type size url } } }`;
const RECORD = `mutation($id: ID!) { exportInspectionRecord(id: $id) { id name size url } }`;

async function upload(body: Buffer, name: string, actor: Actor) {
  const res = await h.app.inject({
    method: "POST",
    url: "/files",
    headers: { "content-type": "application/octet-stream", "x-file-name": name, ...(await actorHeaders(actor, body)) },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() as { id?: string; type?: string; error?: { code: string; message: string } } };
}

async function download(id: string, actor: Actor) {
  return h.app.inject({ method: "GET", url: `/files/${id}`, headers: await actorHeaders(actor) });
}

const storedFiles = async () => Number((await h.db.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM stored_file`))[0]!.n);

describe("evidence files", () => {
  it("refuses an evidence file of a forbidden type with a Vietnamese message and stores nothing", async () => {
    for (const [bytes, name] of [
      [EXE, "bien-ban.pdf"],
      [HTML, "anh.png"],
    ] as const) {
      const refused = await upload(bytes, name, ACTORS.inspector);
      expect(refused.status).toBe(415);
      expect(refused.body.error).toMatchObject({
        code: "FILE_TYPE_NOT_ALLOWED",
        message: "Định dạng tệp không được chấp nhận (kiểm tra theo nội dung tệp, không theo tên).",
      });
    }
    expect(await storedFiles()).toBe(0);
    expect(await h.db.finding.count()).toBe(0);
  });

  it("attaches uploaded evidence to a finding, a self-assessment answer and a recommendation answer", async () => {
    const photo = await upload(PDF, "anh-bang-niem-yet.pdf", ACTORS.inspector);
    expect(photo.status).toBe(201);
    // A file someone else uploaded (or none at all) cannot be attached: refused, nothing recorded.
    const othersFile = await upload(PDF, "cua-don-vi.pdf", ACTORS.leLoi);
    for (const fileIds of [[othersFile.body.id], ["00000000-0000-4000-8000-00000000abcd"], ["not-a-uuid"]]) {
      const refused = await gql(
        h.app,
        FINDING,
        { id: inspectionId, input: { severity: "MAJOR", description: FINDING_TEXT, fileIds } },
        ACTORS.inspector,
      );
      expect(errorOf(refused)).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_FILE" });
      expect(errorOf(refused).message).toMatch(/Tệp chứng minh không tồn tại/);
    }
    expect(await h.db.finding.count()).toBe(0);

    const finding = ok(
      await gql<{ recordFinding: { id: string; files: Array<{ id: string; name: string; type: string; url: string }> } }>(
        h.app,
        FINDING,
        {
          id: inspectionId,
          input: { criterionId: criterion["1.1"], severity: "MAJOR", description: FINDING_TEXT, fileIds: [photo.body.id] },
        },
        ACTORS.inspector,
      ),
    ).recordFinding;
    expect(finding.files).toEqual([
      { id: photo.body.id, name: "anh-bang-niem-yet.pdf", type: "application/pdf", url: `/files/inspections/${photo.body.id}` },
    ]);

    const selfAssessment = ok(
      await gql<{ recordSelfAssessment: { checklist: Array<{ criteria: Array<{ code: string; selfFiles: Array<{ id: string }> }> }> } }>(
        h.app,
        SELF,
        { id: inspectionId, answers: [{ criterionId: criterion["2.1"], value: 1, fileIds: [othersFile.body.id] }] },
        ACTORS.leLoi,
      ),
    );
    const answered = selfAssessment.recordSelfAssessment.checklist.flatMap((g) => g.criteria).find((c) => c.code === "2.1");
    expect(answered?.selfFiles).toEqual([{ id: othersFile.body.id, name: "cua-don-vi.pdf" }]);

    const recommendation = ok(
      await gql<{ issueRecommendation: { id: string } }>(
        h.app,
        RECOMMEND,
        { id: finding.id, input: { text: RECOMMENDATION_TEXT, dueDay: "2026-05-29" } },
        ACTORS.inspector,
      ),
    ).issueRecommendation;
    const proof = await upload(PDF, "anh-sau-khac-phuc.pdf", ACTORS.leLoi);
    const answer = ok(
      await gql<{ answerRecommendation: { status: string; answerFiles: Array<{ id: string }> } }>(
        h.app,
        ANSWER,
        { id: recommendation.id, answer: "Đã niêm yết bổ sung", fileIds: [proof.body.id] },
        ACTORS.leLoi,
      ),
    ).answerRecommendation;
    expect(answer).toMatchObject({ status: "ANSWERED", answerFiles: [{ id: proof.body.id }] });

    // Evidence of Lê Lợi's inspection: its officer and the city's readers download it; another unit does not.
    expect((await download(photo.body.id!, ACTORS.leLoi)).statusCode).toBe(200);
    expect((await download(proof.body.id!, ACTORS.admin)).statusCode).toBe(200);
    expect((await download(photo.body.id!, ACTORS.minhKhai)).statusCode).toBe(404);
    expect((await download(photo.body.id!, ACTORS.partner)).statusCode).toBe(404);
  });
});

describe("the inspection record and the conclusion notice", () => {
  it("exports the record (biên bản) as a DOCX in the state-document layout with the finding and the recommendation", async () => {
    const file = ok(
      await gql<{ exportInspectionRecord: { id: string; url: string } }>(h.app, RECORD, { id: inspectionId }, ACTORS.inspector),
    ).exportInspectionRecord;
    expect(file.url).toBe(`/files/inspections/${file.id}`);
    expect(errorOf(await gql(h.app, RECORD, { id: inspectionId }, ACTORS.minhKhai))).toMatchObject({ code: "NOT_FOUND" });
    // An export belongs to whoever made it (and to the city's readers), as planning's are.
    expect((await download(file.id, ACTORS.leLoi)).statusCode).toBe(404);
    const res = await download(file.id, ACTORS.inspector);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("wordprocessingml");
    const { value: text } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("BIÊN BẢN");
    expect(text).toContain("UBND phường Lê Lợi");
    expect(text).toContain("Quyết định số 15/QĐ-UBND ngày 16/03/2026");
    expect(text).toContain("Nguyễn Văn Kiểm, Trưởng đoàn");
    expect(text).toContain(FINDING_TEXT);
    expect(text).toContain(RECOMMENDATION_TEXT);
    expect(text).toContain("29/05/2026");
  });

  it("concluding issues the notice with its number as a stored DOCX that parses back with the finding's text", async () => {
    h.setNow(new Date("2026-04-24T10:00:00+07:00"));
    try {
      const before = await storedFiles();
      // A refused conclusion stores no notice.
      expect(
        errorOf(
          await gql(
            h.app,
            CONCLUDE,
            { id: inspectionId, input: { conclusionNumber: "25/TB-VP", concludedOn: "2026-04-20" } },
            ACTORS.inspector,
          ),
        ),
      ).toMatchObject({ reason: "CONCLUDED_BEFORE_VISIT" });
      expect(await storedFiles()).toBe(before);

      const concluded = ok(
        await gql<{
          concludeInspection: { status: string; conclusionNotice: { id: string; name: string; type: string; size: number; url: string } };
        }>(h.app, CONCLUDE, { id: inspectionId, input: { conclusionNumber: "25/TB-VP", concludedOn: "2026-04-24" } }, ACTORS.inspector),
      ).concludeInspection;
      expect(concluded.status).toBe("CONCLUDED");
      const notice = concluded.conclusionNotice;
      expect(notice).toMatchObject({ name: "Thong-bao-ket-luan-25-TB-VP.docx", url: `/files/inspections/${notice.id}` });

      const res = await download(notice.id, ACTORS.leLoi);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.length).toBe(notice.size);
      const { value: text } = await mammoth.extractRawText({ buffer: res.rawPayload });
      expect(text).toContain("THÔNG BÁO");
      expect(text).toContain("Số: 25/TB-VP");
      expect(text).toContain("Hưng Yên, ngày 24 tháng 4 năm 2026");
      expect(text).toContain(FINDING_TEXT);
      expect(text).toContain(RECOMMENDATION_TEXT);
      expect(text).toContain("Nơi nhận:");
      expect((await download(notice.id, ACTORS.minhKhai)).statusCode).toBe(404);
    } finally {
      h.setNow(new Date("2026-03-16T10:00:00+07:00"));
    }
  });
});
