/**
 * The PAKN state machine (vòng đời phản ánh, kiến nghị): who may do what, in which state, and what
 * it changes. Pure: `decide` returns the next state and its events, or an error and nothing else.
 *
 *   received → classified → transferred → handled → approved → answered → published → closed
 *   side states: returned (out of scope), merged (duplicate), paused (waiting for the sender)
 *   extended is a flag (once, with a reason), not a state.
 */
import { endOfDayInstant, parseLocalDate, type LocalDate, type WorkingCalendar } from "@tthc/calendar";
import type { Role } from "@tthc/service-kit";
import { computeDueDates, effectiveReceivedDay, type ClockPause, type ComplaintDueDates, type DeadlineRules } from "./deadlines.ts";
import type { Channel } from "./intake.ts";

export type ComplaintStatus =
  | "received" // đã tiếp nhận
  | "classified" // đã phân loại
  | "transferred" // đã chuyển xử lý
  | "handled" // đã dự thảo trả lời
  | "approved" // đã phê duyệt trả lời
  | "answered" // đã trả lời người gửi
  | "published" // đã công khai
  | "closed" // đã kết thúc
  | "returned" // trả lại / hướng dẫn (ngoài phạm vi)
  | "merged" // gộp (trùng)
  | "paused"; // tạm dừng chờ bổ sung

/** phản ánh = a problem with a regulation; kiến nghị = a problem plus a proposed solution (Art 3). */
export type ComplaintKind = "feedback" | "petition";

/** Decree 20/2008 Art 5 content classes (docs/domain.md §1.2). */
export const CONTENT_CATEGORIES = [
  "official-conduct", // hành vi chậm trễ, gây phiền hà, không thực hiện / thực hiện sai
  "unsuitable", // không phù hợp với thực tế
  "inconsistent", // không đồng bộ, thống nhất
  "unlawful", // không hợp pháp
  "contrary-to-treaty", // trái điều ước quốc tế
  "other", // vấn đề khác
  "proposed-solution", // phương án xử lý
  "new-regulation-initiative", // sáng kiến ban hành mới
] as const;
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];

export interface Classification {
  kind: ComplaintKind;
  category: ContentCategory;
  /** lĩnh vực */
  field: string;
  /** The regulation or procedure concerned (quy định / TTHC bị phản ánh). */
  regulation: string;
  /** The unit whose own officials' conduct is complained about: the sender is hidden from it. */
  concernedUnitId: string | null;
}

export interface Assignment {
  unitId: string;
  /** The lead unit (đơn vị chủ trì) writes the answer; the others contribute (phối hợp). */
  lead: boolean;
}

export interface AnswerDraft {
  unitId: string;
  authorId: string;
  text: string;
  documentNumber: string;
  documentDate: LocalDate;
  draftedAt: Date;
  approvedBy: string | null;
  approvedAt: Date | null;
}

export interface Contribution {
  unitId: string;
  authorId: string;
  text: string;
  at: Date;
}

export interface PauseRecord extends ClockPause {
  reason: string;
}

export interface AuditEntry {
  action: CommandType | "receive";
  actorId: string;
  at: Date;
  reason: string | null;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus;
}

export interface ComplaintState {
  id: string;
  channel: Channel;
  status: ComplaintStatus;
  /** The state a pause interrupted; resume returns to it. */
  statusBeforePause: ComplaintStatus | null;
  receivedAt: Date;
  receivedDay: LocalDate;
  classification: Classification | null;
  assignments: readonly Assignment[];
  transferredAt: Date | null;
  draft: AnswerDraft | null;
  contributions: readonly Contribution[];
  answeredAt: Date | null;
  publishedAt: Date | null;
  /** The answer as published, after a person confirmed that personal data was removed. */
  publishedText: string | null;
  /** The question as published, redacted like the answer; null when only the answer is published. */
  publishedQuestion: string | null;
  returned: { reason: string; guidance: string } | null;
  mergedInto: string | null;
  pauses: readonly PauseRecord[];
  extension: { reason: string; at: Date; actorId: string } | null;
  due: ComplaintDueDates;
  /** Deadline alerts already raised, so a monitor running every few minutes raises each once. */
  alertsRaised: readonly string[];
  /** Append-only: no command rewrites an entry. */
  audit: readonly AuditEntry[];
}

export interface DomainActor {
  kind: "user" | "anonymous" | "partner" | "service";
  userId: string | null;
  unitId: string | null;
  roles: readonly Role[];
}

