import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACTORS,
  SUBMISSION,
  UNITS,
  complaintIdOf,
  errorCode,
  gql,
  ok,
  outboxTypes,
  startHarness,
  submit,
  type Harness,
} from "../harness.ts";

let h: Harness;
const hanoi = (iso: string) => new Date(`${iso}+07:00`);

beforeAll(async () => {
  // Friday before the 2025 Tết holidays (days off 25/01 – 02/02/2025).
  h = await startHarness("lifecycle", { now: hanoi("2025-01-24T10:00:00") });
});
afterAll(async () => {
  await h?.close();
});

const DETAIL = `query ($id: ID!) { complaint(id: $id) {
  id trackingCode status statusLabel content senderHidden sender { name phone address email }
  classification { kind field concernedUnitId } units { unitId name lead }
  due { classify outOfScopeTransfer handle answer } dueStatus extended allowedActions
  answer { text status documentNumber documentDate }
  auditTrail { action actorId reason fromStatus toStatus }
} }`;

interface Detail {
  complaint: {
    id: string;
    trackingCode: string;
    status: string;
    content: string | null;
    senderHidden: boolean;
    sender: { name: string; phone: string | null } | null;
    units: Array<{ unitId: string; name: string; lead: boolean }>;
    due: { classify: string; outOfScopeTransfer: string; handle: string | null; answer: string };
    dueStatus: string | null;
    allowedActions: string[];
    answer: { text: string; status: string } | null;
    auditTrail: Array<{ action: string; actorId: string; reason: string | null; toStatus: string }>;
  } | null;
}

const detail = async (id: string, actor = ACTORS.admin) => ok(await gql<Detail>(h.app, DETAIL, { id }, actor)).complaint;

