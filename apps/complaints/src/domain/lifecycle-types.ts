/**
 * The PAKN lifecycle's vocabulary: its states, the commands that move it, the events it emits and
 * the result of a decision. The policy tables are in lifecycle-policy.ts, the transitions in
 * lifecycle.ts.
 */
import type { LocalDate } from "@tthc/calendar";
import type { Role } from "@tthc/service-kit";
import type { ClockPause, ComplaintDueDates } from "./deadlines.ts";
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
  | {
      type: "classify";
      kind: ComplaintKind;
      category: ContentCategory;
      field: string;
      regulation: string;
      concernedUnitId?: string | null;
      reason?: string;
    }
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

/** A text in both languages of the UI. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * What each status is called. The domain deals in codes; the caller brings the names (they are
 * presentation, kept with the other UI texts), and the domain only quotes them in its messages.
 */
export type StatusLabels = Readonly<Record<ComplaintStatus, LocalizedText>>;
