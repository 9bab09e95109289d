/**
 * A dossier step (bước của hồ sơ TTHC) as a partner one-stop system or the city office's import states it,
 * checked before it becomes a `reporting.dossier.recorded` event: the dossier code against the configured
 * formats (docs/domain.md §3.6), the unit against the replica, and the fields each step needs. Every refusal
 * is a Vietnamese message naming the field, so a partner or an import row can say exactly what is wrong.
 */
import { parseLocalDate, toLocalDate, type LocalDate } from "@tthc/calendar";
import { DOSSIER_STEPS, type EventData } from "@tthc/events";

export type DossierStep = (typeof DOSSIER_STEPS)[number];
export type DossierChannel = "online" | "in-person" | "post";
export type DossierTimeliness = "early" | "on-time" | "late";

/** A step as sent: strings, unchecked. */
export interface DossierStepInput {
  dossierCode: string;
  unitCode: string;
  step: string;
  /** ISO 8601 instant with its offset */
  occurredAt: string;
  channel?: string | null;
  dueDay?: string | null;
  timeliness?: string | null;
  newDueDay?: string | null;
}

/** A checked step: the event's data (without its origin) and its instant. */
export interface DossierStepFact {
  data: Omit<EventData<"reporting.dossier.recorded">, "origin" | "importId">;
  occurredAt: Date;
}

export interface DossierCodeFormat {
  code: string;
  pattern: string;
}

export type StepCheck = { ok: true; fact: DossierStepFact } | { ok: false; field: string; message: string };

const CHANNELS: readonly DossierChannel[] = ["online", "in-person", "post"];
const TIMELINESS: readonly DossierTimeliness[] = ["early", "on-time", "late"];
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_CODE_LENGTH = 64;

const STEP_LABELS: Record<DossierStep, string> = {
  received: "tiếp nhận",
  resolved: "trả kết quả",
  "returned-for-completion": "yêu cầu bổ sung",
  refused: "từ chối",
  withdrawn: "rút hồ sơ",
  "apology-issued": "phiếu xin lỗi",
  "paid-online": "thanh toán trực tuyến",
  digitised: "số hóa",
  "result-issued-electronically": "trả kết quả điện tử",
};

/** The day, or null when `text` is not a real YYYY-MM-DD day. */
function localDateOrNull(text: string): LocalDate | null {
  try {
    return parseLocalDate(text);
  } catch {
    return null;
  }
}

const fail = (field: string, message: string): StepCheck => ({ ok: false, field, message });

/** The receipt date the code carries (YYMMDD in its "date" group), or null when the code matches no active format. */
export function receiptDateOfCode(code: string, formats: readonly DossierCodeFormat[]): LocalDate | null | "bad-date" {
  for (const format of formats) {
    const match = new RegExp(format.pattern).exec(code);
    if (!match) continue;
    const yymmdd = match.groups?.date;
    if (!yymmdd) return "bad-date";
    return localDateOrNull(`20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`) ?? "bad-date";
  }
  return null;
}

function optionalDay(value: string | null | undefined): LocalDate | null | "bad" {
  if (value === null || value === undefined || value === "") return null;
  return localDateOrNull(value) ?? "bad";
}

/**
 * Check one step. `unitIdOf` resolves a unit code of the directory (null when unknown); `today` bounds the
 * step's time (a step cannot have happened tomorrow).
 */
export function checkDossierStep(
  input: DossierStepInput,
  formats: readonly DossierCodeFormat[],
  unitIdOf: (code: string) => string | null,
  today: LocalDate,
): StepCheck {
  const code = input.dossierCode.trim();
  if (!code) return fail("dossierCode", "Thiếu mã hồ sơ.");
  if (code.length > MAX_CODE_LENGTH) return fail("dossierCode", `Mã hồ sơ dài quá ${MAX_CODE_LENGTH} ký tự.`);
  const receiptDate = receiptDateOfCode(code, formats);
  if (receiptDate === null)
    return fail("dossierCode", `Mã hồ sơ "${code}" không đúng định dạng (ví dụ 000.00.31.H29-260105-0001 hoặc H29.123.45-260105-010001).`);
  if (receiptDate === "bad-date") return fail("dossierCode", `Mã hồ sơ "${code}" có ngày tiếp nhận (YYMMDD) không hợp lệ.`);

  const unitCode = input.unitCode.trim();
  if (!unitCode) return fail("unitCode", "Thiếu mã đơn vị.");
  const unitId = unitIdOf(unitCode);
  if (unitId === null) return fail("unitCode", `Không có đơn vị mã "${unitCode}" trong danh mục đơn vị.`);

  const step = input.step.trim() as DossierStep;
  if (!(DOSSIER_STEPS as readonly string[]).includes(step))
    return fail("step", `Bước "${input.step}" không hợp lệ; dùng một trong: ${DOSSIER_STEPS.join(", ")}.`);

  const when = input.occurredAt.trim();
  const occurredAt = ISO_INSTANT.test(when) ? new Date(when) : null;
  if (!occurredAt || Number.isNaN(occurredAt.getTime()))
    return fail("occurredAt", `Thời điểm "${input.occurredAt}" không hợp lệ (dạng 2026-01-05T09:30:00+07:00).`);
  const day = toLocalDate(occurredAt);
  if (day > today) return fail("occurredAt", "Thời điểm ở tương lai.");
  if (day < receiptDate)
    return fail("occurredAt", `Thời điểm ${STEP_LABELS[step]} trước ngày tiếp nhận ghi trong mã hồ sơ (${receiptDate}).`);

  const data: DossierStepFact["data"] = { dossierCode: code, unitId, step };
  if (step === "received") {
    const channel = input.channel?.trim() ?? "";
    if (!(CHANNELS as readonly string[]).includes(channel))
      return fail("channel", "Hồ sơ tiếp nhận cần kênh: online (trực tuyến), in-person (trực tiếp) hoặc post (bưu chính).");
    const due = optionalDay(input.dueDay);
    if (due === null || due === "bad") return fail("dueDay", "Hồ sơ tiếp nhận cần ngày hẹn trả (dạng 2026-01-20).");
    if (due < day) return fail("dueDay", "Ngày hẹn trả trước ngày tiếp nhận.");
    data.channel = channel as DossierChannel;
    data.dueDay = due;
  }
  if (step === "resolved") {
    const timeliness = input.timeliness?.trim() ?? "";
    if (!(TIMELINESS as readonly string[]).includes(timeliness))
      return fail("timeliness", "Hồ sơ đã giải quyết cần kết quả: early (trước hạn), on-time (đúng hạn) hoặc late (quá hạn).");
    data.timeliness = timeliness as DossierTimeliness;
  }
  if (step === "apology-issued") {
    const due = optionalDay(input.newDueDay);
    if (due === null || due === "bad") return fail("newDueDay", "Phiếu xin lỗi cần ngày hẹn trả mới (dạng 2026-01-25).");
    data.newDueDay = due;
  }
  return { ok: true, fact: { data, occurredAt } };
}

/** What identifies a step, whoever sends it: the same dossier, step and instant is the same step (its event id derives from it). */
export const stepKey = (fact: DossierStepFact): string => `${fact.data.dossierCode}|${fact.data.step}|${fact.occurredAt.toISOString()}`;