export type ComplaintCommand =
  | { type: "classify"; kind: ComplaintKind; category: ContentCategory; field: string; regulation: string; concernedUnitId?: string | null; reason?: string }
  | { type: "transfer"; units: readonly Assignment[]; reason?: string }
  | { type: "draftAnswer"; text: string; documentNumber: string; documentDate: LocalDate }
  | { type: "contribute"; text: string }
  | { type: "approveAnswer"; reason?: string }
  | { type: "returnAnswer"; reason: string }
  | { type: "sendAnswer" }
  /** publishedQuestion: the sender's content as published (redacted); optional, the answer is what must be public. */
  | { type: "publish"; publishedText: string; publishedQuestion?: string; personalDataRemovedConfirmed: true }
  | { type: "close"; reason?: string }
  | { type: "return"; reason: string; guidance: string }
  | { type: "merge"; into: { id: string; status: ComplaintStatus }; reason?: string }
  | { type: "pause"; reason: string }
  | { type: "resume"; reason?: string }
  | { type: "extend"; reason: string }
  /** A sender who lost the secret gets a new one after an identity check (kiểm tra danh tính). */
  | { type: "reissueSecret"; reason: string };

export type CommandType = ComplaintCommand["type"];

interface EventData {
  "complaints.complaint.received": { channel: Channel; receivedDay: LocalDate; due: ComplaintDueDates };
  "complaints.complaint.classified": { classification: Classification };
  "complaints.complaint.transferred": { units: readonly Assignment[]; due: ComplaintDueDates };
  "complaints.complaint.answer-drafted": { unitId: string; documentNumber: string };
  "complaints.complaint.contributed": { unitId: string };
  "complaints.complaint.answer-approved": Record<string, never>;
  "complaints.complaint.answer-returned": { unitId: string; reason: string };
  "complaints.complaint.answered": { unitId: string; documentNumber: string; onTime: boolean };
  "complaints.complaint.published": Record<string, never>;
  "complaints.complaint.closed": { outcome: ComplaintStatus };
  "complaints.complaint.returned": { reason: string; guidance: string; withinLegalLimit: boolean };
  "complaints.complaint.merged": { intoId: string };
  "complaints.complaint.paused": { reason: string };
  "complaints.complaint.resumed": { due: ComplaintDueDates };
  "complaints.complaint.extended": { reason: string; due: ComplaintDueDates };
  "complaints.complaint.secret-reissued": Record<string, never>;
  "complaints.complaint.due-soon": DeadlineAlertData;
  "complaints.complaint.overdue": DeadlineAlertData;
}

export interface DeadlineAlertData {
  step: "classify" | "handle" | "answer";
  dueDay: LocalDate;
  /** Units to notify besides the city office. */
  unitIds: readonly string[];
}

export type ComplaintEventType = keyof EventData;

export type DomainEvent = {
  [T in ComplaintEventType]: { type: T; complaintId: string; at: Date; actorId: string | null; data: EventData[T] };
}[ComplaintEventType];

export interface DomainError {
  code: string;
  messageVi: string;
  messageEn: string;
}

export type Failure = { ok: false; error: DomainError };
export type Decision = { ok: true; state: ComplaintState; events: DomainEvent[] } | Failure;

export const STATUS_LABELS: Readonly<Record<ComplaintStatus, { vi: string; en: string }>> = {
  received: { vi: "Đã tiếp nhận", en: "Received" },
  classified: { vi: "Đã phân loại", en: "Classified" },
  transferred: { vi: "Đang xử lý", en: "Transferred" },
  handled: { vi: "Đã dự thảo trả lời", en: "Answer drafted" },
  approved: { vi: "Đã phê duyệt trả lời", en: "Answer approved" },
  answered: { vi: "Đã trả lời", en: "Answered" },
  published: { vi: "Đã công khai", en: "Published" },
  closed: { vi: "Đã kết thúc", en: "Closed" },
  returned: { vi: "Trả lại, hướng dẫn", en: "Returned (out of scope)" },
  merged: { vi: "Đã gộp với PAKN trùng", en: "Merged as a duplicate" },
  paused: { vi: "Tạm dừng, chờ bổ sung", en: "Paused, waiting for the sender" },
};

