import { ACTOR_HEADER, type Actor } from "@tthc/service-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raiseDeadlineAlerts } from "../../src/use-cases/deadline-monitor.ts";
import { complaintsDeps } from "../../src/app.ts";
import {
  ACTORS,
  signAs,
  SUBMISSION,
  UNITS,
  complaintIdOf,
  errorCode,
  gql,
  ok,
  outboxTypes,
  solvedChallenge,
  startHarness,
  submit,
  type Harness,
} from "../harness.ts";

let h: Harness;
const hanoi = (iso: string) => new Date(`${iso}+07:00`);

beforeAll(async () => {
  h = await startHarness("public", { now: hanoi("2025-03-03T09:00:00"), submitLimit: 10, env: { COMPLAINTS_PUBLIC_LIMIT: "1000" } });
});
afterAll(async () => {
  await h?.close();
});

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

async function upload(body: Buffer, name: string, actor: Actor = ACTORS.anonymous) {
  const res = await h.app.inject({
    method: "POST",
    url: "/files",
    headers: {
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent(name),
      [ACTOR_HEADER]: await signAs(actor, body),
      "x-forwarded-for": "198.51.100.7",
    },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() as { id?: string; error?: { code: string; message: string } } };
}

const count = () => h.db.complaint.count();

describe("bad input on the public form", () => {
  it("refuses empty content with a Vietnamese message naming the field, and stores nothing", async () => {
    const before = await count();
    const res = await submit(h.app, { ...SUBMISSION, content: "   " }, "198.51.100.1");
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toBe("Vui lòng nhập nội dung phản ánh, kiến nghị.");
    expect(res.errors![0]!.extensions!.field).toBe("content");
    const noConsent = await submit(h.app, { ...SUBMISSION, consent: false }, "198.51.100.1");
    expect(noConsent.errors![0]!.message).toMatch(/Nghị định 13\/2023/);
    expect(await count()).toBe(before);
  });

  it("stores HTML and script as plain text, character for character", async () => {
    const content = `<script>alert("x")</script><img src=x onerror=alert(1)> Đề nghị sửa quy định.`;
    const { trackingCode } = ok(await submit(h.app, { ...SUBMISSION, content }, "198.51.100.2")).submitComplaint;
    const id = await complaintIdOf(h.db, trackingCode);
    const read = ok(
      await gql<{ complaint: { content: string } }>(h.app, `query ($id: ID!) { complaint(id: $id) { content } }`, { id }, ACTORS.admin),
    );
    expect(read.complaint.content).toBe(content);
  });

  it("refuses a missing, forged, reused or unsolved proof of work", async () => {
    const before = await count();
    const SUBMIT = `mutation ($i: SubmitComplaintInput!, $c: ChallengeSolution!) { submitComplaint(input: $i, challenge: $c) { trackingCode } }`;
    const forged = await gql(h.app, SUBMIT, { i: SUBMISSION, c: { nonce: "forged", counter: "1" } }, ACTORS.anonymous, "198.51.100.3");
    expect(forged.errors![0]!.message).toMatch(/Mã xác thực chống gửi tự động/);
    const challenge = await solvedChallenge(h.app, "198.51.100.3");
    // Difficulty 4: a wrong counter fails 15 times in 16; find one that fails.
    let wrong = 0;
    while ((await import("../../src/security/proof-of-work.ts")).isValidProofOfWork(challenge.nonce, String(wrong), 4)) wrong++;
    expect(
      errorCode(await gql(h.app, SUBMIT, { i: SUBMISSION, c: { ...challenge, counter: String(wrong) } }, ACTORS.anonymous, "198.51.100.3")),
    ).toBe("BAD_USER_INPUT");
    ok(await gql(h.app, SUBMIT, { i: SUBMISSION, c: challenge }, ACTORS.anonymous, "198.51.100.3"));
    const reused = await gql(h.app, SUBMIT, { i: SUBMISSION, c: challenge }, ACTORS.anonymous, "198.51.100.3");
    expect(reused.errors![0]!.extensions!.field).toBe("challenge");
    expect(await count()).toBe(before + 1);
  });

  it("throttles a burst of 100 submissions from one client with a Vietnamese message; others are unaffected", async () => {
    const before = await count();
    const results = [];
    for (let i = 0; i < 100; i++) results.push(await submit(h.app, { ...SUBMISSION, content: `Phản ánh số ${i}` }, "192.0.2.99"));
    const accepted = results.filter((r) => r.data?.submitComplaint);
    const limited = results.filter((r) => errorCode(r) === "RATE_LIMITED");
    expect(accepted).toHaveLength(10);
    expect(limited).toHaveLength(90);
    expect(limited[0]!.errors![0]!.message).toMatch(/^Anh\/chị đã gửi quá nhiều yêu cầu\. Vui lòng thử lại sau khoảng \d+ phút\.$/);
    expect(await count()).toBe(before + 10);
    expect(ok(await submit(h.app, SUBMISSION, "192.0.2.100")).submitComplaint.trackingCode).toBeTruthy();
  });

  it("forbids signed-in staff from using the anonymous form", async () => {
    const res = await gql(
      h.app,
      `mutation ($i: SubmitComplaintInput!, $c: ChallengeSolution!) { submitComplaint(input: $i, challenge: $c) { trackingCode } }`,
      { i: SUBMISSION, c: await solvedChallenge(h.app) },
      ACTORS.admin,
    );
    expect(errorCode(res)).toBe("FORBIDDEN");
  });
});

describe("attachments", () => {
  it("accepts a PDF by content and attaches it; refuses an executable renamed .pdf and a file over the limit", async () => {
    const pdf = await upload(PDF, "don-phan-anh.pdf");
    expect(pdf.status).toBe(201);
    const exe = await upload(Buffer.concat([Buffer.from("MZ\x90\x00\x03"), Buffer.alloc(5000)]), "don.pdf");
    expect(exe.status).toBe(415);
    expect(exe.body.error!.message).toMatch(/Định dạng tệp không được chấp nhận/);
    await h.db.complaintSettings.create({
      data: {
        id: 1,
        updatedBy: "test",
        deadlineRules: (await import("../../src/domain/index.ts")).DEFAULT_DEADLINE_RULES as never,
        attachmentPolicy: { maxFiles: 2, maxFileBytes: 1000, allowed: ["application/pdf"] },
      },
    });
    const big = await upload(Buffer.concat([PDF, Buffer.alloc(2000, 0x20)]), "ban-scan.pdf");
    expect(big.status).toBe(413);
    expect(big.body.error!.message).toBe("Tệp vượt quá dung lượng cho phép.");

    const { trackingCode } = ok(await submit(h.app, { ...SUBMISSION, attachmentIds: [pdf.body.id] }, "198.51.100.7")).submitComplaint;
    const id = await complaintIdOf(h.db, trackingCode);
    const read = ok(
      await gql<{ complaint: { attachments: Array<{ name: string; type: string; url: string }> } }>(
        h.app,
        `query ($id: ID!) { complaint(id: $id) { attachments { name type url } } }`,
        { id },
        ACTORS.admin,
      ),
    );
    expect(read.complaint.attachments).toEqual([
      { name: "don-phan-anh.pdf", type: "application/pdf", url: `/files/complaints/${pdf.body.id}` },
    ]);
    // The same upload cannot be attached twice, and more files than the policy allows are refused.
    const reused = await submit(h.app, { ...SUBMISSION, attachmentIds: [pdf.body.id] }, "198.51.100.8");
    expect(reused.errors![0]!.message).toMatch(/Tệp đính kèm không tồn tại hoặc đã được sử dụng/);
    const tooMany = await submit(h.app, { ...SUBMISSION, attachmentIds: ["a", "b", "c"] }, "198.51.100.8");
    expect(tooMany.errors![0]!.message).toBe("Chỉ được gửi kèm tối đa 2 tệp.");

    const download = async (actor: Actor) =>
      h.app.inject({ method: "GET", url: `/files/${pdf.body.id}`, headers: { [ACTOR_HEADER]: await signAs(actor) } });
    const staff = await download(ACTORS.admin);
    expect(staff.statusCode).toBe(200);
    expect(staff.headers["x-content-type-options"]).toBe("nosniff");
    expect((await download(ACTORS.anonymous)).statusCode).toBe(404);
    expect((await download(ACTORS.minhKhai)).statusCode).toBe(404);
    await h.db.complaintSettings.deleteMany();
  });
});

describe("staff work", () => {
  it("takes in a letter by post with its received date, and reissues a lost secret with the reason audited", async () => {
    const res = ok(
      await gql<{
        intakeComplaint: {
          complaint: { id: string; channel: string; receivedDay: string };
          receipt: { trackingCode: string; secret: string };
        };
      }>(
        h.app,
        `mutation ($i: IntakeComplaintInput!) { intakeComplaint(input: $i) { complaint { id channel receivedDay } receipt { trackingCode secret } } }`,
        {
          i: {
            ...SUBMISSION,
            consent: undefined,
            senderPhone: null,
            senderEmail: null,
            channel: "POST",
            receivedAt: "2025-02-28T16:30:00+07:00",
            content: "Thư phản ánh về thủ tục chứng thực bản sao.",
          },
        },
        ACTORS.admin,
      ),
    ).intakeComplaint;
    expect(res.complaint).toMatchObject({ channel: "POST", receivedDay: "2025-02-28" });
    expect(
      errorCode(
        await gql(
          h.app,
          `mutation ($i: IntakeComplaintInput!) { intakeComplaint(input: $i) { receipt { secret } } }`,
          { i: { ...SUBMISSION, consent: undefined, channel: "PHONE", receivedAt: "2025-02-28T16:30:00+07:00" } },
          ACTORS.leLoi,
        ),
      ),
    ).toBe("FORBIDDEN");

    const REISSUE = `mutation ($id: ID!, $r: String!) { reissueComplaintSecret(id: $id, reason: $r) { trackingCode secret } }`;
    const reissued = ok(
      await gql<{ reissueComplaintSecret: { secret: string } }>(
        h.app,
        REISSUE,
        { id: res.complaint.id, r: "Đối chiếu CCCD của người gửi tại bộ phận một cửa" },
        ACTORS.admin,
      ),
    );
    const LOOKUP = `query ($c: String!, $s: String!) { lookupComplaint(trackingCode: $c, secret: $s) { status } }`;
    expect(errorCode(await gql(h.app, LOOKUP, { c: res.receipt.trackingCode, s: res.receipt.secret }))).toBe("NOT_FOUND");
    expect(ok(await gql(h.app, LOOKUP, { c: res.receipt.trackingCode, s: reissued.reissueComplaintSecret.secret }))).toEqual({
      lookupComplaint: { status: "RECEIVED" },
    });
    const audit = await h.db.auditEntry.findMany({ where: { complaintId: res.complaint.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.reason])).toEqual([
      ["receive", null],
      ["reissueSecret", "Đối chiếu CCCD của người gửi tại bộ phận một cửa"],
    ]);
  });

  it("finds a PAKN without diacritics and filters by status, channel and date", async () => {
    const SEARCH = `query ($f: ComplaintFilter) { complaints(filter: $f) { total items { trackingCode channel } } }`;
    const found = ok(
      await gql<{ complaints: { total: number; items: Array<{ channel: string }> } }>(
        h.app,
        SEARCH,
        { f: { search: "chung thuc ban sao" } },
        ACTORS.admin,
      ),
    );
    expect(found.complaints.items.map((i) => i.channel)).toEqual(["POST"]);
    const typed = async (search: string) =>
      ok(await gql<{ complaints: { items: Array<{ trackingCode: string }> } }>(h.app, SEARCH, { f: { search } }, ACTORS.admin)).complaints
        .items;
    const withoutMarks = await typed("phan anh so 7");
    expect(withoutMarks.length).toBeGreaterThan(0);
    expect(withoutMarks).toEqual(await typed("Phản ánh số 7"));
    const byChannel = ok(
      await gql<{ complaints: { total: number } }>(
        h.app,
        SEARCH,
        { f: { channel: "POST", receivedFrom: "2025-02-28", receivedTo: "2025-02-28", statuses: ["RECEIVED"] } },
        ACTORS.admin,
      ),
    );
    expect(byChannel.complaints.total).toBe(1);
    expect(
      ok(await gql<{ complaints: { total: number } }>(h.app, SEARCH, { f: { receivedTo: "2025-01-01" } }, ACTORS.admin)).complaints.total,
    ).toBe(0);
    expect(errorCode(await gql(h.app, SEARCH, {}, ACTORS.anonymous))).toBe("UNAUTHENTICATED");
  });

  it("suggests open duplicates to the city office", async () => {
    const first = ok(
      await submit(
        h.app,
        { ...SUBMISSION, content: "Đường Nguyễn Văn Linh bị ngập nước mỗi khi mưa lớn, đề nghị nạo vét cống thoát nước." },
        "198.51.100.20",
      ),
    ).submitComplaint;
    const second = ok(
      await submit(
        h.app,
        { ...SUBMISSION, content: "Đề nghị nạo vét cống thoát nước vì đường Nguyễn Văn Linh ngập nước khi mưa lớn." },
        "198.51.100.21",
      ),
    ).submitComplaint;
    const id = await complaintIdOf(h.db, second.trackingCode);
    const res = ok(
      await gql<{ complaint: { duplicateSuggestions: Array<{ complaint: { trackingCode: string }; score: number }> } }>(
        h.app,
        `query ($id: ID!) { complaint(id: $id) { duplicateSuggestions { complaint { trackingCode } score } } }`,
        { id },
        ACTORS.admin,
      ),
    );
    expect(res.complaint.duplicateSuggestions[0]!.complaint.trackingCode).toBe(first.trackingCode);
    expect(res.complaint.duplicateSuggestions[0]!.score).toBeGreaterThan(0.4);
    const merged = ok(
      await gql<{ mergeComplaint: { status: string; mergedInto: { trackingCode: string } } }>(
        h.app,
        `mutation ($id: ID!, $into: ID!) { mergeComplaint(id: $id, intoId: $into, reason: "Trùng nội dung") { status mergedInto { trackingCode } } }`,
        { id, into: await complaintIdOf(h.db, first.trackingCode) },
        ACTORS.admin,
      ),
    );
    expect(merged.mergeComplaint).toEqual({ status: "MERGED", mergedInto: { trackingCode: first.trackingCode } });
    const lookup = ok(
      await gql<{ lookupComplaint: { status: string; mergedIntoTrackingCode: string } }>(
        h.app,
        `query ($c: String!, $s: String!) { lookupComplaint(trackingCode: $c, secret: $s) { status mergedIntoTrackingCode } }`,
        { c: second.trackingCode, s: second.secret },
      ),
    );
    expect(lookup.lookupComplaint).toEqual({ status: "MERGED", mergedIntoTrackingCode: first.trackingCode });
  });

  it("gives partner systems the non-personal fields only", async () => {
    const res = ok(
      await gql<{ complaints: { items: Array<Record<string, unknown>> } }>(
        h.app,
        `{ complaints(limit: 200) { items { trackingCode status content regulation senderHidden sender { name } attachments { name } auditTrail { action } } } }`,
        {},
        ACTORS.partner,
      ),
    );
    expect(res.complaints.items.length).toBeGreaterThan(0);
    for (const item of res.complaints.items)
      expect(item).toMatchObject({ content: null, regulation: null, senderHidden: true, sender: null, attachments: [], auditTrail: [] });
    expect(await h.db.personalDataAccess.count({ where: { actorId: "p-1" } })).toBe(0);
    const noScope = { kind: "partner", partnerId: "p-2", name: "x", scopes: [] } as Actor;
    expect(errorCode(await gql(h.app, `{ complaints { total } }`, {}, noScope))).toBe("FORBIDDEN");
  });

  it("lets the city office edit the deadline rules, with their legal sources shown", async () => {
    const rules = ok(
      await gql<{ complaintDeadlineRules: Array<{ name: string; value: string; legal: boolean }> }>(
        h.app,
        `{ complaintDeadlineRules { name value legal source } }`,
        {},
        ACTORS.leLoi,
      ),
    );
    expect(rules.complaintDeadlineRules.find((r) => r.name === "transferOutOfScopeWorkingDays")).toMatchObject({ value: "5", legal: true });
    const MUTATION = `mutation ($i: DeadlineRulesInput!) { updateComplaintDeadlineRules(input: $i) { name value } }`;
    const input = {
      transferOutOfScopeWorkingDays: 5,
      classifyWorkingDays: 2,
      handleWorkingDays: 10,
      answerWorkingDays: 15,
      extensionWorkingDays: 10,
      dueSoonWorkingDays: 2,
      officeHoursCutoff: "16:30",
    };
    expect(errorCode(await gql(h.app, MUTATION, { i: input }, ACTORS.leLoi))).toBe("FORBIDDEN");
    expect(errorCode(await gql(h.app, MUTATION, { i: { ...input, classifyWorkingDays: -1 } }, ACTORS.admin))).toBe("BAD_USER_INPUT");
    const saved = ok(
      await gql<{ updateComplaintDeadlineRules: Array<{ name: string; value: string }> }>(h.app, MUTATION, { i: input }, ACTORS.admin),
    );
    expect(saved.updateComplaintDeadlineRules.find((r) => r.name === "officeHoursCutoff")!.value).toBe("16:30");
    await h.db.complaintSettings.deleteMany();
  });
});

describe("deadline monitor", () => {
  it("raises due-soon then overdue once each, with the unit and link for notifications", async () => {
    h.setNow(hanoi("2025-03-03T09:00:00"));
    const { trackingCode } = ok(
      await submit(h.app, { ...SUBMISSION, content: "Phản ánh về thời hạn giải quyết thủ tục đất đai." }, "198.51.100.30"),
    ).submitComplaint;
    const id = await complaintIdOf(h.db, trackingCode);
    ok(
      await gql(
        h.app,
        `mutation ($id: ID!) { classifyComplaint(id: $id, input: { kind: FEEDBACK, category: "other", field: "Đất đai", regulation: "Đăng ký đất đai" }) { id } }`,
        { id },
        ACTORS.admin,
      ),
    );
    ok(
      await gql(
        h.app,
        `mutation ($id: ID!, $u: ID!) { transferComplaint(id: $id, units: [{ unitId: $u, lead: true }]) { due { handle } } }`,
        { id, u: UNITS.minhKhai.id },
        ACTORS.admin,
      ),
    );
    // Handling due 10 working days after Monday 03/03/2025 → Monday 17/03.
    let now = hanoi("2025-03-13T08:00:00");
    const deps = complaintsDeps(h.env, h.db, { now: () => now });
    const alerts = () => outboxTypes(h.db, id).then((types) => types.filter((t) => t.endsWith("due-soon") || t.endsWith("overdue")));
    await raiseDeadlineAlerts(deps);
    await raiseDeadlineAlerts(deps);
    expect(await alerts()).toEqual(["complaints.complaint.due-soon"]);
    now = hanoi("2025-03-18T08:00:00");
    await raiseDeadlineAlerts(deps);
    await raiseDeadlineAlerts(deps);
    expect(await alerts()).toEqual(["complaints.complaint.due-soon", "complaints.complaint.overdue"]);
    const [overdue] = await h.db.$queryRawUnsafe<Array<{ payload: { data: Record<string, unknown> } }>>(
      `SELECT payload FROM outbox WHERE key = $1 AND payload->>'type' = 'complaints.complaint.overdue'`,
      id,
    );
    expect(overdue!.payload.data).toMatchObject({
      step: "handle",
      dueDay: "2025-03-17",
      unitId: UNITS.minhKhai.id,
      link: `/complaints/${id}`,
    });
    expect(overdue!.payload.data.title).toBe(`PAKN ${trackingCode} đã quá hạn xử lý`);
    h.setNow(now);
    const overdueList = ok(
      await gql<{ complaints: { items: Array<{ trackingCode: string; dueStatus: string }> } }>(
        h.app,
        `{ complaints(filter: { overdue: true }) { items { trackingCode dueStatus } } }`,
        {},
        ACTORS.minhKhai,
      ),
    );
    expect(overdueList.complaints.items).toEqual([{ trackingCode, dueStatus: "OVERDUE" }]);
  });
});
