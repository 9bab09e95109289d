/**
 * The PAKN state machine (vòng đời phản ánh, kiến nghị): who may do what, in which state, and what
 * it changes. Pure: `decide` returns the next state and its events, or an error and nothing else.
 * The transitions are here; the states, commands and events are in lifecycle-types.ts, and the
 * tables of who may do what in which state in lifecycle-policy.ts.
 *
 *   received → classified → transferred → handled → approved → answered → published → closed
 *   side states: returned (out of scope), merged (duplicate), paused (waiting for the sender)
 *   extended is a flag (once, with a reason), not a state.
 */
import { endOfDayInstant, parseLocalDate, type WorkingCalendar } from "@tthc/calendar";
import { computeDueDates, effectiveReceivedDay, type DeadlineRules } from "./deadlines.ts";
import type { Channel } from "./intake.ts";
import { ACTION_LABELS, ALLOWED_FROM, isCityAdmin, MAY, OPEN } from "./lifecycle-policy.ts";
import {
  CONTENT_CATEGORIES,
  type AnswerDraft,
  type Classification,
  type CommandType,
  type ComplaintCommand,
  type ComplaintState,
  type Contribution,
  type Decision,
  type DomainActor,
  type DomainEvent,
  type Failure,
  type StatusLabels,
} from "./lifecycle-types.ts";

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
    return fail(
      "FORBIDDEN",
      "Chỉ cán bộ Văn phòng được tiếp nhận PAKN qua kênh này.",
      "Only the city office may take in a PAKN on this channel.",
    );
  }
  if (publicForm && input.receivedAt.getTime() !== now.getTime()) {
    return fail(
      "INVALID_RECEIVED_AT",
      "PAKN gửi trực tuyến được ghi nhận theo giờ hệ thống.",
      "An online PAKN is received at the server's time.",
    );
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
    events: [
      {
        type: "complaints.complaint.received",
        complaintId: input.id,
        at: now,
        actorId,
        data: { channel: input.channel, receivedDay: state.receivedDay, due },
      },
    ],
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
  statusLabels: StatusLabels,
): Decision {
  const action = ACTION_LABELS[command.type];
  // Permission first: someone who may not act learns nothing about the complaint's state.
  if (!MAY[command.type](actor, complaint)) {
    return fail("FORBIDDEN", `Bạn không có quyền ${action.vi} PAKN này.`, `You may not ${action.en} this PAKN.`);
  }
  if (!ALLOWED_FROM[command.type].includes(complaint.status)) {
    const status = statusLabels[complaint.status];
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
      {
        action: command.type,
        actorId,
        at: now,
        reason: reasonOf(command),
        fromStatus: complaint.status,
        toStatus: step.changes.status ?? complaint.status,
      },
    ],
  };
  const events = step.events.map((e) => ({ ...e, complaintId: complaint.id, at: now, actorId }) as DomainEvent);
  return { ok: true, state, events };
}

function reasonOf(command: ComplaintCommand): string | null {
  return "reason" in command && command.reason ? command.reason.trim() : null;
}

/** An event before decide() stamps it with the complaint, the time and the actor. */
type PendingOf<E> = E extends DomainEvent ? { type: E["type"]; data: E["data"] } : never;
type PendingEvent = PendingOf<DomainEvent>;
type Step = { changes: Partial<ComplaintState>; events: PendingEvent[] } | Failure;

function apply(
  s: ComplaintState,
  command: ComplaintCommand,
  actor: DomainActor,
  now: Date,
  rules: DeadlineRules,
  calendar: WorkingCalendar,
): Step {
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
      const missing =
        requireText(command.field, "lĩnh vực", "the field") ??
        requireText(command.regulation, "quy định, thủ tục bị phản ánh", "the regulation concerned");
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
      return {
        changes: { status: "classified", classification },
        events: [{ type: "complaints.complaint.classified", data: { classification } }],
      };
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
      return {
        changes: { ...changes, due },
        events: [{ type: "complaints.complaint.transferred", data: { units: changes.assignments ?? [], due } }],
      };
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
      const missing =
        requireText(command.reason, "lý do trả lại", "the reason") ??
        requireText(command.guidance, "hướng dẫn nơi gửi", "where to go instead");
      if (missing) return missing;
      const returned = { reason: command.reason.trim(), guidance: command.guidance.trim() };
      const withinLegalLimit = now.getTime() <= endOfDayInstant(s.due.outOfScopeTransfer).getTime();
      return {
        changes: { status: "returned", returned },
        events: [{ type: "complaints.complaint.returned", data: { ...returned, withinLegalLimit } }],
      };
    }
    case "merge": {
      const target = command.into;
      if (target.id === s.id) return fail("MERGE_SELF", "Không thể gộp PAKN vào chính nó.", "A PAKN cannot be merged into itself.");
      if (!OPEN.includes(target.status) && target.status !== "answered") {
        return fail("MERGE_TARGET_CLOSED", "PAKN được gộp vào phải đang được xử lý.", "The PAKN merged into must still be open.");
      }
      return {
        changes: { status: "merged", mergedInto: target.id },
        events: [{ type: "complaints.complaint.merged", data: { intoId: target.id } }],
      };
    }
    case "pause": {
      const missing = requireText(command.reason, "lý do tạm dừng (thông tin cần người gửi bổ sung)", "what the sender must supply");
      if (missing) return missing;
      return {
        changes: {
          status: "paused",
          statusBeforePause: s.status,
          pauses: [...s.pauses, { from: now, to: null, reason: command.reason.trim() }],
        },
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
        return fail(
          "ALREADY_EXTENDED",
          "PAKN này đã được gia hạn một lần; không được gia hạn lần nữa.",
          "This PAKN was already extended once.",
        );
      }
      const missing = requireText(command.reason, "lý do gia hạn", "the reason for the extension");
      if (missing) return missing;
      const changes: Partial<ComplaintState> = { extension: { reason: command.reason.trim(), at: now, actorId } };
      const due = recompute(changes);
      return {
        changes: { ...changes, due },
        events: [{ type: "complaints.complaint.extended", data: { reason: command.reason.trim(), due } }],
      };
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
