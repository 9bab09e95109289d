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
let leLoi: Record<string, string>;
let minhKhai: Record<string, string>;
let submitted: { trackingCode: string; secret: string };
let complaintId: string;

beforeAll(async () => {
  admin = bearer((await login("admin", "Admin@2024")).accessToken);
  leLoi = bearer((await login("phuong.leloi", "Leloi@2024")).accessToken);
  minhKhai = bearer((await login("phuong.minhkhai", "Minhkhai@2024")).accessToken);

  submitted = await submitAnonymously("Cán bộ một cửa phường Lê Lợi thu thêm phí chứng thực ngoài quy định, đề nghị chấn chỉnh.");
  const found = await gql<{ complaints: { items: Array<{ id: string }> } }>(
    `query ($q: String) { complaints(filter: { search: $q }) { items { id } } }`,
    { q: submitted.trackingCode },
    admin,
  );
  complaintId = found.data!.complaints.items[0]!.id;
  const units = await gql<{ units: Array<{ id: string }> }>(`{ units(search: "phuong le loi") { id } }`, {}, admin);
  const leLoiId = units.data!.units[0]!.id;
  const classified = await gql(
    `mutation ($id: ID!, $u: ID!) { classifyComplaint(id: $id, input: { kind: FEEDBACK, category: "official-conduct", field: "Chứng thực", regulation: "Chứng thực bản sao", concernedUnitId: $u }) { status } }`,
    { id: complaintId, u: leLoiId },
    admin,
  );
  expect(classified.errors).toBeUndefined();
  const transferred = await gql(
    `mutation ($id: ID!, $u: ID!) { transferComplaint(id: $id, units: [{ unitId: $u, lead: true }]) { status } }`,
    { id: complaintId, u: leLoiId },
    admin,
  );
  expect(transferred.errors).toBeUndefined();
});

describe("PAKN access through the gateway", () => {
  it("the ward it was transferred to sees it, but not the sender, since it concerns the ward's own officials", async () => {
    const list = await gql<{ complaints: { items: Array<{ id: string }> } }>(`{ complaints(limit: 200) { items { id } } }`, {}, leLoi);
    expect(list.data!.complaints.items.map((c) => c.id)).toContain(complaintId);
    const read = await gql<{ complaint: { senderHidden: boolean; sender: unknown; content: string } }>(DETAIL, { id: complaintId }, leLoi);
    expect(read.data!.complaint).toMatchObject({ senderHidden: true, sender: null });
    expect(read.data!.complaint.content).not.toContain("0987");
  });

  it("another ward cannot read it, nor find it in its inbox", async () => {
    const list = await gql<{ complaints: { items: Array<{ id: string }> } }>(`{ complaints(limit: 200) { items { id } } }`, {}, minhKhai);
    expect(list.data!.complaints.items.map((c) => c.id)).not.toContain(complaintId);
    const read = await gql<{ complaint: unknown }>(DETAIL, { id: complaintId }, minhKhai);
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
