/**
 * The rules of a unit's report (báo cáo của đơn vị): who may do what in which state, the deadline lock and
 * its exception, and the checks of a correction. Vietnamese messages; the use cases refuse before changing anything.
 */
import type { LocalDate } from "@tthc/calendar";
import { isLate } from "./timeliness.ts";

export type ReportStatus = "expected" | "submitted" | "returned" | "accepted";

export interface ReportState {
  status: string;
  deadline: LocalDate;
  exceptionUntil: LocalDate | null;
  lockedOn: LocalDate | null;
}

export type Check = { ok: true } | { ok: false; message: string; field?: string };
const refuse = (message: string, field?: string): Check => ({ ok: false, message, ...(field ? { field } : {}) });
const OK: Check = { ok: true };

/** Past its deadline and without an exception still running, a report the unit has not submitted is locked. */
export function isLocked(report: ReportState, today: LocalDate): boolean {
  if (report.exceptionUntil !== null && today <= report.exceptionUntil) return false;
  return report.lockedOn !== null || isLate(today, report.deadline);
}

/** The unit may still write (narrative, corrections) and submit. */
export function canEdit(report: ReportState, today: LocalDate): Check {
  if (report.status === "submitted") return refuse("Báo cáo đã gửi, đang chờ Văn phòng xem xét.");
  if (report.status === "accepted") return refuse("Báo cáo đã được chấp nhận, không thể sửa.");
  if (isLocked(report, today)) return refuse("Báo cáo đã quá hạn nộp và bị khóa; đề nghị Văn phòng cho phép nộp muộn.");
  return OK;
}

export function canReview(report: ReportState): Check {
  return report.status === "submitted" ? OK : refuse("Chỉ xem xét được báo cáo đã gửi.");
}

/** The reason must say why; the figure is a count. */
export function checkCorrection(value: number, reason: string): Check {
  if (!Number.isInteger(value) || value < 0) return refuse("Số liệu điều chỉnh phải là số nguyên không âm.", "value");
  if (reason.trim().length < 5) return refuse("Cần nêu lý do điều chỉnh số liệu.", "reason");
  return OK;
}

export function checkReturnComment(comment: string | null | undefined): Check {
  return comment && comment.trim().length > 0 ? OK : refuse("Cần ghi ý kiến khi trả lại báo cáo.", "comment");
}

export function checkException(until: LocalDate, today: LocalDate): Check {
  return until >= today ? OK : refuse("Hạn cho phép nộp muộn phải từ hôm nay trở đi.", "until");
}

export type ReportAction = "EDIT" | "SUBMIT" | "ACCEPT" | "RETURN" | "GRANT_EXCEPTION";

/** Who reads the report: the roles, and whether it is the unit holding it (its own, or handed to it by a reorganisation). */
export interface ReportReader {
  roles: readonly string[];
  holdsReport: boolean;
}

/**
 * What the reader may do with the report now, by the same rules the mutations check: the holding unit's
 * officer writes and submits while it is open; the city office reviews a submitted one and reopens a locked one.
 */
export function allowedActions(report: ReportState, reader: ReportReader, today: LocalDate): ReportAction[] {
  const actions: ReportAction[] = [];
  if (reader.roles.includes("UNIT_OFFICER") && reader.holdsReport && canEdit(report, today).ok) actions.push("EDIT", "SUBMIT");
  if (reader.roles.includes("CITY_ADMIN")) {
    if (canReview(report).ok) actions.push("ACCEPT", "RETURN");
    if (report.status !== "submitted" && report.status !== "accepted" && isLocked(report, today)) actions.push("GRANT_EXCEPTION");
  }
  return actions;
}
