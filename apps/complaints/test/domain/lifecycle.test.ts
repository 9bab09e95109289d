import { createCalendar, parseLocalDate } from "@tthc/calendar";
import { describe, expect, it } from "vitest";
import { DEFAULT_DEADLINE_RULES } from "../../src/domain/deadlines.ts";
import { decide, receive } from "../../src/domain/lifecycle.ts";
import { STATUS_LABELS } from "../../src/use-cases/labels.ts";
import type { ComplaintCommand, ComplaintState, Decision, DomainActor } from "../../src/domain/lifecycle-types.ts";

const calendar = createCalendar();
const rules = DEFAULT_DEADLINE_RULES;
const hanoi = (iso: string) => new Date(`${iso}+07:00`);
const t0 = hanoi("2025-01-24T10:00:00"); // Friday before Tết 2025

const admin: DomainActor = { kind: "user", userId: "u-admin", unitId: "office", roles: ["CITY_ADMIN"] };
const wardA: DomainActor = { kind: "user", userId: "u-ward-a", unitId: "ward-a", roles: ["UNIT_OFFICER"] };
const wardB: DomainActor = { kind: "user", userId: "u-ward-b", unitId: "ward-b", roles: ["UNIT_OFFICER"] };
const wardC: DomainActor = { kind: "user", userId: "u-ward-c", unitId: "ward-c", roles: ["UNIT_OFFICER"] };
const citizen: DomainActor = { kind: "anonymous", userId: null, unitId: null, roles: [] };

function ok(decision: Decision): ComplaintState {
  if (!decision.ok) throw new Error(`${decision.error.code}: ${decision.error.messageVi}`);
  return decision.state;
}

function step(state: ComplaintState, command: ComplaintCommand, actor: DomainActor, at: Date): ComplaintState {
  return ok(decide(state, command, actor, at, rules, calendar, STATUS_LABELS));
}

const classify: ComplaintCommand = {
  type: "classify",
  kind: "feedback",
  category: "official-conduct",
  field: "Đất đai",
  regulation: "Thủ tục đăng ký biến động đất đai",
};
const transferToAWithB: ComplaintCommand = {
  type: "transfer",
  units: [
    { unitId: "ward-a", lead: true },
    { unitId: "ward-b", lead: false },
  ],
};

function received(): ComplaintState {
  return ok(receive({ id: "c1", channel: "web", receivedAt: t0 }, citizen, t0, rules, calendar));
}

function transferred(): ComplaintState {
  return step(step(received(), classify, admin, t0), transferToAWithB, admin, t0);
}

describe("the main path: received → … → closed", () => {
  it("walks every state with the right actors and records who, when and why", () => {
    let s = received();
    expect(s.status).toBe("received");
    expect(s.due.answer).toBe("2025-02-21");

    s = step(s, classify, admin, hanoi("2025-02-03T09:00:00"));
    s = step(s, transferToAWithB, admin, hanoi("2025-02-03T10:00:00"));
    expect(s.status).toBe("transferred");
    expect(s.due.handle).toBe("2025-02-17"); // day 0 Mon 03/02, 10 wd → Mon 17/02

    s = step(s, { type: "contribute", text: "Phường B xác nhận hồ sơ đã chuyển ngày 10/01." }, wardB, hanoi("2025-02-04T09:00:00"));
    s = step(
      s,
      { type: "draftAnswer", text: "Kính gửi ông/bà …", documentNumber: "15/UBND-VP", documentDate: parseLocalDate("2025-02-06") },
      wardA,
      hanoi("2025-02-06T09:00:00"),
    );
    expect(s.status).toBe("handled");
    s = step(s, { type: "approveAnswer" }, admin, hanoi("2025-02-07T09:00:00"));
    expect(s.draft?.approvedBy).toBe("u-admin");
    const answered = decide(s, { type: "sendAnswer" }, admin, hanoi("2025-02-07T10:00:00"), rules, calendar, STATUS_LABELS);
    s = ok(answered);
    expect(answered.ok && answered.events[0]).toMatchObject({
      type: "complaints.complaint.answered",
      data: { onTime: true, documentNumber: "15/UBND-VP" },
    });
    s = step(s, { type: "publish", publishedText: "Trả lời: …", personalDataRemovedConfirmed: true }, admin, hanoi("2025-02-10T09:00:00"));
    s = step(s, { type: "close" }, admin, hanoi("2025-02-10T10:00:00"));

    expect(s.status).toBe("closed");
    expect(s.contributions).toHaveLength(1);
    expect(s.audit.map((a) => `${a.action}:${a.actorId}:${a.toStatus}`)).toEqual([
      "receive:anonymous:received",
      "classify:u-admin:classified",
      "transfer:u-admin:transferred",
      "contribute:u-ward-b:transferred",
      "draftAnswer:u-ward-a:handled",
      "approveAnswer:u-admin:approved",
      "sendAnswer:u-admin:answered",
      "publish:u-admin:published",
      "close:u-admin:closed",
    ]);
    expect(s.audit[2]!.at).toEqual(hanoi("2025-02-03T10:00:00"));
  });

  it("emits one event per transition, tagged with the complaint, actor and time", () => {
    const d = decide(received(), classify, admin, t0, rules, calendar, STATUS_LABELS);
    expect(d.ok && d.events).toEqual([
      {
        type: "complaints.complaint.classified",
        complaintId: "c1",
        at: t0,
        actorId: "u-admin",
        data: { classification: expect.objectContaining({ kind: "feedback", concernedUnitId: null }) },
      },
    ]);
  });

  it("lets the city office return a draft to the lead unit with a reason", () => {
    let s = step(
      transferred(),
      { type: "draftAnswer", text: "Dự thảo", documentNumber: "1/UBND", documentDate: parseLocalDate("2025-02-05") },
      wardA,
      t0,
    );
    s = step(s, { type: "returnAnswer", reason: "Chưa trả lời đúng nội dung phản ánh" }, admin, t0);
    expect(s.status).toBe("transferred");
    expect(s.audit.at(-1)).toMatchObject({ action: "returnAnswer", reason: "Chưa trả lời đúng nội dung phản ánh" });
  });
});