const ACTION_LABELS: Readonly<Record<CommandType, { vi: string; en: string }>> = {
  classify: { vi: "phân loại", en: "classify" },
  transfer: { vi: "chuyển xử lý", en: "transfer" },
  draftAnswer: { vi: "dự thảo trả lời", en: "draft the answer" },
  contribute: { vi: "góp ý phối hợp", en: "contribute" },
  approveAnswer: { vi: "phê duyệt trả lời", en: "approve the answer" },
  returnAnswer: { vi: "trả lại dự thảo", en: "return the draft" },
  sendAnswer: { vi: "gửi trả lời", en: "send the answer" },
  publish: { vi: "công khai", en: "publish" },
  close: { vi: "kết thúc", en: "close" },
  return: { vi: "trả lại (ngoài phạm vi)", en: "return as out of scope" },
  merge: { vi: "gộp PAKN trùng", en: "merge as a duplicate" },
  pause: { vi: "tạm dừng", en: "pause" },
  resume: { vi: "tiếp tục xử lý", en: "resume" },
  extend: { vi: "gia hạn", en: "extend" },
  reissueSecret: { vi: "cấp lại mã bí mật", en: "reissue the secret" },
};

const OPEN: readonly ComplaintStatus[] = ["received", "classified", "transferred", "handled", "approved", "paused"];

/** The states each command may start from. */
const ALLOWED_FROM: Readonly<Record<CommandType, readonly ComplaintStatus[]>> = {
  classify: ["received", "classified"],
  transfer: ["classified", "transferred"],
  draftAnswer: ["transferred", "handled"],
  contribute: ["transferred", "handled"],
  approveAnswer: ["handled"],
  returnAnswer: ["handled"],
  sendAnswer: ["approved"],
  publish: ["answered"],
  close: ["answered", "published", "returned", "merged"],
  return: ["received", "classified"],
  merge: ["received", "classified", "transferred"],
  pause: ["received", "classified", "transferred"],
  resume: ["paused"],
  extend: OPEN,
  reissueSecret: [...OPEN, "answered", "published", "closed", "returned", "merged"],
};

const isUser = (actor: DomainActor) => actor.kind === "user" && actor.userId !== null;
const isCityAdmin = (actor: DomainActor) => isUser(actor) && actor.roles.includes("CITY_ADMIN");

function assignmentOf(actor: DomainActor, state: ComplaintState): Assignment | undefined {
  if (!isUser(actor) || !actor.roles.includes("UNIT_OFFICER") || !actor.unitId) return undefined;
  return state.assignments.find((a) => a.unitId === actor.unitId);
}

const isLeadOfficer = (actor: DomainActor, state: ComplaintState) => assignmentOf(actor, state)?.lead === true;

/** The city office (Văn phòng) runs intake and approval; assigned units draft and contribute. */
const MAY: Readonly<Record<CommandType, (actor: DomainActor, state: ComplaintState) => boolean>> = {
  classify: isCityAdmin,
  transfer: isCityAdmin,
  draftAnswer: isLeadOfficer,
  contribute: (actor, state) => assignmentOf(actor, state)?.lead === false,
  approveAnswer: isCityAdmin,
  returnAnswer: isCityAdmin,
  sendAnswer: isCityAdmin,
  publish: isCityAdmin,
  close: isCityAdmin,
  return: isCityAdmin,
  merge: isCityAdmin,
  // The lead unit is the one that finds information missing while handling.
  pause: (actor, state) => isCityAdmin(actor) || isLeadOfficer(actor, state),
  resume: (actor, state) => isCityAdmin(actor) || isLeadOfficer(actor, state),
  extend: isCityAdmin,
  reissueSecret: isCityAdmin,
};

function fail(code: string, messageVi: string, messageEn: string): Failure {
  return { ok: false, error: { code, messageVi, messageEn } };
}

const blank = (text: string | undefined | null) => !text || text.trim() === "";

/** A required free-text field; returns the failure or null. */
function requireText(value: string | undefined, vi: string, en: string): Failure | null {
  return blank(value) ? fail("REQUIRED", `Vui lòng nhập ${vi}.`, `Please enter ${en}.`) : null;
}

export interface ReceiveInput {
  id: string;
  channel: Channel;
  /** When the PAKN reached the office; for staff intake the date on the receipt, never in the future. */
  receivedAt: Date;
}

