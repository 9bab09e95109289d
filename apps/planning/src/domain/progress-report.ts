/**
 * The rules of a progress report (báo cáo tiến độ) and of its review, pure so that they are tested
 * without a database. A problem comes back with the field and a Vietnamese message for the form.
 */
import type { LocalDate } from "@tthc/calendar";

export type ProgressStatus = "not_started" | "in_progress" | "done" | "blocked";

export interface ProgressReportInput {
  status: ProgressStatus;
  note: string;
  evidenceNumber?: string | null;
  evidenceDate?: string | null;
  evidenceLink?: string | null;
  fileIds?: readonly string[] | null;
}

export interface ValidProgressReport {
  status: ProgressStatus;
  note: string;
  evidenceNumber: string | null;
  evidenceDate: LocalDate | null;
  evidenceLink: string | null;
  fileIds: string[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

const MAX_NOTE = 5_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

export function checkProgressReport(input: ProgressReportInput, today: LocalDate): Checked<ValidProgressReport> {
  const note = input.note.trim();
  const evidenceNumber = blankToNull(input.evidenceNumber);
  const evidenceDate = blankToNull(input.evidenceDate);
  const evidenceLink = blankToNull(input.evidenceLink);
  const fileIds = [...new Set(input.fileIds ?? [])];
  const fail = (field: string, message: string): Checked<ValidProgressReport> => ({ ok: false, field, message });

  if (note === "") return fail("note", "Vui lòng nhập nội dung báo cáo.");
  if (note.length > MAX_NOTE) return fail("note", `Nội dung báo cáo tối đa ${MAX_NOTE} ký tự.`);
  if (evidenceNumber && evidenceNumber.length > 100) return fail("evidenceNumber", "Số văn bản tối đa 100 ký tự.");
  if (evidenceDate !== null && !isRealDay(evidenceDate)) return fail("evidenceDate", "Ngày văn bản không hợp lệ (dd/MM/yyyy).");
  if (evidenceDate !== null && evidenceDate > today) return fail("evidenceDate", "Ngày văn bản minh chứng không được sau ngày hôm nay.");
  if ((evidenceNumber === null) !== (evidenceDate === null)) {
    return fail(evidenceNumber === null ? "evidenceNumber" : "evidenceDate", "Văn bản minh chứng cần có cả số văn bản và ngày văn bản.");
  }
  if (evidenceLink !== null && !/^https?:\/\/[^\s]+$/i.test(evidenceLink)) {
    return fail("evidenceLink", "Đường dẫn minh chứng phải là địa chỉ bắt đầu bằng http:// hoặc https://.");
  }
  if (fileIds.length > 20) return fail("fileIds", "Tối đa 20 tệp đính kèm cho một báo cáo.");
  const hasEvidence = evidenceNumber !== null || evidenceLink !== null || fileIds.length > 0;
  if (input.status === "done" && !hasEvidence) {
    return fail("evidence", "Báo cáo hoàn thành cần có minh chứng: số và ngày văn bản, tệp đính kèm hoặc đường dẫn.");
  }
  return {
    ok: true,
    value: { status: input.status, note, evidenceNumber, evidenceDate: evidenceDate as LocalDate | null, evidenceLink, fileIds },
  };
}

export type ReviewDecision = "accept" | "return";

/** A returned report must say why; an accepted one may. */
export function checkReviewComment(decision: ReviewDecision, comment: string | null | undefined): Checked<string | null> {
  const text = comment?.trim() ?? "";
  if (text.length > 2_000) return { ok: false, field: "comment", message: "Ý kiến tối đa 2.000 ký tự." };
  if (decision === "return" && text === "") return { ok: false, field: "comment", message: "Vui lòng nêu lý do trả lại báo cáo." };
  return { ok: true, value: text === "" ? null : text };
}