describe("a PAKN from the public form to the published answer", () => {
  let id: string;
  let code: string;
  let secret: string;

  it("stores the submission with its received event and audit entry in one go, and returns code + secret", async () => {
    const receipt = ok(await submit(h.app)).submitComplaint;
    expect(receipt.trackingCode).toMatch(/^PAKN-2025-[2-9A-Z]{6}$/);
    expect(receipt.secret).toMatch(/^([2-9A-Z]{4}-){4}[2-9A-Z]{4}$/);
    // Received on Friday 24/01/2025: 15 working days after Tết → Friday 21/02/2025.
    expect(receipt).toMatchObject({ receivedDay: "2025-01-24", answerDue: "2025-02-21" });
    ({ trackingCode: code, secret } = receipt);
    id = await complaintIdOf(h.db, code);
    expect(await outboxTypes(h.db, id)).toEqual(["complaints.complaint.received"]);
    const stored = await h.db.complaint.findUniqueOrThrow({ where: { id } });
    expect(stored.secretHash).not.toContain(secret.replace(/-/g, ""));
    expect(stored.senderPhone).toBe("0912345678");
  });

  it("lets the sender look it up with code + secret, and tells nothing for a wrong secret or an unknown code", async () => {
    const LOOKUP = `query ($c: String!, $s: String!) { lookupComplaint(trackingCode: $c, secret: $s) { trackingCode status statusLabel answerDue answerText } }`;
    const own = ok(
      await gql<{ lookupComplaint: Record<string, unknown> }>(h.app, LOOKUP, { c: code.toLowerCase(), s: secret.toLowerCase() }),
    );
    expect(own.lookupComplaint).toMatchObject({
      trackingCode: code,
      status: "RECEIVED",
      statusLabel: "Đã tiếp nhận",
      answerDue: "2025-02-21",
      answerText: null,
    });
    const wrongSecret = await gql(h.app, LOOKUP, { c: code, s: "2222-2222-2222-2222-2222" });
    const unknownCode = await gql(h.app, LOOKUP, { c: "PAKN-2025-222222", s: secret });
    expect(wrongSecret.errors).toEqual(unknownCode.errors);
    expect(errorCode(wrongSecret)).toBe("NOT_FOUND");
    expect(wrongSecret.errors![0]!.message).toBe("Mã tra cứu hoặc mã bí mật không đúng. Vui lòng kiểm tra lại.");
    expect(wrongSecret.data).toBeNull();
  });

  it("is classified (about the ward's own officials) and transferred to phường Lê Lợi with Phòng Tư pháp contributing", async () => {
    const classified = await gql(
      h.app,
      `mutation ($id: ID!, $i: ClassifyInput!) { classifyComplaint(id: $id, input: $i) { status } }`,
      {
        id,
        i: {
          kind: "FEEDBACK",
          category: "official-conduct",
          field: "Hộ tịch",
          regulation: "Thủ tục đăng ký khai sinh",
          concernedUnitId: UNITS.leLoi.id,
        },
      },
      ACTORS.admin,
    );
    expect(ok(classified)).toEqual({ classifyComplaint: { status: "CLASSIFIED" } });
    const transferred = ok(
      await gql<{ transferComplaint: { status: string; due: { handle: string } } }>(
        h.app,
        `mutation ($id: ID!, $u: [AssignmentInput!]!) { transferComplaint(id: $id, units: $u) { status due { handle } } }`,
        {
          id,
          u: [
            { unitId: UNITS.leLoi.id, lead: true },
            { unitId: UNITS.tuPhap.id, lead: false },
          ],
        },
        ACTORS.admin,
      ),
    );
    expect(transferred.transferComplaint).toEqual({ status: "TRANSFERRED", due: { handle: "2025-02-14" } });
    expect(await outboxTypes(h.db, id)).toEqual([
      "complaints.complaint.received",
      "complaints.complaint.classified",
      "complaints.complaint.transferred",
      "complaints.complaint.assigned",
      "complaints.complaint.assigned",
    ]);
    const assigned = await h.db.$queryRawUnsafe<Array<{ payload: { data: Record<string, unknown> } }>>(
      `SELECT payload FROM outbox WHERE payload->>'type' = 'complaints.complaint.assigned' AND key = $1 ORDER BY seq`,
      id,
    );
    expect(assigned[0]!.payload.data).toMatchObject({
      unitId: UNITS.leLoi.id,
      lead: true,
      dueDay: "2025-02-14",
      link: `/complaints/${id}`,
    });
    expect(assigned[0]!.payload.data.title).toContain(code);
  });

  it("shows the ward only what was transferred to it, and hides the sender from the ward whose officials are concerned", async () => {
    const inbox = async (actor = ACTORS.leLoi) =>
      ok(
        await gql<{ complaints: { total: number; items: Array<{ id: string }> } }>(
          h.app,
          `{ complaints { total items { id } } }`,
          {},
          actor,
        ),
      ).complaints;
    expect((await inbox(ACTORS.leLoi)).items.map((c) => c.id)).toEqual([id]);
    expect((await inbox(ACTORS.minhKhai)).total).toBe(0);
    expect(await detail(id, ACTORS.minhKhai)).toBeNull();
    // The city office's filter by unit: Tư pháp handles it (coordinating), Lê Lợi leads it; with leadOnly
    // (the dashboard's drill-down, as reporting counts a PAKN under its lead) only the lead's filter finds it.
    const byUnit = async (unitId: string, leadOnly: boolean) =>
      ok(
        await gql<{ complaints: { items: Array<{ id: string }> } }>(
          h.app,
          `query ($f: ComplaintFilter) { complaints(filter: $f) { items { id } } }`,
          { f: { unitId, leadOnly } },
          ACTORS.admin,
        ),
      ).complaints.items.map((c) => c.id);
    expect(await byUnit(UNITS.tuPhap.id, false)).toEqual([id]);
    expect(await byUnit(UNITS.tuPhap.id, true)).toEqual([]);
    expect(await byUnit(UNITS.leLoi.id, true)).toEqual([id]);

    const ward = (await detail(id, ACTORS.leLoi))!;
    expect(ward.senderHidden).toBe(true);
    expect(ward.sender).toBeNull();
    expect(ward.units.map((u) => [u.name, u.lead])).toEqual([
      ["UBND phường Lê Lợi", true],
      ["Phòng Tư pháp", false],
    ]);
    expect(ward.allowedActions).toEqual(expect.arrayContaining(["DRAFT_ANSWER", "PAUSE"]));
    // The contributing unit sees the sender (the complaint is not about its officials); the read is logged.
    const tuPhap = (await detail(id, ACTORS.tuPhap))!;
    expect(tuPhap.sender?.name).toBe("Nguyễn Văn An");
    expect(await h.db.personalDataAccess.count({ where: { complaintId: id, actorId: "u-tu-phap", purpose: "read" } })).toBe(1);
    expect(await h.db.personalDataAccess.count({ where: { complaintId: id, actorId: "u-le-loi" } })).toBe(0);
  });

  // Issue 9 item 9: the concerned ward can no longer reveal the sender to itself; revealing is the city office's decision.
  it("reveals the hidden sender only on a city-office decision with a reason, in the audit trail", async () => {
    const REVEAL = `mutation ($id: ID!, $r: String!) { revealComplaintSender(id: $id, reason: $r) { name phone } }`;
    expect(errorCode(await gql(h.app, REVEAL, { id, r: "Cần liên hệ người gửi để xác minh nội dung" }, ACTORS.leLoi))).toBe("FORBIDDEN");
    expect(errorCode(await gql(h.app, REVEAL, { id, r: "xác minh" }, ACTORS.tuPhap))).toBe("FORBIDDEN");
    expect(errorCode(await gql(h.app, REVEAL, { id, r: "xác minh" }, ACTORS.minhKhai))).toBe("NOT_FOUND");
    expect(errorCode(await gql(h.app, REVEAL, { id, r: "  " }, ACTORS.admin))).toBe("BAD_USER_INPUT");
    const revealed = ok(
      await gql<{ revealComplaintSender: { name: string } }>(
        h.app,
        REVEAL,
        { id, r: "Cần liên hệ người gửi để xác minh nội dung" },
        ACTORS.admin,
      ),
    );
    expect(revealed.revealComplaintSender.name).toBe("Nguyễn Văn An");
    const audit = (await detail(id))!.auditTrail.at(-1)!;
    expect(audit).toMatchObject({ action: "revealSender", actorId: "u-admin", reason: "Cần liên hệ người gửi để xác minh nội dung" });
    expect(await h.db.personalDataAccess.count({ where: { complaintId: id, purpose: "reveal", reason: { not: null } } })).toBe(1);
  });

  it("goes draft (ward) → approve → send (city office); the sender then reads the answer", async () => {
    const other = await gql(h.app, `mutation ($id: ID!) { approveComplaintAnswer(id: $id) { status } }`, { id }, ACTORS.leLoi);
    expect(errorCode(other)).toBe("FORBIDDEN");
    h.setNow(hanoi("2025-02-10T09:00:00"));
    const drafted = await gql<{ draftComplaintAnswer: { status: string } }>(
      h.app,
      `mutation ($id: ID!) { draftComplaintAnswer(id: $id, text: "Phường đã chấn chỉnh cán bộ; hồ sơ khai sinh chỉ cần tờ khai và giấy chứng sinh.", documentNumber: "25/UBND-TP", documentDate: "2025-02-10") { status } }`,
      { id },
      ACTORS.leLoi,
    );
    expect(ok(drafted).draftComplaintAnswer.status).toBe("HANDLED");
    ok(await gql(h.app, `mutation ($id: ID!) { approveComplaintAnswer(id: $id, reason: "Đồng ý") { status } }`, { id }, ACTORS.admin));
    const sent = ok(
      await gql<{ sendComplaintAnswer: { status: string; answer: { status: string } } }>(
        h.app,
        `mutation ($id: ID!) { sendComplaintAnswer(id: $id) { status answer { status } } }`,
        { id },
        ACTORS.admin,
      ),
    );
    expect(sent.sendComplaintAnswer).toEqual({ status: "ANSWERED", answer: { status: "SENT" } });

    const lookup = ok(
      await gql<{ lookupComplaint: Record<string, unknown> }>(
        h.app,
        `query ($c: String!, $s: String!) { lookupComplaint(trackingCode: $c, secret: $s) { status answerText answerDocumentNumber answerDocumentDate } }`,
        { c: code, s: secret },
      ),
    );
    expect(lookup.lookupComplaint).toEqual({
      status: "ANSWERED",
      answerText: "Phường đã chấn chỉnh cán bộ; hồ sơ khai sinh chỉ cần tờ khai và giấy chứng sinh.",
      answerDocumentNumber: "25/UBND-TP",
      answerDocumentDate: "2025-02-10",
    });
  });

  it("highlights personal data for review, refuses text that still names the sender, then publishes without personal data", async () => {
    const review = ok(
      await gql<{ complaintPublicationReview: { question: string; questionSpans: Array<{ start: number; end: number; kind: string }> } }>(
        h.app,
        `query ($id: ID!) { complaintPublicationReview(id: $id) { question questionSpans { start end kind } answer answerSpans { kind } } }`,
        { id },
        ACTORS.admin,
      ),
    ).complaintPublicationReview;
    expect(review.question).toBe(SUBMISSION.content);

    const PUBLISH = `mutation ($id: ID!, $q: String!, $t: String!, $c: Boolean!) { publishComplaint(id: $id, publishedQuestion: $q, publishedText: $t, personalDataRemovedConfirmed: $c) { status publishedText } }`;
    const answer = "Phường đã chấn chỉnh cán bộ; hồ sơ khai sinh chỉ cần tờ khai và giấy chứng sinh.";
    const unconfirmed = await gql(h.app, PUBLISH, { id, q: "Phản ánh về giấy tờ khai sinh", t: answer, c: false }, ACTORS.admin);
    expect(unconfirmed.errors![0]!.message).toMatch(/xác nhận đã loại bỏ thông tin cá nhân/);
    const namesSender = await gql(
      h.app,
      PUBLISH,
      { id, q: "Ông Nguyễn Văn An (0912.345.678) phản ánh về giấy tờ khai sinh", t: answer, c: true },
      ACTORS.admin,
    );
    expect(errorCode(namesSender)).toBe("BAD_USER_INPUT");
    expect(namesSender.errors![0]!.message).toMatch(/vẫn còn thông tin cá nhân của người gửi/);
    expect((await detail(id))!.status).toBe("ANSWERED");

    const published = ok(
      await gql<{ publishComplaint: { status: string } }>(
        h.app,
        PUBLISH,
        { id, q: "Công dân phản ánh việc phường yêu cầu thêm giấy tờ khi đăng ký khai sinh.", t: answer, c: true },
        ACTORS.admin,
      ),
    );
    expect(published.publishComplaint.status).toBe("PUBLISHED");

    const list = ok(
      await gql<{ publishedComplaints: { total: number; items: Array<Record<string, unknown>> } }>(
        h.app,
        `{ publishedComplaints(search: "khai sinh") { total items { trackingCode field regulation question answer answerDocumentNumber publishedAt } } }`,
      ),
    ).publishedComplaints;
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ trackingCode: code, field: "Hộ tịch", answer, answerDocumentNumber: "25/UBND-TP" });
    const text = JSON.stringify(list);
    for (const personal of ["Nguyễn Văn An", "0912", "Điện Biên", "an.nguyen"]) expect(text).not.toContain(personal);
  });

  it("keeps an append-only audit trail of every step", async () => {
    const trail = (await detail(id))!.auditTrail;
    expect(trail.map((a) => `${a.action}:${a.actorId}:${a.toStatus}`)).toEqual([
      "receive:anonymous:RECEIVED",
      "classify:u-admin:CLASSIFIED",
      "transfer:u-admin:TRANSFERRED",
      "revealSender:u-admin:TRANSFERRED",
      "draftAnswer:u-le-loi:HANDLED",
      "approveAnswer:u-admin:APPROVED",
      "sendAnswer:u-admin:ANSWERED",
      "publish:u-admin:PUBLISHED",
    ]);
    await expect(h.db.auditEntry.updateMany({ where: { complaintId: id }, data: { reason: "edited" } })).rejects.toThrow(/append-only/);
    await expect(h.db.auditEntry.deleteMany({ where: { complaintId: id } })).rejects.toThrow(/append-only/);
    expect(await h.db.auditEntry.count({ where: { complaintId: id } })).toBe(8);
  });
});

