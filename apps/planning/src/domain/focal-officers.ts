/**
 * Focal officers (cán bộ đầu mối thực hiện nhiệm vụ kiểm soát TTHC, seed §II.1): each change of a
 * unit's list is made by a decision (quyết định) whose number and date are kept with it.
 */
import type { LocalDate } from "@tthc/calendar";
import type { Checked } from "./progress-report.ts";

export interface FocalOfficer {
  name: string;
  position: string;
  phone: string;
  email: string;
}

export interface FocalOfficerChangeInput {
  decisionNumber: string;
  decisionDate: string;
  officers: readonly FocalOfficer[];
}

export interface ValidFocalOfficerChange {
  decisionNumber: string;
  decisionDate: LocalDate;
  officers: FocalOfficer[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 .-]{8,15}$/;
const MAX_OFFICERS = 20;

function isRealDay(text: string): boolean {
  return ISO_DAY.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

export function checkFocalOfficerChange(input: FocalOfficerChangeInput, today: LocalDate): Checked<ValidFocalOfficerChange> {
  const decisionNumber = input.decisionNumber.trim();
  if (decisionNumber === "" || decisionNumber.length > 100)
    return { ok: false, field: "decisionNumber", message: "Vui lòng nhập số quyết định (tối đa 100 ký tự)." };
  if (!isRealDay(input.decisionDate)) return { ok: false, field: "decisionDate", message: "Ngày quyết định không hợp lệ." };
  if (input.decisionDate > today) return { ok: false, field: "decisionDate", message: "Ngày quyết định không được sau ngày hôm nay." };
  if (input.officers.length === 0) return { ok: false, field: "officers", message: "Đơn vị phải có ít nhất một cán bộ đầu mối." };
  if (input.officers.length > MAX_OFFICERS)
    return { ok: false, field: "officers", message: `Tối đa ${MAX_OFFICERS} cán bộ đầu mối cho một đơn vị.` };
  const officers: FocalOfficer[] = [];
  for (const [i, o] of input.officers.entries()) {
    const officer = { name: o.name.trim(), position: o.position.trim(), phone: o.phone.trim(), email: o.email.trim() };
    const at = `Cán bộ thứ ${i + 1}`;
    if (officer.name === "" || officer.name.length > 200)
      return { ok: false, field: `officers.${i}.name`, message: `${at}: vui lòng nhập họ và tên.` };
    if (officer.position === "" || officer.position.length > 200)
      return { ok: false, field: `officers.${i}.position`, message: `${at}: vui lòng nhập chức vụ.` };
    if (!PHONE.test(officer.phone)) return { ok: false, field: `officers.${i}.phone`, message: `${at}: số điện thoại không hợp lệ.` };
    if (!EMAIL.test(officer.email) || officer.email.length > 200)
      return { ok: false, field: `officers.${i}.email`, message: `${at}: địa chỉ thư điện tử không hợp lệ.` };
    officers.push(officer);
  }
  return { ok: true, value: { decisionNumber, decisionDate: input.decisionDate as LocalDate, officers } };
}
