/**
 * Issue 9, items 8–10: the field rules per reader (partners see published, reviewed text and
 * non-personal fields; the unit a PAKN concerns never learns the sender, by any field or mutation)
 * and the retention that erases attachments and masks personal data in every free text.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTOR_HEADER, type Actor } from "@tthc/service-kit";
import { complaintsDeps } from "../../src/app.ts";
import { eraseExpiredPersonalData } from "../../src/use-cases/retention.ts";
import {
  ACTORS,
  signAs,
  SUBMISSION,
  TEST_CLIENT_ADDRESS,
  UNITS,
  complaintIdOf,
  errorCode,
  gql,
  ok,
  startHarness,
  submit,
  type Harness,
} from "../harness.ts";

let h: Harness;
const hanoi = (iso: string) => new Date(`${iso}+07:00`);
beforeAll(async () => {
  h = await startHarness("privacy", { now: hanoi("2025-03-03T09:00:00") });
});
afterAll(async () => {
  await h?.close();
});

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** What identifies the sender (SUBMISSION's), however it is written. */
const IDENTIFIERS = ["Nguyễn Văn An", "0912", "345 678", "345.678", "Điện Biên", "an.nguyen", "anh An"];

/**
 * The text of what a reader gets or the database keeps, for the identifier checks, with its random values
 * blanked: ids, the secret's hash and the tracking code are random, and once a hash read "…0912…".
 */
const textOf = (value: unknown) =>
  JSON.stringify(value).replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{64}|PAKN-\d{4}-[0-9A-Z]+/g,
    "<random>",
  );

