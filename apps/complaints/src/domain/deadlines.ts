/**
 * The legal clock of a PAKN (thời hạn xử lý phản ánh, kiến nghị), docs/domain.md §1.7 and §7.
 *
 * Decree 20/2008 fixes one limit only (an out-of-scope PAKN goes to the competent body within
 * 5 working days); every other limit is the locality's rule, so all of them are configuration
 * whose defaults and sources are shown to the administrator.
 */
import { toLocalDate, type DueDate, type LocalDate, type TimeOfDay, type WorkingCalendar } from "@tthc/calendar";
import { z } from "zod";

export interface DeadlineRules {
  /** Out-of-scope PAKN transferred to the competent body (chuyển cơ quan có thẩm quyền). */
  transferOutOfScopeWorkingDays: number;
  /** Receipt → classification (phân loại). */
  classifyWorkingDays: number;
  /** Transfer → the lead unit's drafted answer (đơn vị chủ trì xử lý). */
  handleWorkingDays: number;
  /** Receipt → the answer sent to the sender: the due date the sender sees. */
  answerWorkingDays: number;
  /**
   * Added once to the handling and answer due dates by an extension (gia hạn). Counted as part of
   * the limit, so it equals "N working days after the current due date" and a later pause still
   * suspends it.
   */
  extensionWorkingDays: number;
  /** A step is "due soon" when this many working days or fewer remain. */
  dueSoonWorkingDays: number;
  /** Received at or after this time (Hanoi), a PAKN counts as received the next working day; null = no cut-off. */
  officeHoursCutoff: TimeOfDay | null;
}

export const DEFAULT_DEADLINE_RULES: Readonly<DeadlineRules> = Object.freeze({
  transferOutOfScopeWorkingDays: 5,
  classifyWorkingDays: 3,
  handleWorkingDays: 10,
  answerWorkingDays: 15,
  extensionWorkingDays: 10,
  dueSoonWorkingDays: 2,
  officeHoursCutoff: Object.freeze({ hour: 17, minute: 0 }),
});

export interface RuleSource {
  /** true only where a legal text fixes the value; the others are the locality's choice. */
  legal: boolean;
  vi: string;
  en: string;
}

/** Shown next to each value on the administrator's settings page. */
export const DEADLINE_RULE_SOURCES: Readonly<Record<keyof DeadlineRules, RuleSource>> = Object.freeze({
  transferOutOfScopeWorkingDays: {
    legal: true,
    vi: "Nghị định 20/2008/NĐ-CP, Điều 9 khoản 1 điểm d: chuyển cơ quan có thẩm quyền trong 05 ngày làm việc kể từ ngày tiếp nhận.",
    en: "Decree 20/2008 Art 9.1.d: transfer to the competent body within 5 working days of receipt.",
  },
  classifyWorkingDays: {
    legal: false,
    vi: "Quy định của địa phương (có thể thay đổi). Tham khảo: Thông tư 11/2014/TT-BCT chuyển trong 03 ngày làm việc.",
    en: "Locality rule (configurable). Precedent: Circular 11/2014/TT-BCT forwards within 3 working days.",
  },
  handleWorkingDays: {
    legal: false,
    vi: "Quy định của địa phương (có thể thay đổi). Tham khảo: Thông tư 11/2014/TT-BCT, trường hợp phức tạp 10 ngày làm việc.",
    en: "Locality rule (configurable). Precedent: Circular 11/2014/TT-BCT allows 10 working days for complex cases.",
  },
  answerWorkingDays: {
    legal: false,
    vi: "Quy định của địa phương (có thể thay đổi): phân loại + xử lý + phê duyệt và gửi trả lời.",
    en: "Locality rule (configurable): classification + handling + approval and sending.",
  },
  extensionWorkingDays: {
    legal: false,
    vi: "Quy định của địa phương (có thể thay đổi); gia hạn một lần, có lý do.",
    en: "Locality rule (configurable); one extension, with a reason.",
  },
  dueSoonWorkingDays: {
    legal: false,
    vi: "Quy định của địa phương (có thể thay đổi): ngưỡng cảnh báo sắp đến hạn.",
    en: "Locality rule (configurable): the due-soon warning threshold.",
  },
  officeHoursCutoff: {
    legal: false,
    vi: "Quy định của địa phương (có thể thay đổi): hết giờ làm việc buổi chiều. Mốc 15 giờ của Nghị định 61/2018 Điều 18 áp dụng cho hồ sơ TTHC, không áp dụng cho PAKN.",
    en: "Locality rule (configurable): the end of afternoon office hours. The 15:00 cut-off of Decree 61/2018 Art 18 governs TTHC dossiers, not PAKN.",
  },
});