/** Opens a complaint (tiếp nhận): the public form (anonymous actor) or staff intake (CITY_ADMIN). */
export function receive(input: ReceiveInput, actor: DomainActor, now: Date, rules: DeadlineRules, calendar: WorkingCalendar): Decision {
  const publicForm = input.channel === "web";
  if (!publicForm && !isCityAdmin(actor)) {
    return fail("FORBIDDEN", "Chỉ cán bộ Văn phòng được tiếp nhận PAKN qua kênh này.", "Only the city office may take in a PAKN on this channel.");
  }
  if (publicForm && input.receivedAt.getTime() !== now.getTime()) {
    return fail("INVALID_RECEIVED_AT", "PAKN gửi trực tuyến được ghi nhận theo giờ hệ thống.", "An online PAKN is received at the server's time.");
  }
  if (Number.isNaN(input.receivedAt.getTime()) || input.receivedAt.getTime() > now.getTime()) {
    return fail("INVALID_RECEIVED_AT", "Ngày tiếp nhận không hợp lệ hoặc ở tương lai.", "The received date is invalid or in the future.");
  }
  const clock = { receivedAt: input.receivedAt, transferredAt: null, pauses: [], extended: false };
  const due = computeDueDates(calendar, rules, clock);
  const actorId = actorIdOf(actor);
  const state: ComplaintState = {
    id: input.id,
    channel: input.channel,
    status: "received",
    statusBeforePause: null,
    receivedAt: input.receivedAt,
    receivedDay: effectiveReceivedDay(calendar, rules, input.receivedAt),
    classification: null,
    assignments: [],
    transferredAt: null,
    draft: null,
    contributions: [],
    answeredAt: null,
    publishedAt: null,
    publishedText: null,
    publishedQuestion: null,
    returned: null,
    mergedInto: null,
    pauses: [],
    extension: null,
    due,
    alertsRaised: [],
    audit: [{ action: "receive", actorId, at: now, reason: null, fromStatus: null, toStatus: "received" }],
  };
  return {
    ok: true,
    state,
    events: [{ type: "complaints.complaint.received", complaintId: input.id, at: now, actorId, data: { channel: input.channel, receivedDay: state.receivedDay, due } }],
  };
}

function isLocalDate(text: string): boolean {
  try {
    parseLocalDate(text);
    return true;
  } catch {
    return false;
  }
}

function actorIdOf(actor: DomainActor): string {
  return actor.userId ?? actor.kind;
}

export function decide(
  complaint: ComplaintState,
  command: ComplaintCommand,
  actor: DomainActor,
  now: Date,
  rules: DeadlineRules,
  calendar: WorkingCalendar,
): Decision {
  const action = ACTION_LABELS[command.type];
  // Permission first: someone who may not act learns nothing about the complaint's state.
  if (!MAY[command.type](actor, complaint)) {
    return fail("FORBIDDEN", `Bạn không có quyền ${action.vi} PAKN này.`, `You may not ${action.en} this PAKN.`);
  }
  if (!ALLOWED_FROM[command.type].includes(complaint.status)) {
    const status = STATUS_LABELS[complaint.status];
    return fail(
      "INVALID_TRANSITION",
      `Không thể ${action.vi} khi PAKN đang ở trạng thái "${status.vi}".`,
      `Cannot ${action.en} a PAKN in state "${status.en}".`,
    );
  }
  const step = apply(complaint, command, actor, now, rules, calendar);
  if ("error" in step) return step;
  const actorId = actorIdOf(actor);
  const state: ComplaintState = {
    ...complaint,
    ...step.changes,
    audit: [
      ...complaint.audit,
      { action: command.type, actorId, at: now, reason: reasonOf(command), fromStatus: complaint.status, toStatus: step.changes.status ?? complaint.status },
    ],
  };
  const events = step.events.map((e) => ({ ...e, complaintId: complaint.id, at: now, actorId }) as DomainEvent);
  return { ok: true, state, events };
}

function reasonOf(command: ComplaintCommand): string | null {
  return "reason" in command && command.reason ? command.reason.trim() : null;
}

type PendingEvent = { [T in ComplaintEventType]: { type: T; data: EventData[T] } }[ComplaintEventType];
type Step = { changes: Partial<ComplaintState>; events: PendingEvent[] } | Failure;