describe("the legal clock with real dates", () => {
  it("pauses for 3 working days and extends once: due dates move as hand-computed from the 2025 schedule", async () => {
    h.setNow(hanoi("2025-01-24T10:00:00"));
    const { trackingCode } = ok(
      await submit(h.app, { ...SUBMISSION, content: "Thủ tục cấp phép xây dựng kéo dài, đề nghị rút ngắn thời gian giải quyết." }),
    ).submitComplaint;
    const id = await complaintIdOf(h.db, trackingCode);
    ok(
      await gql(
        h.app,
        `mutation ($id: ID!) { classifyComplaint(id: $id, input: { kind: PETITION, category: "unsuitable", field: "Xây dựng", regulation: "Cấp giấy phép xây dựng" }) { id } }`,
        { id },
        ACTORS.admin,
      ),
    );
    ok(
      await gql(
        h.app,
        `mutation ($id: ID!, $u: ID!) { transferComplaint(id: $id, units: [{ unitId: $u, lead: true }]) { id } }`,
        { id, u: UNITS.leLoi.id },
        ACTORS.admin,
      ),
    );
    expect((await detail(id))!.due).toEqual({
      classify: "2025-02-05",
      outOfScopeTransfer: "2025-02-07",
      handle: "2025-02-14",
      answer: "2025-02-21",
    });

    h.setNow(hanoi("2025-02-04T09:00:00"));
    ok(
      await gql(
        h.app,
        `mutation ($id: ID!) { pauseComplaint(id: $id, reason: "Đề nghị người gửi cung cấp số giấy phép") { id } }`,
        { id },
        ACTORS.leLoi,
      ),
    );
    expect((await detail(id))!.dueStatus).toBeNull();
    h.setNow(hanoi("2025-02-06T15:00:00"));
    ok(await gql(h.app, `mutation ($id: ID!) { resumeComplaint(id: $id) { id } }`, { id }, ACTORS.leLoi));
    // 04, 05, 06/02 were paused: handling 14/02 → 19/02, answer 21/02 → 26/02.
    expect((await detail(id))!.due).toMatchObject({ handle: "2025-02-19", answer: "2025-02-26" });

    ok(
      await gql(
        h.app,
        `mutation ($id: ID!) { extendComplaint(id: $id, reason: "Cần lấy ý kiến Sở Xây dựng") { id } }`,
        { id },
        ACTORS.admin,
      ),
    );
    // +10 working days: handling 05/03, answer 12/03 (the 3 paused days still count); the pause
    // moved the classification limit too (03/02, then 07/02 and 10/02), the extension does not.
    const extended = (await detail(id))!;
    expect(extended.due).toEqual({ classify: "2025-02-10", outOfScopeTransfer: "2025-02-12", handle: "2025-03-05", answer: "2025-03-12" });
    expect(extended.dueStatus).toBe("ON_TRACK");
    const again = await gql(h.app, `mutation ($id: ID!) { extendComplaint(id: $id, reason: "Lần nữa") { id } }`, { id }, ACTORS.admin);
    expect(again.errors![0]!.message).toBe("PAKN này đã được gia hạn một lần; không được gia hạn lần nữa.");
    expect(await outboxTypes(h.db, id)).toEqual(
      expect.arrayContaining(["complaints.complaint.paused", "complaints.complaint.resumed", "complaints.complaint.extended"]),
    );
  });
});