const FULL = `query ($id: ID!) { complaint(id: $id) {
  id trackingCode status regulation content senderHidden sender { name phone address email }
  classification { kind field regulation concernedUnitId } units { unitId lead }
  pauses { from to reason } extended extensionReason returnedReason returnedGuidance
  answer { text reviewReason status } answers { text reviewReason status } contributions { unitId text }
  auditTrail { action reason } attachments { name } publishedQuestion publishedText allowedActions
} }`;
const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id content answer { text } auditTrail { reason } } } }`;
const REVEAL = `mutation ($id: ID!, $r: String!) { revealComplaintSender(id: $id, reason: $r) { name } }`;

type Full = Record<string, unknown> & { answers: Array<{ text: string }>; pauses: Array<{ reason: string | null }> };
const read = async (id: string, actor: Actor) => ok(await gql<{ complaint: Full | null }>(h.app, FULL, { id }, actor)).complaint;
const run = async (actor: Actor, mutation: string, variables: Record<string, unknown>) => ok(await gql(h.app, mutation, variables, actor));

const partner = (scopes: string[]): Actor => ({ kind: "partner", partnerId: `p-${scopes.join("-")}`, name: "Hệ thống một cửa", scopes });

let id: string;
let fileId: string;

describe("a PAKN about a ward's own officials, with the sender named in every kind of text", () => {
  beforeAll(async () => {
    const uploaded = await h.app.inject({
      method: "POST",
      url: "/files",
      headers: {
        "content-type": "application/octet-stream",
        "x-file-name": "don-cua-nguyen-van-an.pdf",
        [ACTOR_HEADER]: await signAs(ACTORS.anonymous, PDF),
        // An anonymous upload is attached only by the client that sent it (the form's submission below).
        "x-forwarded-for": TEST_CLIENT_ADDRESS,
      },
      payload: PDF,
    });
    fileId = (uploaded.json() as { id: string }).id;
    const { trackingCode } = ok(
      await submit(h.app, {
        ...SUBMISSION,
        regulation: "Thủ tục khai sinh (cán bộ trả lời anh An là thiếu giấy)",
        content: `${SUBMISSION.content} Liên hệ tôi: 0912 345 678.`,
        attachmentIds: [fileId],
      }),
    ).submitComplaint;
    id = await complaintIdOf(h.db, trackingCode);
    await run(ACTORS.admin, `mutation ($id: ID!, $i: ClassifyInput!) { classifyComplaint(id: $id, input: $i) { id } }`, {
      id,
      i: {
        kind: "FEEDBACK",
        category: "official-conduct",
        field: "Hộ tịch",
        regulation: "Khai sinh — phản ánh của ông Nguyễn Văn An",
        concernedUnitId: UNITS.leLoi.id,
        reason: "Ông Nguyễn Văn An gọi lại bổ sung",
      },
    });
    await run(ACTORS.admin, `mutation ($id: ID!, $u: [AssignmentInput!]!) { transferComplaint(id: $id, units: $u) { id } }`, {
      id,
      u: [
        { unitId: UNITS.leLoi.id, lead: true },
        { unitId: UNITS.tuPhap.id, lead: false },
      ],
    });
    await run(
      ACTORS.tuPhap,
      `mutation ($id: ID!) { contributeToComplaint(id: $id, text: "Đã trao đổi với ông Nguyễn Văn An (0912 345 678).") { id } }`,
      { id },
    );
    await run(ACTORS.admin, `mutation ($id: ID!) { pauseComplaint(id: $id, reason: "Chờ anh An bổ sung, số 0912.345.678") { id } }`, {
      id,
    });
    await run(ACTORS.admin, `mutation ($id: ID!) { resumeComplaint(id: $id) { id } }`, { id });
    await run(ACTORS.admin, `mutation ($id: ID!) { extendComplaint(id: $id, reason: "Ông Nguyễn Văn An xin gặp trực tiếp") { id } }`, {
      id,
    });
    const DRAFT = `mutation ($id: ID!) { draftComplaintAnswer(id: $id, text: "Phường đã chấn chỉnh cán bộ.", documentNumber: "25/UBND", documentDate: "2025-03-03") { id } }`;
    await run(ACTORS.leLoi, DRAFT, { id });
    await run(
      ACTORS.admin,
      `mutation ($id: ID!) { returnComplaintAnswer(id: $id, reason: "Ghi rõ gửi ông Nguyễn Văn An, số 12 phố Điện Biên") { id } }`,
      {
        id,
      },
    );
    await run(ACTORS.leLoi, DRAFT, { id });
    await run(ACTORS.admin, `mutation ($id: ID!) { approveComplaintAnswer(id: $id) { id } }`, { id });
    // The city office reveals the sender to itself, with a reason that names them.
    await run(ACTORS.admin, REVEAL, { id, r: "Gọi ông Nguyễn Văn An để xác minh" });
  });

  it("the concerned ward reads every text with the sender masked, and no attachment", async () => {
    const ward = (await read(id, ACTORS.leLoi))!;
    expect(ward).toMatchObject({ senderHidden: true, sender: null, attachments: [], extended: true });
    expect(ward.answers.length).toBe(2);
    const text = textOf(ward);
    for (const identifier of IDENTIFIERS) expect(text).not.toContain(identifier);
    expect(ward.content).toContain("[số điện thoại đã ẩn]");
    expect(ward.pauses[0]!.reason).toContain("[số điện thoại đã ẩn]");
    // Through the gateway's entity path too.
    const entities = ok(
      await gql<{ _entities: Array<Record<string, unknown>> }>(h.app, ENTITIES, { r: [{ __typename: "Complaint", id }] }, ACTORS.leLoi),
    );
    for (const identifier of IDENTIFIERS) expect(textOf(entities)).not.toContain(identifier);
  });

  it("the concerned ward cannot reveal the sender, nor can a contributing unit; the city office can, with a reason, audited", async () => {
    expect(errorCode(await gql(h.app, REVEAL, { id, r: "Cần liên hệ" }, ACTORS.leLoi))).toBe("FORBIDDEN");
    expect(errorCode(await gql(h.app, REVEAL, { id, r: "Cần liên hệ" }, ACTORS.tuPhap))).toBe("FORBIDDEN");
    expect(errorCode(await gql(h.app, REVEAL, { id, r: "Cần liên hệ" }, ACTORS.minhKhai))).toBe("NOT_FOUND");
    expect(await h.db.auditEntry.count({ where: { complaintId: id, action: "revealSender" } })).toBe(1);
    expect(await h.db.auditEntry.count({ where: { complaintId: id, action: "revealSender", actorId: "u-admin" } })).toBe(1);
  });

  it("a search cannot tell the concerned ward or a partner what the content hides", async () => {
    const SEARCH = `query ($q: String) { complaints(filter: { search: $q }) { items { id } } }`;
    const found = async (actor: Actor, q: string) =>
      ok(await gql<{ complaints: { items: Array<{ id: string }> } }>(h.app, SEARCH, { q }, actor)).complaints.items.map((c) => c.id);
    const { trackingCode } = await h.db.complaint.findUniqueOrThrow({ where: { id } });
    for (const actor of [ACTORS.admin, ACTORS.tuPhap]) expect(await found(actor, "0912 345 678")).toEqual([id]);
    for (const actor of [ACTORS.leLoi, partner(["complaints:read"])]) {
      expect(await found(actor, "0912 345 678")).toEqual([]);
      expect(await found(actor, "giấy tờ")).toEqual([]);
      expect(await found(actor, trackingCode.toLowerCase())).toEqual([id]);
    }
  });

  it("a unit the PAKN does not concern, and the city office, read the texts as written", async () => {
    const coordinating = (await read(id, ACTORS.tuPhap))!;
    expect(coordinating.sender).toMatchObject({ name: SUBMISSION.senderName });
    expect(coordinating.pauses[0]!.reason).toBe("Chờ anh An bổ sung, số 0912.345.678");
    const office = JSON.stringify(await read(id, ACTORS.admin));
    expect(office).toContain("Ghi rõ gửi ông Nguyễn Văn An, số 12 phố Điện Biên");
    expect(office).toContain("don-cua-nguyen-van-an.pdf");
  });

  it("a partner (complaints:read, or the legacy read) gets statuses and published texts, never the letter, reasons or the sender's text", async () => {
    for (const scopes of [["complaints:read"], ["read"]]) {
      const seen = (await read(id, partner(scopes)))!;
      expect(seen).toMatchObject({
        status: "APPROVED",
        regulation: null,
        content: null,
        senderHidden: true,
        sender: null,
        classification: { kind: "FEEDBACK", field: "Hộ tịch", regulation: null, concernedUnitId: null },
        units: [
          { unitId: UNITS.leLoi.id, lead: true },
          { unitId: UNITS.tuPhap.id, lead: false },
        ],
        pauses: [{ reason: null }],
        extended: true,
        extensionReason: null,
        answer: null,
        answers: [],
        contributions: [],
        auditTrail: [],
        attachments: [],
        allowedActions: [],
      });
      const entities = ok(await gql<{ _entities: unknown[] }>(h.app, ENTITIES, { r: [{ __typename: "Complaint", id }] }, partner(scopes)));
      expect(entities._entities).toEqual([{ id, content: null, answer: null, auditTrail: [] }]);
    }
    const other = partner(["reports:read"]);
    expect(errorCode(await gql(h.app, `{ complaints { total } }`, {}, other))).toBe("FORBIDDEN");
    expect(ok(await gql(h.app, ENTITIES, { r: [{ __typename: "Complaint", id }] }, other))).toEqual({ _entities: [null] });

    await run(ACTORS.admin, `mutation ($id: ID!) { sendComplaintAnswer(id: $id) { id } }`, { id });
    await run(
      ACTORS.admin,
      `mutation ($id: ID!) { publishComplaint(id: $id, publishedQuestion: "Phản ánh về thủ tục khai sinh tại phường.", publishedText: "Phường đã chấn chỉnh cán bộ.", personalDataRemovedConfirmed: true) { id } }`,
      { id },
    );
    const published = (await read(id, partner(["complaints:read"])))!;
    expect(published).toMatchObject({
      status: "PUBLISHED",
      publishedQuestion: "Phản ánh về thủ tục khai sinh tại phường.",
      publishedText: "Phường đã chấn chỉnh cán bộ.",
      answer: null,
    });
    for (const identifier of IDENTIFIERS) expect(textOf(published)).not.toContain(identifier);
  });
});

describe("retention of a closed PAKN's personal data", () => {
  it("deletes the attachments and masks the personal data in every text, keeping the register's fields and the audit trail", async () => {
    await run(ACTORS.admin, `mutation ($id: ID!) { closeComplaint(id: $id) { id } }`, { id });
    await run(ACTORS.admin, `mutation { updateComplaintPersonalDataRetention(months: 1) { months } }`, {});
    const path = join(h.env.COMPLAINTS_FILES_DIR, fileId.slice(0, 2), fileId);
    expect(existsSync(path)).toBe(true);
    const auditBefore = await h.db.auditEntry.count({ where: { complaintId: id } });
    // The sender's rating comment is their own free text (the rating itself is tested in rating.test.ts).
    await h.db.complaintRating.create({
      data: {
        complaintId: id,
        satisfied: false,
        comment: "Cảm ơn, tôi là Nguyễn Văn An, 0912 345 678.",
        ratedAt: hanoi("2025-03-01T09:00:00"),
      },
    });

    const deps = complaintsDeps(h.env, h.db, { now: () => hanoi("2025-04-10T09:00:00") });
    expect(await eraseExpiredPersonalData(deps)).toBe(1);

    expect(existsSync(path)).toBe(false);
    expect(await h.db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM stored_file WHERE id = $1::uuid`, fileId)).toEqual([]);
    expect(await h.db.attachment.count({ where: { complaintId: id } })).toBe(0);

    const stored = await h.db.complaint.findUniqueOrThrow({
      where: { id },
      include: { answers: true, contributions: true, rating: true, audit: { orderBy: { id: "asc" } }, personalDataReads: true },
    });
    const { audit, personalDataReads, ...rest } = stored;
    for (const identifier of IDENTIFIERS) {
      expect(textOf(rest)).not.toContain(identifier);
      expect(JSON.stringify(personalDataReads.map((r) => r.reason))).not.toContain(identifier);
      expect(JSON.stringify(audit.map((a) => a.reason))).not.toContain(identifier);
    }
    expect(stored).toMatchObject({
      status: "closed",
      field: "Hộ tịch",
      classifiedRegulation: "Khai sinh — phản ánh của ông [họ tên đã ẩn]",
      publishedQuestion: "Phản ánh về thủ tục khai sinh tại phường.",
      publishedText: "Phường đã chấn chỉnh cán bộ.",
      senderName: "",
      senderPhone: null,
      personalDataErasedAt: hanoi("2025-04-10T09:00:00"),
    });
    expect(stored.content).toContain("cán bộ phường Lê Lợi yêu cầu nộp thêm giấy tờ");
    expect(stored.content).toContain("[số điện thoại đã ẩn]");
    expect(stored.searchText).not.toContain("0912");
    expect(stored.rating).toMatchObject({ satisfied: false, comment: expect.stringMatching(/^Cảm ơn, tôi là \[họ tên đã ẩn\]/) });
    // Every entry kept (one added), the masked ones stamped; the trail still refuses any other edit.
    expect(audit.length).toBe(auditBefore + 1);
    expect(audit.at(-1)).toMatchObject({ action: "erasePersonalData", reason: expect.stringContaining("đã xoá 1 tệp đính kèm") });
    expect(audit.find((a) => a.action === "pause")).toMatchObject({ reason: "Chờ anh [họ tên đã ẩn] bổ sung, số [số điện thoại đã ẩn]" });
    expect(audit.filter((a) => a.reasonMaskedAt !== null).map((a) => a.action)).toEqual(
      expect.arrayContaining(["classify", "pause", "extend", "returnAnswer", "revealSender"]),
    );
    await expect(h.db.auditEntry.updateMany({ where: { complaintId: id }, data: { reason: "edited" } })).rejects.toThrow(/append-only/);
    await expect(
      h.db.auditEntry.updateMany({
        where: { complaintId: id, reasonMaskedAt: null },
        data: { action: "x", reasonMaskedAt: new Date("2026-03-16T03:00:00Z") },
      }),
    ).rejects.toThrow(/append-only/);
  });
});
