/**
 * PAKN through the gateway: who may read what. A ward officer sees only what was transferred to their
 * ward and never the sender of a PAKN about their own officials; anonymous callers see only their own
 * PAKN (code + secret) and the published results; a wrong secret reveals nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { submitAnonymously } from "./complaint-submission.ts";
import { bearer, gql, login } from "./stack.ts";

const DETAIL = `query ($id: ID!) { complaint(id: $id) { id trackingCode senderHidden sender { name phone } content } }`;
const LOOKUP = `query ($c: String!, $s: String!) { lookupComplaint(trackingCode: $c, secret: $s) { trackingCode status } }`;

let admin: Record<string, string>;
let phoHien: Record<string, string>;
let sonNam: Record<string, string>;
let submitted: { trackingCode: string; secret: string };
let complaintId: string;

beforeAll(async () => {
  admin = bearer((await login("admin", "Admin@2024")).accessToken);
  phoHien = bearer((await login("phuong.leloi", "Leloi@2024")).accessToken);
  sonNam = bearer((await login("phuong.sonnam", "Sonnam@2025")).accessToken);

  submitted = await submitAnonymously("Cán bộ một cửa phường Phố Hiến thu thêm phí chứng thực ngoài quy định, đề nghị chấn chỉnh.");
  const found = await gql<{ complaints: { items: Array<{ id: string }> } }>(
    `query ($q: String) { complaints(filter: { search: $q }) { items { id } } }`,
    { q: submitted.trackingCode },
    admin,
  );
  complaintId = found.data!.complaints.items[0]!.id;
  const units = await gql<{ units: Array<{ id: string }> }>(`{ units(search: "phuong pho hien") { id } }`, {}, admin);
  const phoHienId = units.data!.units[0]!.id;
  const classified = await gql(
    `mutation ($id: ID!, $u: ID!) { classifyComplaint(id: $id, input: { kind: FEEDBACK, category: "official-conduct", field: "Chứng thực", regulation: "Chứng thực bản sao", concernedUnitId: $u }) { status } }`,
    { id: complaintId, u: phoHienId },
    admin,
  );
  expect(classified.errors).toBeUndefined();
  const transferred = await gql(
    `mutation ($id: ID!, $u: ID!) { transferComplaint(id: $id, units: [{ unitId: $u, lead: true }]) { status } }`,
    { id: complaintId, u: phoHienId },
    admin,
  );
  expect(transferred.errors).toBeUndefined();
});

describe("PAKN access through the gateway", () => {
  it("the ward it was transferred to sees it, but not the sender, since it concerns the ward's own officials", async () => {
    const list = await gql<{ complaints: { items: Array<{ id: string }> } }>(`{ complaints(limit: 200) { items { id } } }`, {}, phoHien);
    expect(list.data!.complaints.items.map((c) => c.id)).toContain(complaintId);
    const read = await gql<{ complaint: { senderHidden: boolean; sender: unknown; content: string } }>(
      DETAIL,
      { id: complaintId },
      phoHien,
    );
    expect(read.data!.complaint).toMatchObject({ senderHidden: true, sender: null });
    expect(read.data!.complaint.content).not.toContain("0987");
  });

  it("another ward cannot read it, nor find it in its inbox", async () => {
    const list = await gql<{ complaints: { items: Array<{ id: string }> } }>(`{ complaints(limit: 200) { items { id } } }`, {}, sonNam);
    expect(list.data!.complaints.items.map((c) => c.id)).not.toContain(complaintId);
    const read = await gql<{ complaint: unknown }>(DETAIL, { id: complaintId }, sonNam);
    expect(read.data!.complaint).toBeNull();
  });

  it("the city office sees the sender", async () => {
    const read = await gql<{ complaint: { sender: { name: string } } }>(DETAIL, { id: complaintId }, admin);
    expect(read.data!.complaint.sender.name).toBe("Trần Thị Bình");
  });

  it("an anonymous caller reads only their own PAKN with code + secret, and the published results", async () => {
    const own = await gql<{ lookupComplaint: { status: string } }>(LOOKUP, { c: submitted.trackingCode, s: submitted.secret });
    expect(own.data!.lookupComplaint.status).toBe("TRANSFERRED");
    expect((await gql(`{ complaints { total } }`)).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    expect((await gql(DETAIL, { id: complaintId })).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    const published = await gql<{ publishedComplaints: { total: number } }>(
      `{ publishedComplaints { total items { trackingCode answer } } }`,
    );
    expect(published.errors).toBeUndefined();
  });

  it("a wrong secret reveals nothing, not even whether the code exists", async () => {
    const wrongSecret = await gql(LOOKUP, { c: submitted.trackingCode, s: "2345-6789-ABCD-EFGH-JKMN" });
    const unknownCode = await gql(LOOKUP, { c: "PAKN-2020-ZZZZZZ", s: submitted.secret });
    expect(wrongSecret.data).toBeNull();
    expect(wrongSecret.errors).toEqual(unknownCode.errors);
    expect(wrongSecret.errors![0]!.message).toBe("Mã tra cứu hoặc mã bí mật không đúng. Vui lòng kiểm tra lại.");
  });

  it("a partner system with an API key reads statuses without personal data", async () => {
    const created = await gql<{ createApiKey: string }>(`mutation { createApiKey(name: "Hệ thống báo cáo PAKN") }`, {}, admin);
    const partner = { "x-api-key": created.data!.createApiKey };
    const read = await gql<{ complaint: { trackingCode: string; senderHidden: boolean; sender: unknown; content: unknown } }>(
      DETAIL,
      { id: complaintId },
      partner,
    );
    expect(read.data!.complaint).toEqual({
      id: complaintId,
      trackingCode: submitted.trackingCode,
      senderHidden: true,
      sender: null,
      content: null,
    });
  });
});

// Issue 9 items 8 and 9: field rules per reader, through the gateway.
describe("what the concerned ward and a partner read of the staff's texts and the answer letter", () => {
  const SENDER = ["Bình", "Trần Thị", "0987", "654 321", "Phạm Ngũ Lão"];
  const TEXTS = `query ($id: ID!) { complaint(id: $id) { status pauses { reason } auditTrail { reason } answer { text } publishedText } }`;
  type Texts = {
    complaint: { status: string; pauses: unknown[]; auditTrail: unknown[]; answer: { text: string } | null; publishedText: string | null };
  };
  const run = async (query: string, headers: Record<string, string>) => {
    const res = await gql(query, { id: complaintId }, headers);
    expect(res.errors).toBeUndefined();
    return res;
  };

  it("the concerned ward reads the city office's reasons with the sender masked, and cannot reveal the sender", async () => {
    await run(`mutation ($id: ID!) { pauseComplaint(id: $id, reason: "Đã gọi chị Bình (0987 654 321) bổ sung bản chính") { id } }`, admin);
    await run(`mutation ($id: ID!) { resumeComplaint(id: $id) { id } }`, admin);
    const ward = await gql<Texts>(TEXTS, { id: complaintId }, phoHien);
    expect(ward.data!.complaint.pauses).toEqual([{ reason: "Đã gọi chị [họ tên đã ẩn] ([số điện thoại đã ẩn]) bổ sung bản chính" }]);
    for (const identifier of SENDER) expect(JSON.stringify(ward.data)).not.toContain(identifier);
    const reveal = await gql(
      `mutation ($id: ID!) { revealComplaintSender(id: $id, reason: "Cần liên hệ") { name } }`,
      { id: complaintId },
      phoHien,
    );
    expect(reveal.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("a partner key reads the published text, never the answer letter or the staff's reasons", async () => {
    const letter = "Kính gửi bà Trần Thị Bình (0987 654 321): phường đã chấn chỉnh cán bộ một cửa.";
    const drafted = await gql(
      `mutation ($id: ID!, $t: String!) { draftComplaintAnswer(id: $id, text: $t, documentNumber: "12/UBND", documentDate: "2026-03-16") { id } }`,
      { id: complaintId, t: letter },
      phoHien,
    );
    expect(drafted.errors).toBeUndefined();
    await run(`mutation ($id: ID!) { approveComplaintAnswer(id: $id) { id } }`, admin);
    await run(`mutation ($id: ID!) { sendComplaintAnswer(id: $id) { id } }`, admin);
    await run(
      `mutation ($id: ID!) { publishComplaint(id: $id, publishedQuestion: "Thu thêm phí chứng thực.", publishedText: "Phường đã chấn chỉnh cán bộ một cửa.", personalDataRemovedConfirmed: true) { id } }`,
      admin,
    );
    const created = await gql<{ createApiKey: string }>(`mutation { createApiKey(name: "Hệ thống công khai PAKN") }`, {}, admin);
    const partner = { "x-api-key": created.data!.createApiKey };
    const read = await gql<Texts>(TEXTS, { id: complaintId }, partner);
    expect(read.errors).toBeUndefined();
    expect(read.data!.complaint).toEqual({
      status: "PUBLISHED",
      pauses: [{ reason: null }],
      auditTrail: [],
      answer: null,
      publishedText: "Phường đã chấn chỉnh cán bộ một cửa.",
    });
  });
});