describe("who may do what", () => {
  it("refuses a unit officer classifying, in Vietnamese, and changes nothing", () => {
    const s = received();
    const d = decide(s, classify, wardA, t0, rules, calendar, STATUS_LABELS);
    expect(d).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "FORBIDDEN", messageVi: "Bạn không có quyền phân loại PAKN này." }),
    });
    expect(s.audit).toHaveLength(1);
  });

  it("lets only the lead unit draft, and only other assigned units contribute", () => {
    const s = transferred();
    const draft: ComplaintCommand = { type: "draftAnswer", text: "x", documentNumber: "1", documentDate: parseLocalDate("2025-02-05") };
    expect(decide(s, draft, wardB, t0, rules, calendar, STATUS_LABELS).ok).toBe(false);
    expect(decide(s, draft, wardC, t0, rules, calendar, STATUS_LABELS).ok).toBe(false);
    expect(decide(s, draft, admin, t0, rules, calendar, STATUS_LABELS).ok).toBe(false);
    expect(decide(s, { type: "contribute", text: "y" }, wardA, t0, rules, calendar, STATUS_LABELS).ok).toBe(false);
    expect(decide(s, { type: "contribute", text: "y" }, wardC, t0, rules, calendar, STATUS_LABELS).ok).toBe(false);
    expect(decide(s, { type: "contribute", text: "y" }, wardB, t0, rules, calendar, STATUS_LABELS).ok).toBe(true);
  });

  it("refuses a unit officer approving or publishing", () => {
    const s = step(
      transferred(),
      { type: "draftAnswer", text: "x", documentNumber: "1", documentDate: parseLocalDate("2025-02-05") },
      wardA,
      t0,
    );
    expect(decide(s, { type: "approveAnswer" }, wardA, t0, rules, calendar, STATUS_LABELS)).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
  });

  it("takes staff intake on other channels only from the city office, and never in the future", () => {
    expect(receive({ id: "c2", channel: "post", receivedAt: t0 }, citizen, t0, rules, calendar)).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    const yesterday = hanoi("2025-01-23T09:00:00");
    expect(ok(receive({ id: "c2", channel: "post", receivedAt: yesterday }, admin, t0, rules, calendar)).receivedDay).toBe("2025-01-23");
    expect(receive({ id: "c2", channel: "post", receivedAt: hanoi("2025-01-25T09:00:00") }, admin, t0, rules, calendar).ok).toBe(false);
    expect(receive({ id: "c2", channel: "web", receivedAt: yesterday }, citizen, t0, rules, calendar)).toMatchObject({
      ok: false,
      error: { code: "INVALID_RECEIVED_AT" },
    });
  });
});

