/**
 * The city office's import template for dossier steps (docs/dossier-import.md): one row per step, the same
 * fields as a partner's `recordDossierSteps`, with Vietnamese headers. Reading a row turns its cells into a
 * DossierStepInput; times and days may be written the ISO way or the Vietnamese way (dd/mm/yyyy), and a
 * time without an offset is Vietnam's wall-clock time.
 */
import type { DossierStepInput } from "./dossiers.ts";

export interface TemplateColumn {
  key: keyof DossierStepInput;
  header: string;
  required: boolean;
  example: string;
}

/** The template's columns in order; a file may order them differently (matched by header or key). */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { key: "dossierCode", header: "Mã hồ sơ", required: true, example: "000.00.31.H29-260105-0001" },
  { key: "unitCode", header: "Mã đơn vị", required: true, example: "UBND-LE-LOI" },
  { key: "step", header: "Bước", required: true, example: "received" },
  { key: "occurredAt", header: "Thời điểm", required: true, example: "05/01/2026 09:30" },
  { key: "channel", header: "Kênh tiếp nhận", required: false, example: "online" },
  { key: "dueDay", header: "Ngày hẹn trả", required: false, example: "20/01/2026" },
  { key: "timeliness", header: "Kết quả giải quyết", required: false, example: "" },
  { key: "newDueDay", header: "Ngày hẹn mới", required: false, example: "" },
];

/** Lower case, no diacritics, single spaces: "Mã  hồ sơ" and "ma ho so" are the same header. */
const normalise = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase().replace(/\s+/g, " ").trim();

export type HeaderMap = { ok: true; positions: Map<keyof DossierStepInput, number> } | { ok: false; message: string };

/** Where each column is in the header row; every required column must be there. */
export function mapHeader(cells: readonly string[]): HeaderMap {
  const positions = new Map<keyof DossierStepInput, number>();
  cells.forEach((cell, i) => {
    const text = normalise(cell);
    const column = TEMPLATE_COLUMNS.find((c) => normalise(c.header) === text || normalise(c.key) === text);
    if (column && !positions.has(column.key)) positions.set(column.key, i);
  });
  const missing = TEMPLATE_COLUMNS.filter((c) => c.required && !positions.has(c.key)).map((c) => c.header);
  if (missing.length > 0) return { ok: false, message: `Tệp thiếu cột: ${missing.join(", ")} (xem tệp mẫu).` };
  return { ok: true, positions };
}

const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const VN_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const pad = (n: string | undefined, width = 2) => (n ?? "0").padStart(width, "0");

/** A day written dd/mm/yyyy becomes yyyy-mm-dd; anything else is left for the step check to judge. */
export function normaliseDay(text: string): string {
  const m = VN_DATE.exec(text.trim());
  return m ? `${m[3]}-${pad(m[2])}-${pad(m[1])}` : text.trim();
}

/** A time without an offset (dd/mm/yyyy hh:mm, yyyy-mm-dd hh:mm, or a bare day) is Vietnam's (+07:00). */
export function normaliseTime(text: string): string {
  const t = text.trim();
  const vn = VN_TIME.exec(t);
  if (vn) return `${vn[3]}-${pad(vn[2])}-${pad(vn[1])}T${pad(vn[4])}:${vn[5]}:${pad(vn[6])}+07:00`;
  const day = VN_DATE.exec(t);
  if (day) return `${day[3]}-${pad(day[2])}-${pad(day[1])}T00:00:00+07:00`;
  const iso = ISO_LOCAL.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}T${pad(iso[4])}:${pad(iso[5])}:${pad(iso[6])}+07:00`;
  return t;
}

/** A data row's cells as a step. */
export function rowToInput(cells: readonly string[], positions: ReadonlyMap<keyof DossierStepInput, number>): DossierStepInput {
  const cell = (key: keyof DossierStepInput) => {
    const at = positions.get(key);
    return at === undefined ? "" : (cells[at] ?? "").trim();
  };
  return {
    dossierCode: cell("dossierCode"),
    unitCode: cell("unitCode"),
    step: cell("step"),
    occurredAt: normaliseTime(cell("occurredAt")),
    channel: cell("channel") || null,
    dueDay: normaliseDay(cell("dueDay")) || null,
    timeliness: cell("timeliness") || null,
    newDueDay: normaliseDay(cell("newDueDay")) || null,
  };
}

export const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === "");
