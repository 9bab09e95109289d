/**
 * The register of PAKN (sổ theo dõi PAKN) for a period of receipt and optionally one unit, as an XLSX
 * file written to the service's file store. It carries no personal data of senders: the content
 * summary has the sender's details and detected personal data redacted, for every reader.
 */
import { formatVi, fromDbDate, type LocalDate, parseLocalDate, toDbDate, toLocalDate } from "@tthc/calendar";
import { storeFile } from "@tthc/files";
import { invalidInput, forbidden, unauthenticated, type Actor, type Role } from "@tthc/service-kit";
import { unitNames } from "@tthc/unit-replica";
import ExcelJS from "exceljs";
import type { Prisma } from "../db/generated/client.ts";
import { detectPersonalData, redact, type Channel, type ComplaintStatus } from "../domain/index.ts";
import type { ComplaintsDeps } from "./deps.ts";
import { STATUS_LABELS } from "./labels.ts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const CITY_WIDE: readonly Role[] = ["CITY_ADMIN", "LEADER", "INSPECTOR"];
const SUMMARY_LENGTH = 300;
const MAX_PERIOD_DAYS = 366;

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  web: "Cổng thông tin (trực tuyến)",
  "in-person": "Trực tiếp",
  post: "Bưu chính",
  phone: "Điện thoại",
  email: "Thư điện tử",
  "national-portal": "Cổng Dịch vụ công quốc gia",
  "other-agency": "Cơ quan khác chuyển đến",
};

export const REGISTER_COLUMNS = [
  "STT",
  "Mã PAKN",
  "Ngày nhận",
  "Kênh tiếp nhận",
  "Nội dung tóm tắt",
  "Lĩnh vực",
  "Đơn vị chủ trì",
  "Hạn xử lý",
  "Ngày trả lời",
  "Đúng hạn/Quá hạn",
  "Trạng thái",
] as const;

export interface RegisterRequest {
  from: string;
  to: string;
  unitId?: string | null;
}

export interface RegisterFile {
  fileId: string;
  name: string;
  size: number;
  rows: number;
}

/** City-wide roles see every unit; a unit officer only their own unit's register. */
function registerScope(actor: Actor, unitId: string | null): string | null {
  if (actor.kind !== "user") throw unauthenticated("Vui lòng đăng nhập.");
  if (CITY_WIDE.some((r) => actor.roles.includes(r))) return unitId;
  if (actor.roles.includes("UNIT_OFFICER") && actor.unitId && (unitId === null || unitId === actor.unitId)) return actor.unitId;
  throw forbidden();
}

function parsePeriod(from: string, to: string): { from: LocalDate; to: LocalDate } {
  const day = (field: string, text: string) => {
    try {
      return parseLocalDate(text);
    } catch {
      throw invalidInput(field, "Ngày không hợp lệ.", "Invalid date.");
    }
  };
  const period = { from: day("from", from), to: day("to", to) };
  if (period.from > period.to)
    throw invalidInput("from", "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.", "The start must not be after the end.");
  if ((toDbDate(period.to).getTime() - toDbDate(period.from).getTime()) / 86_400_000 >= MAX_PERIOD_DAYS) {
    throw invalidInput("to", "Mỗi lần xuất sổ tối đa 366 ngày.", "At most 366 days per export.");
  }
  return period;
}

type RegisterRow = Prisma.ComplaintGetPayload<object>;

/** Đúng hạn / Quá hạn of an answered PAKN; for one still open, whether its limit has passed today. */
function timeliness(row: RegisterRow, today: LocalDate): string {
  if (row.status === "returned" || row.status === "merged") return "";
  const due = fromDbDate(row.dueAnswer);
  if (row.answeredAt) return toLocalDate(row.answeredAt) <= due ? "Đúng hạn" : "Quá hạn";
  if (row.status === "closed" || row.status === "paused") return "";
  return today > due ? "Quá hạn" : "Trong hạn";
}

function summary(row: RegisterRow): string {
  const sender = {
    name: row.senderName,
    address: row.senderAddress,
    phone: row.senderPhone ?? undefined,
    email: row.senderEmail ?? undefined,
  };
  const text = redact(row.content, detectPersonalData(row.content, sender)).replace(/\s+/g, " ").trim();
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
}

async function workbook(rows: RegisterRow[], units: Map<string, string>, title: string, today: LocalDate): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Sổ theo dõi PAKN", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.mergeCells(1, 1, 1, REGISTER_COLUMNS.length);
  sheet.getCell(1, 1).value = "SỔ THEO DÕI PHẢN ÁNH, KIẾN NGHỊ";
  sheet.getCell(1, 1).font = { name: "Times New Roman", size: 14, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: "center" };
  sheet.mergeCells(2, 1, 2, REGISTER_COLUMNS.length);
  sheet.getCell(2, 1).value = title;
  sheet.getCell(2, 1).font = { name: "Times New Roman", size: 12, italic: true };
  sheet.getCell(2, 1).alignment = { horizontal: "center" };
  const header = sheet.getRow(4);
  header.values = [...REGISTER_COLUMNS];
  header.font = { name: "Times New Roman", size: 12, bold: true };
  header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  rows.forEach((row, i) => {
    const r = sheet.getRow(5 + i);
    r.values = [
      i + 1,
      row.trackingCode,
      formatVi(fromDbDate(row.receivedDay)),
      CHANNEL_LABELS[row.channel as Channel] ?? row.channel,
      summary(row),
      row.field ?? "",
      row.leadUnitId ? (units.get(row.leadUnitId) ?? row.leadUnitId) : "",
      formatVi(fromDbDate(row.dueHandle ?? row.dueAnswer)),
      row.answeredAt ? formatVi(toLocalDate(row.answeredAt)) : "",
      timeliness(row, today),
      STATUS_LABELS[row.status as ComplaintStatus]?.vi ?? row.status,
    ];
    r.font = { name: "Times New Roman", size: 12 };
    r.alignment = { vertical: "top", wrapText: true };
  });
  [6, 16, 12, 18, 60, 18, 28, 12, 12, 14, 18].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function exportComplaintRegister(deps: ComplaintsDeps, actor: Actor, request: RegisterRequest): Promise<RegisterFile> {
  const unitId = registerScope(actor, request.unitId?.trim() || null);
  const period = parsePeriod(request.from, request.to);
  const units = unitId ? await unitNames(deps.db, [unitId]) : new Map<string, string>();
  if (unitId && !units.has(unitId)) throw invalidInput("unitId", "Không tìm thấy đơn vị.", "Unit not found.");
  const rows = await deps.db.complaint.findMany({
    where: { receivedDay: { gte: toDbDate(period.from), lte: toDbDate(period.to) }, ...(unitId ? { unitIds: { has: unitId } } : {}) },
    orderBy: [{ receivedAt: "asc" }, { trackingCode: "asc" }],
  });
  const leads = await unitNames(deps.db, [...new Set(rows.flatMap((r) => (r.leadUnitId ? [r.leadUnitId] : [])))]);
  const scope = unitId ? ` — ${units.get(unitId)}` : "";
  const title = `Từ ngày ${formatVi(period.from)} đến ngày ${formatVi(period.to)}${scope}`;
  const bytes = await workbook(rows, leads, title, toLocalDate(deps.now()));
  const name = `so-theo-doi-pakn_${period.from}_${period.to}${unitId ? `_${unitId}` : ""}.xlsx`;
  const file = await storeFile(deps.db, deps.files, actor, { name, type: XLSX_TYPE, bytes });
  return { fileId: file.id, name, size: file.size, rows: rows.length };
}