describe("invalid transitions", () => {
  it("refuses approving before a draft exists, with a clear Vietnamese message", () => {
    const d = decide(transferred(), { type: "approveAnswer" }, admin, t0, rules, calendar, STATUS_LABELS);
    expect(d).toEqual({
      ok: false,
      error: {
        code: "INVALID_TRANSITION",
        messageVi: 'Không thể phê duyệt trả lời khi PAKN đang ở trạng thái "Đang xử lý".',
        messageEn: expect.any(String),
      },
    });
  });

  it("requires exactly one lead unit and no unit twice", () => {
    const s = step(received(), classify, admin, t0);
    const noLead = decide(s, { type: "transfer", units: [{ unitId: "ward-a", lead: false }] }, admin, t0, rules, calendar, STATUS_LABELS);
    const twoLeads = decide(
      s,
      {
        type: "transfer",
        units: [
          { unitId: "ward-a", lead: true },
          { unitId: "ward-b", lead: true },
        ],
      },
      admin,
      t0,
      rules,
      calendar,
      STATUS_LABELS,
    );
    const twice = decide(
      s,
      {
        type: "transfer",
        units: [
          { unitId: "ward-a", lead: true },
          { unitId: "ward-a", lead: false },
        ],
      },
      admin,
      t0,
      rules,
      calendar,
      STATUS_LABELS,
    );
    const none = decide(s, { type: "transfer", units: [] }, admin, t0, rules, calendar, STATUS_LABELS);
    expect([noLead, twoLeads, twice, none].map((d) => !d.ok && d.error.code)).toEqual([
      "ONE_LEAD",
      "ONE_LEAD",
      "DUPLICATE_UNIT",
      "NO_UNITS",
    ]);
  });

  it("refuses publishing without the personal-data confirmation", () => {
    let s = step(
      transferred(),
      { type: "draftAnswer", text: "x", documentNumber: "1", documentDate: parseLocalDate("2025-02-05") },
      wardA,
      t0,
    );
    s = step(step(s, { type: "approveAnswer" }, admin, t0), { type: "sendAnswer" }, admin, t0);
    const unconfirmed = { type: "publish", publishedText: "x", personalDataRemovedConfirmed: false } as unknown as ComplaintCommand;
    const d = decide(s, unconfirmed, admin, t0, rules, calendar, STATUS_LABELS);
    expect(d).toMatchObject({ ok: false, error: { code: "PERSONAL_DATA_NOT_CONFIRMED" } });
    expect(!d.ok && d.error.messageVi).toContain("thông tin cá nhân");
  });

  it("requires the fields that give a step its meaning", () => {
    const s = step(received(), classify, admin, t0);
    expect(decide(s, { type: "return", reason: " ", guidance: "Sở Tư pháp" }, admin, t0, rules, calendar, STATUS_LABELS)).toMatchObject({
      ok: false,
      error: { code: "REQUIRED" },
    });
    expect(decide(s, { type: "pause", reason: "" }, admin, t0, rules, calendar, STATUS_LABELS)).toMatchObject({
      ok: false,
      error: { code: "REQUIRED" },
    });
    const badDate = { type: "draftAnswer", text: "x", documentNumber: "1", documentDate: "05/02/2025" } as unknown as ComplaintCommand;
    expect(decide(transferred(), badDate, wardA, t0, rules, calendar, STATUS_LABELS)).toMatchObject({
      ok: false,
      error: { code: "INVALID_DATE" },
    });
  });
});

