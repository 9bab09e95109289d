import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { declaredBomb, lyingBomb } from "../fixtures/zip-bomb.ts";
import { ACTORS, actorHeaders, errorOf, gql, startHarness, type Harness } from "../harness.ts";

const PREVIEW = `query($input: PlanDocumentInput!) { previewPlanImport(input: $input) { year } }`;
// A ZIP whose first entry is named like a Word document: passes the type sniffing, cannot be read as .docx.
const FAKE_DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.alloc(22),
  Buffer.from("[Content_Types].xml word/document.xml"),
  Buffer.alloc(64),
]);

describe("plan documents and evidence uploads", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness("uploads", { uploadMaxBytes: 64 * 1024 });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function upload(body: Buffer, name: string) {
    const res = await h.app.inject({
      method: "POST",
      url: "/files",
      headers: { "content-type": "application/octet-stream", "x-file-name": name, ...(await actorHeaders(ACTORS.admin, body)) },
      payload: body,
    });
    return { status: res.statusCode, body: res.json() as { id?: string; type?: string; error?: { message: string } } };
  }

  it("refuses an upload over the limit with a Vietnamese message and stores nothing", async () => {
    const r = await upload(Buffer.alloc(200 * 1024, 1), "lon.pdf");
    expect(r.status).toBe(413);
    expect(r.body.error?.message).toMatch(/vượt quá dung lượng/);
    expect(await h.db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM stored_file`)).toHaveLength(0);
  });

  it("reports a malformed .docx clearly and creates nothing", async () => {
    const uploaded = await upload(FAKE_DOCX, "ke-hoach.docx");
    expect(uploaded.status).toBe(201);
    const r = await gql(h.app, PREVIEW, { input: { docxFileId: uploaded.body.id } }, ACTORS.admin);
    expect(errorOf(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "docxFileId" });
    expect(errorOf(r).message).toMatch(/không phải tệp Word .docx hợp lệ/);
    const notMine = await gql(h.app, PREVIEW, { input: { docxFileId: "00000000-0000-4000-8000-000000000000" } }, ACTORS.admin);
    expect(errorOf(notMine).message).toMatch(/Không tìm thấy tệp/);
    expect(await h.db.plan.count()).toBe(0);
  });

  it("refuses a PDF given as the plan document", async () => {
    const pdf = await upload(Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), "ke-hoach.pdf");
    expect(pdf.status).toBe(201);
    const r = await gql(h.app, PREVIEW, { input: { docxFileId: pdf.body.id } }, ACTORS.admin);
    expect(errorOf(r).message).toMatch(/không phải tệp Word/);
  });

  it("refuses a zip bomb given as the plan document with a coded error in both languages, and creates nothing", async () => {
    for (const bomb of [declaredBomb(2_600_000_000), await lyingBomb(40 * 1024 * 1024)]) {
      const uploaded = await upload(bomb, "ke-hoach.docx");
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      for (const query of [PREVIEW, `mutation($input: PlanDocumentInput!) { importPlan(input: $input) { id } }`]) {
        const r = await gql(h.app, query, { input: { docxFileId: uploaded.body.id } }, ACTORS.admin);
        expect(errorOf(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "docxFileId" });
        expect(r.errors?.[0]?.extensions).toMatchObject({ reason: "DOCX_TOO_LARGE", messageEn: expect.stringMatching(/at most 32 MB/) });
        expect(errorOf(r).message).toMatch(/quá lớn khi giải nén/);
      }
    }
    expect(await h.db.plan.count()).toBe(0);
  });
});
