/**
 * Findings and recommendations (kết luận, kiến nghị): a recommendation is due some working days after
 * the visit, never before it; the unit answers, the team verifies or returns it with a reason.
 */
import type { LocalDate } from "@tthc/calendar";
import { calendar } from "./calendar.ts";
import { refusal, type DomainError } from "./errors.ts";

export type RecommendationStatus = "open" | "answered" | "returned" | "verified" | "carried_over";

/** Still owed by the unit (a unit's open recommendations): not verified and not carried over to a follow-up inspection. */
export const OPEN_STATUSES: readonly RecommendationStatus[] = ["open", "answered", "returned"];

/** Waiting for the unit to act: open, or returned to it. Answered ones wait for the team, not the unit. */
export const AWAITING_UNIT_STATUSES: readonly RecommendationStatus[] = ["open", "returned"];

/**
 * Overdue: past its due day and still waiting for the unit — shown on the unit's page; the overdue job
 * (use-cases/closing.ts) selects the same rows in SQL with AWAITING_UNIT_STATUSES.
 */
export function recommendationOverdue(status: RecommendationStatus, dueDay: LocalDate, today: LocalDate): boolean {
  return AWAITING_UNIT_STATUSES.includes(status) && dueDay < today;
}

/**
 * The due day of a recommendation: `workingDays` after the visit's last day (or `today` when the visit has no
 * dates yet), or the day given, which may not be before the inspection's first day.
 */
export function recommendationDue(
  request: { dueDay?: LocalDate | null; workingDays?: number | null },
  inspection: { startDay: LocalDate | null; endDay: LocalDate | null },
  today: LocalDate,
): { ok: true; dueDay: LocalDate } | { ok: false; error: DomainError } {
  const { dueDay, workingDays } = request;
  if ((dueDay == null) === (workingDays == null))
    return {
      ok: false,
      error: refusal(
        "DUE_REQUIRED",
        "Vui lòng nhập hạn thực hiện: một ngày cụ thể hoặc số ngày làm việc.",
        "Give a due day or a number of working days, one of them.",
        "dueDay",
      ),
    };
  if (workingDays != null) {
    if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > 365)
      return {
        ok: false,
        error: refusal(
          "BAD_WORKING_DAYS",
          "Số ngày làm việc phải là số nguyên từ 1 đến 365.",
          "Working days must be 1–365.",
          "workingDays",
        ),
      };
    return { ok: true, dueDay: calendar.addWorkingDays(inspection.endDay ?? inspection.startDay ?? today, workingDays) };
  }
  const first = inspection.startDay ?? today;
  if ((dueDay as LocalDate) < first)
    return {
      ok: false,
      error: refusal(
        "DUE_BEFORE_INSPECTION",
        `Hạn thực hiện kiến nghị không được trước ngày kiểm tra (${formatDay(first)}).`,
        `A recommendation cannot be due before the inspection (${first}).`,
        "dueDay",
      ),
    };
  return { ok: true, dueDay: dueDay as LocalDate };
}

const formatDay = (day: LocalDate) => day.split("-").reverse().join("/");

/** The unit may answer an open or returned recommendation. */
export function recommendationAnswerProblem(status: RecommendationStatus, text: string): DomainError | null {
  if (status !== "open" && status !== "returned")
    return refusal(
      "NOT_ANSWERABLE",
      "Kiến nghị này đã được trả lời hoặc đã được xác nhận.",
      "This recommendation is already answered or verified.",
    );
  if (!text.trim()) return refusal("BLANK_ANSWER", "Vui lòng nhập kết quả thực hiện kiến nghị.", "Say what was done.", "answer");
  return null;
}

/** The team verifies an answered recommendation: accepted, or back to the unit with a reason. */
export function verificationProblem(
  status: RecommendationStatus,
  accepted: boolean,
  reason: string | null | undefined,
): DomainError | null {
  if (status !== "answered")
    return refusal("NOT_ANSWERED", "Chỉ xác nhận được kiến nghị mà đơn vị đã trả lời.", "Only an answered recommendation can be verified.");
  if (!accepted && !reason?.trim())
    return refusal("REASON_REQUIRED", "Vui lòng nêu lý do trả lại (chưa đạt yêu cầu).", "Say why the answer is not sufficient.", "reason");
  return null;
}