describe("side states", () => {
  it("returns an out-of-scope PAKN with reason and guidance, and says whether the legal 5 days were kept", () => {
    const late = decide(
      received(),
      { type: "return", reason: "Khiếu nại, không phải PAKN", guidance: "Gửi Thanh tra thành phố" },
      admin,
      hanoi("2025-02-10T09:00:00"),
      rules,
      calendar,
      STATUS_LABELS,
    );
    expect(late.ok && late.state.returned).toEqual({ reason: "Khiếu nại, không phải PAKN", guidance: "Gửi Thanh tra thành phố" });
    expect(late.ok && late.events[0]?.data).toMatchObject({ withinLegalLimit: false }); // due Fri 07/02
    const inTime = decide(
      received(),
      { type: "return", reason: "r", guidance: "g" },
      admin,
      hanoi("2025-02-07T16:00:00"),
      rules,
      calendar,
      STATUS_LABELS,
    );
    expect(inTime.ok && inTime.events[0]?.data).toMatchObject({ withinLegalLimit: true });
  });

  it("merges a duplicate into an open PAKN, never into itself or a finished one", () => {
    const s = received();
    expect(
      ok(decide(s, { type: "merge", into: { id: "c0", status: "transferred" } }, admin, t0, rules, calendar, STATUS_LABELS)).mergedInto,
    ).toBe("c0");
    expect(decide(s, { type: "merge", into: { id: "c1", status: "received" } }, admin, t0, rules, calendar, STATUS_LABELS)).toMatchObject({
      ok: false,
      error: { code: "MERGE_SELF" },
    });
    expect(decide(s, { type: "merge", into: { id: "c0", status: "closed" } }, admin, t0, rules, calendar, STATUS_LABELS)).toMatchObject({
      ok: false,
      error: { code: "MERGE_TARGET_CLOSED" },
    });
  });

  it("pauses for 3 working days and resumes to the previous state with the clock moved by 3 working days", () => {
    const s = transferred();
    expect(s.due.handle).toBe("2025-02-14");
    const paused = step(s, { type: "pause", reason: "Đề nghị ông bổ sung bản sao giấy chứng nhận" }, wardA, hanoi("2025-02-04T09:00:00"));
    expect(paused.status).toBe("paused");
    expect(
      decide(
        paused,
        { type: "draftAnswer", text: "x", documentNumber: "1", documentDate: parseLocalDate("2025-02-05") },
        wardA,
        t0,
        rules,
        calendar,
        STATUS_LABELS,
      ).ok,
    ).toBe(false);
    const resumed = step(paused, { type: "resume" }, admin, hanoi("2025-02-06T15:00:00"));
    expect(resumed.status).toBe("transferred");
    expect(resumed.pauses).toEqual([
      { from: hanoi("2025-02-04T09:00:00"), to: hanoi("2025-02-06T15:00:00"), reason: "Đề nghị ông bổ sung bản sao giấy chứng nhận" },
    ]);
    // Hand count in deadlines.test.ts: handling Wed 19/02, answer Wed 26/02.
    expect(resumed.due.handle).toBe("2025-02-19");
    expect(resumed.due.answer).toBe("2025-02-26");
  });

  it("extends once, with a reason, and refuses a second extension", () => {
    const s = transferred();
    expect(decide(s, { type: "extend", reason: "" }, admin, t0, rules, calendar, STATUS_LABELS).ok).toBe(false);
    const extended = step(s, { type: "extend", reason: "Cần lấy ý kiến Sở Tài nguyên và Môi trường" }, admin, hanoi("2025-02-12T09:00:00"));
    expect(extended.extension).toMatchObject({ reason: "Cần lấy ý kiến Sở Tài nguyên và Môi trường", actorId: "u-admin" });
    expect(extended.due.answer).toBe("2025-03-07"); // Fri 21/02 + 10 wd
    expect(extended.due.handle).toBe("2025-02-28"); // Fri 14/02 + 10 wd
    const again = decide(extended, { type: "extend", reason: "Lần hai" }, admin, t0, rules, calendar, STATUS_LABELS);
    expect(again).toMatchObject({ ok: false, error: { code: "ALREADY_EXTENDED" } });
  });

  it("records a reissued secret in the audit trail without changing the state", () => {
    const s = step(received(), { type: "reissueSecret", reason: "Đối chiếu CCCD bản gốc tại bộ phận một cửa" }, admin, t0);
    expect(s.status).toBe("received");
    expect(s.audit.at(-1)).toMatchObject({ action: "reissueSecret", reason: "Đối chiếu CCCD bản gốc tại bộ phận một cửa" });
  });

  it("gives a re-transfer to a new lead a clean page and a fresh handling clock", () => {
    const drafted = step(
      transferred(),
      { type: "draftAnswer", text: "x", documentNumber: "1", documentDate: parseLocalDate("2025-02-05") },
      wardA,
      t0,
    );
    const back = step(drafted, { type: "returnAnswer", reason: "Sai đơn vị" }, admin, t0);
    const moved = step(back, { type: "transfer", units: [{ unitId: "ward-c", lead: true }] }, admin, hanoi("2025-02-10T09:00:00"));
    expect(moved.draft).toBeNull();
    expect(moved.due.handle).toBe("2025-02-24"); // day 0 Mon 10/02: Tue 11 = 1 … Fri 14 = 4, Mon 17 … Fri 21 = 9, Mon 24/02 = 10
  });
});