const workingDays = z.number().int().min(0).max(365);

/** Validates an administrator's edit of the rules. */
export const deadlineRulesSchema = z.object({
  transferOutOfScopeWorkingDays: workingDays,
  classifyWorkingDays: workingDays,
  handleWorkingDays: workingDays,
  answerWorkingDays: workingDays,
  extensionWorkingDays: workingDays,
  dueSoonWorkingDays: workingDays,
  officeHoursCutoff: z.object({ hour: z.number().int().min(0).max(23), minute: z.number().int().min(0).max(59) }).nullable(),
});

/** A suspension of the clock (tạm dừng) while waiting for the sender; `to` is null while it lasts. */
export interface ClockPause {
  from: Date;
  to: Date | null;
}

export interface ClockInput {
  receivedAt: Date;
  /** When the lead unit received the transfer; null before the transfer. */
  transferredAt: Date | null;
  pauses: readonly ClockPause[];
  extended: boolean;
}

export interface ComplaintDueDates {
  classify: LocalDate;
  outOfScopeTransfer: LocalDate;
  /** Null before the transfer. */
  handle: LocalDate | null;
  answer: LocalDate;
}

/**
 * Every due date of a complaint from its clock facts. Only finished pauses count: while a pause
 * lasts the clock is stopped and the due dates are recomputed when it ends.
 */
export function computeDueDates(calendar: WorkingCalendar, rules: DeadlineRules, clock: ClockInput): ComplaintDueDates {
  const pauses = clock.pauses.flatMap((p) => (p.to ? [{ from: p.from, to: p.to }] : []));
  const extra = clock.extended ? rules.extensionWorkingDays : 0;
  const due = (received: Date, days: number): LocalDate =>
    calendar.dueDate({ received, workingDays: days, cutoff: rules.officeHoursCutoff, pauses }).dueDay;
  return {
    classify: due(clock.receivedAt, rules.classifyWorkingDays),
    outOfScopeTransfer: due(clock.receivedAt, rules.transferOutOfScopeWorkingDays),
    // A transfer sent after the cut-off reaches the unit the next working day, like a receipt.
    handle: clock.transferredAt ? due(clock.transferredAt, rules.handleWorkingDays + extra) : null,
    answer: due(clock.receivedAt, rules.answerWorkingDays + extra),
  };
}

/** The effective day of receipt (ngày tiếp nhận) under the locality's cut-off. */
export function effectiveReceivedDay(calendar: WorkingCalendar, rules: DeadlineRules, receivedAt: Date): LocalDate {
  return calendar.receivedDay(receivedAt, rules.officeHoursCutoff);
}

export type DueStatus = "on-track" | "due-soon" | "overdue";

export function dueStatus(
  due: LocalDate | DueDate,
  now: Date,
  calendar: WorkingCalendar,
  rules: Pick<DeadlineRules, "dueSoonWorkingDays">,
): DueStatus {
  const dueDay = typeof due === "string" ? due : due.dueDay;
  const remaining = calendar.workingDaysRemaining(dueDay, toLocalDate(now));
  if (remaining < 0) return "overdue";
  return remaining <= rules.dueSoonWorkingDays ? "due-soon" : "on-track";
}