function apply(s: ComplaintState, command: ComplaintCommand, actor: DomainActor, now: Date, rules: DeadlineRules, calendar: WorkingCalendar): Step {
  const actorId = actorIdOf(actor);
  const recompute = (changes: Partial<ComplaintState>) => {
    const next = { ...s, ...changes };
    return computeDueDates(calendar, rules, {
      receivedAt: next.receivedAt,
      transferredAt: next.transferredAt,
      pauses: next.pauses,
      extended: next.extension !== null,
    });
  };

  switch (command.type) {
    case "classify": {
      const missing = requireText(command.field, "lĩnh vực", "the field") ?? requireText(command.regulation, "quy định, thủ tục bị phản ánh", "the regulation concerned");
      if (missing) return missing;
      if (!CONTENT_CATEGORIES.includes(command.category) || (command.kind !== "feedback" && command.kind !== "petition")) {
        return fail("INVALID_CLASSIFICATION", "Loại PAKN hoặc nhóm nội dung không hợp lệ.", "Unknown kind or content category.");
      }
      const classification: Classification = {
        kind: command.kind,
        category: command.category,
        field: command.field.trim(),
        regulation: command.regulation.trim(),
        concernedUnitId: command.concernedUnitId ?? null,
      };
      return { changes: { status: "classified", classification }, events: [{ type: "complaints.complaint.classified", data: { classification } }] };
    }
    case "transfer": {
      const units = command.units;
      if (units.length === 0) return fail("NO_UNITS", "Vui lòng chọn ít nhất một đơn vị xử lý.", "Choose at least one handling unit.");
      if (units.filter((u) => u.lead).length !== 1) {
        return fail("ONE_LEAD", "Phải có đúng một đơn vị chủ trì.", "Exactly one unit must lead.");
      }
      if (new Set(units.map((u) => u.unitId)).size !== units.length || units.some((u) => blank(u.unitId))) {
        return fail("DUPLICATE_UNIT", "Mỗi đơn vị chỉ được chọn một lần.", "Each unit may be chosen once.");
      }
      const previousLead = s.assignments.find((a) => a.lead)?.unitId;
      const newLead = units.find((u) => u.lead)?.unitId;
      const changes: Partial<ComplaintState> = {
        status: "transferred",
        assignments: units.map((u) => ({ unitId: u.unitId, lead: u.lead })),
        transferredAt: now,
        // A new lead starts from a clean page; the old lead's draft is not theirs to send.
        draft: previousLead === newLead ? s.draft : null,
      };
      const due = recompute(changes);
      return { changes: { ...changes, due }, events: [{ type: "complaints.complaint.transferred", data: { units: changes.assignments ?? [], due } }] };
    }
    case "draftAnswer": {
      const missing =
        requireText(command.text, "nội dung trả lời", "the answer") ??
        requireText(command.documentNumber, "số văn bản trả lời", "the document number") ??
        requireText(command.documentDate, "ngày văn bản", "the document date");
      if (missing) return missing;
      if (!isLocalDate(command.documentDate)) return fail("INVALID_DATE", "Ngày văn bản không hợp lệ.", "The document date is invalid.");
      const draft: AnswerDraft = {
        unitId: actor.unitId ?? "",
        authorId: actorId,
        text: command.text.trim(),
        documentNumber: command.documentNumber.trim(),
        documentDate: command.documentDate,
        draftedAt: now,
        approvedBy: null,
        approvedAt: null,
      };
      return {
        changes: { status: "handled", draft },
        events: [{ type: "complaints.complaint.answer-drafted", data: { unitId: draft.unitId, documentNumber: draft.documentNumber } }],
      };
    }
    case "contribute": {
      const missing = requireText(command.text, "nội dung góp ý", "the contribution");
      if (missing) return missing;
      const contribution: Contribution = { unitId: actor.unitId ?? "", authorId: actorId, text: command.text.trim(), at: now };
      return {
        changes: { contributions: [...s.contributions, contribution] },
        events: [{ type: "complaints.complaint.contributed", data: { unitId: contribution.unitId } }],
      };
    }
    case "approveAnswer": {
      const draft = s.draft as AnswerDraft;
      return {
        changes: { status: "approved", draft: { ...draft, approvedBy: actorId, approvedAt: now } },
        events: [{ type: "complaints.complaint.answer-approved", data: {} }],
      };
    }
    case "returnAnswer": {
      const missing = requireText(command.reason, "lý do trả lại dự thảo", "why the draft is returned");
      if (missing) return missing;
      return {
        changes: { status: "transferred" },
        events: [{ type: "complaints.complaint.answer-returned", data: { unitId: s.draft?.unitId ?? "", reason: command.reason.trim() } }],
      };
    }
    case "sendAnswer": {
      const draft = s.draft as AnswerDraft;
      const onTime = now.getTime() <= endOfDayInstant(s.due.answer).getTime();
      return {
        changes: { status: "answered", answeredAt: now },
        events: [{ type: "complaints.complaint.answered", data: { unitId: draft.unitId, documentNumber: draft.documentNumber, onTime } }],
      };
    }
    case "publish": {
      if (command.personalDataRemovedConfirmed !== true) {
        return fail(
          "PERSONAL_DATA_NOT_CONFIRMED",
          "Vui lòng xác nhận đã loại bỏ thông tin cá nhân của người gửi trước khi công khai.",
          "Confirm that the sender's personal data was removed before publishing.",
        );
      }
      const missing = requireText(command.publishedText, "nội dung công khai", "the text to publish");
      if (missing) return missing;
      return {
        changes: {
          status: "published",
          publishedAt: now,
          publishedText: command.publishedText.trim(),
          publishedQuestion: command.publishedQuestion?.trim() || null,
        },
        events: [{ type: "complaints.complaint.published", data: {} }],
      };
    }
    case "close":
      return { changes: { status: "closed" }, events: [{ type: "complaints.complaint.closed", data: { outcome: s.status } }] };
    case "return": {
      const missing = requireText(command.reason, "lý do trả lại", "the reason") ?? requireText(command.guidance, "hướng dẫn nơi gửi", "where to go instead");
      if (missing) return missing;
      const returned = { reason: command.reason.trim(), guidance: command.guidance.trim() };
      const withinLegalLimit = now.getTime() <= endOfDayInstant(s.due.outOfScopeTransfer).getTime();
      return { changes: { status: "returned", returned }, events: [{ type: "complaints.complaint.returned", data: { ...returned, withinLegalLimit } }] };
    }
    case "merge": {
      const target = command.into;
      if (target.id === s.id) return fail("MERGE_SELF", "Không thể gộp PAKN vào chính nó.", "A PAKN cannot be merged into itself.");
      if (!OPEN.includes(target.status) && target.status !== "answered") {
        return fail("MERGE_TARGET_CLOSED", "PAKN được gộp vào phải đang được xử lý.", "The PAKN merged into must still be open.");
      }
      return { changes: { status: "merged", mergedInto: target.id }, events: [{ type: "complaints.complaint.merged", data: { intoId: target.id } }] };
    }
    case "pause": {
      const missing = requireText(command.reason, "lý do tạm dừng (thông tin cần người gửi bổ sung)", "what the sender must supply");
      if (missing) return missing;
      return {
        changes: { status: "paused", statusBeforePause: s.status, pauses: [...s.pauses, { from: now, to: null, reason: command.reason.trim() }] },
        events: [{ type: "complaints.complaint.paused", data: { reason: command.reason.trim() } }],
      };
    }
    case "resume": {
      const pauses = s.pauses.map((p) => (p.to === null ? { ...p, to: now } : p));
      const changes: Partial<ComplaintState> = { status: s.statusBeforePause ?? "received", statusBeforePause: null, pauses };
      const due = recompute(changes);
      return { changes: { ...changes, due }, events: [{ type: "complaints.complaint.resumed", data: { due } }] };
    }
    case "extend": {
      if (s.extension) {
        return fail("ALREADY_EXTENDED", "PAKN này đã được gia hạn một lần; không được gia hạn lần nữa.", "This PAKN was already extended once.");
      }
      const missing = requireText(command.reason, "lý do gia hạn", "the reason for the extension");
      if (missing) return missing;
      const changes: Partial<ComplaintState> = { extension: { reason: command.reason.trim(), at: now, actorId } };
      const due = recompute(changes);
      return { changes: { ...changes, due }, events: [{ type: "complaints.complaint.extended", data: { reason: command.reason.trim(), due } }] };
    }
    case "reissueSecret": {
      const missing = requireText(command.reason, "cách đã xác minh danh tính người gửi", "how the sender's identity was checked");
      if (missing) return missing;
      return { changes: {}, events: [{ type: "complaints.complaint.secret-reissued", data: {} }] };
    }
  }
}

/** The commands an actor may run on a complaint in its current state (for the UI's action buttons). */
export function availableCommands(state: ComplaintState, actor: DomainActor): CommandType[] {
  return (Object.keys(MAY) as CommandType[]).filter((type) => MAY[type](actor, state) && ALLOWED_FROM[type].includes(state.status));
}
