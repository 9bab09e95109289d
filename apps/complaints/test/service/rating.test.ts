/**
 * The sender's rating of the answer (issue 12 item 6): with code + secret like the look-up, only once the
 * answer was sent, only once; stored with its catalogued event, which carries no comment.
 */
import { outboxRows } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTORS, UNITS, complaintIdOf, errorCode, gql, ok, startHarness, submit, type Harness } from "../harness.ts";

let h: Harness;
const hanoi = (iso: string) => new Date(`${iso}+07:00`);

beforeAll(async () => {
  h = await startHarness("rating", { now: hanoi("2026-03-02T10:00:00") });
});
afterAll(async () => {
  await h?.close();
});

const RATE = `mutation ($c: String!, $s: String!, $ok: Boolean!, $comment: String) {
  rateComplaintAnswer(trackingCode: $c, secret: $s, satisfied: $ok, comment: $comment) { satisfied ratedAt }
}`;
const LOOKUP = `query ($c: String!, $s: String!) { lookupComplaint(trackingCode: $c, secret: $s) { status canRate rating { satisfied ratedAt } } }`;
type Lookup = { lookupComplaint: { status: string; canRate: boolean; rating: { satisfied: boolean; ratedAt: string } | null } };
const DETAIL = `query ($id: ID!) { complaint(id: $id) { rating { satisfied ratedAt comment } } }`;
type Detail = { complaint: { rating: { satisfied: boolean; ratedAt: string; comment: string | null } | null } | null };

async function run(mutation: string, variables: Record<string, unknown>, actor = ACTORS.admin) {
  return ok(await gql(h.app, mutation, variables, actor));
}

describe("rating the answer", () => {
  let id: string;
  let code: string;
  let secret: string;
  const ratedEvents = async () => (await outboxRows(h.db, "complaints.complaint.rated")).filter((r) => r.key === id);

  it("is refused before the answer was sent, and changes nothing", async () => {
    ({ trackingCode: code, secret } = ok(await submit(h.app)).submitComplaint);
    id = await complaintIdOf(h.db, code);
    expect(ok(await gql<Lookup>(h.app, LOOKUP, { c: code, s: secret })).lookupComplaint).toMatchObject({ canRate: false, rating: null });
    const early = await gql(h.app, RATE, { c: code, s: secret, ok: true });
    expect(errorCode(early)).toBe("BAD_USER_INPUT");
    expect(early.errors![0]!.message).toBe("Chỉ có thể đánh giá sau khi PAKN đã được trả lời.");
    expect(await h.db.complaintRating.count()).toBe(0);
    expect(await ratedEvents()).toHaveLength(0);
  });

  it("is offered once the answer was sent", async () => {
    await run(`mutation ($id: ID!, $i: ClassifyInput!) { classifyComplaint(id: $id, input: $i) { status } }`, {
      id,
      i: { kind: "FEEDBACK", category: "official-conduct", field: "Hộ tịch", regulation: "Thủ tục đăng ký khai sinh" },
    });
    await run(`mutation ($id: ID!, $u: [AssignmentInput!]!) { transferComplaint(id: $id, units: $u) { status } }`, {
      id,
      u: [
        { unitId: UNITS.leLoi.id, lead: true },
        { unitId: UNITS.tuPhap.id, lead: false },
      ],
    });
    await run(
      `mutation ($id: ID!) { draftComplaintAnswer(id: $id, text: "Hồ sơ khai sinh chỉ cần tờ khai và giấy chứng sinh.", documentNumber: "12/UBND", documentDate: "2026-03-03") { status } }`,
      { id },
      ACTORS.leLoi,
    );
    await run(`mutation ($id: ID!) { approveComplaintAnswer(id: $id) { status } }`, { id });
    await run(`mutation ($id: ID!) { sendComplaintAnswer(id: $id) { status } }`, { id });
    expect(ok(await gql<Lookup>(h.app, LOOKUP, { c: code, s: secret })).lookupComplaint).toEqual({
      status: "ANSWERED",
      canRate: true,
      rating: null,
    });
  });

  it("refuses a wrong secret and an unknown code with the look-up's one refusal", async () => {
    const wrong = await gql(h.app, RATE, { c: code, s: "2222-2222-2222-2222-2222", ok: false });
    const unknown = await gql(h.app, RATE, { c: "PAKN-2026-222222", s: secret, ok: false });
    expect(errorCode(wrong)).toBe("NOT_FOUND");
    expect(wrong.errors).toEqual(unknown.errors);
    expect(wrong.errors![0]!.message).toBe("Mã tra cứu hoặc mã bí mật không đúng. Vui lòng kiểm tra lại.");
    expect(await h.db.complaintRating.count()).toBe(0);
  });

  it("refuses a comment over 1 000 characters, naming the field", async () => {
    const long = await gql(h.app, RATE, { c: code, s: secret, ok: true, comment: "a".repeat(1001) });
    expect(errorCode(long)).toBe("BAD_USER_INPUT");
    expect(long.errors![0]!.extensions).toMatchObject({ field: "comment" });
    expect(await h.db.complaintRating.count()).toBe(0);
  });

  it("stores the rating once, with an event that names the units and not the comment", async () => {
    h.setNow(hanoi("2026-03-16T10:00:00"));
    const comment = "Cảm ơn, tôi là Nguyễn Văn An, số 0912 345 678.";
    const rated = ok(
      await gql<{ rateComplaintAnswer: { satisfied: boolean; ratedAt: string } }>(h.app, RATE, { c: code, s: secret, ok: true, comment }),
    );
    expect(rated.rateComplaintAnswer).toEqual({ satisfied: true, ratedAt: "2026-03-16T03:00:00.000Z" });
    expect(ok(await gql<Lookup>(h.app, LOOKUP, { c: code, s: secret })).lookupComplaint).toMatchObject({
      canRate: false,
      rating: { satisfied: true, ratedAt: "2026-03-16T03:00:00.000Z" },
    });
    const events = await ratedEvents();
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({
      type: "complaints.complaint.rated",
      subject: id,
      time: "2026-03-16T03:00:00.000Z",
      data: { unitId: UNITS.leLoi.id, unitIds: [UNITS.leLoi.id, UNITS.tuPhap.id], satisfied: true, ratedAt: "2026-03-16T03:00:00.000Z" },
    });
    expect(JSON.stringify(events[0]!.payload)).not.toMatch(/Cảm ơn|Nguyễn Văn An|0912/);

    // Staff: the city office reads the comment; the ward whose officials are not concerned reads it too.
    const admin = ok(await gql<Detail>(h.app, DETAIL, { id }, ACTORS.admin)).complaint!;
    expect(admin.rating).toEqual({ satisfied: true, ratedAt: "2026-03-16T03:00:00.000Z", comment });
  });

  it("refuses a second rating with a clear message and changes nothing", async () => {
    const again = await gql(h.app, RATE, { c: code, s: secret, ok: false, comment: "Đổi ý" });
    expect(errorCode(again)).toBe("BAD_USER_INPUT");
    expect(again.errors![0]!.message).toBe("PAKN này đã được đánh giá. Mỗi PAKN chỉ được đánh giá một lần.");
    const stored = await h.db.complaintRating.findUniqueOrThrow({ where: { complaintId: id } });
    expect(stored).toMatchObject({ satisfied: true, comment: "Cảm ơn, tôi là Nguyễn Văn An, số 0912 345 678." });
    expect(await ratedEvents()).toHaveLength(1);
  });
});
