/** The year's inspection plan (kế hoạch kiểm tra): what a valid item is. */
import type { PeriodKind } from "./calendar.ts";
import { refusal, type DomainError } from "./errors.ts";

export type InspectionType = "periodic" | "unannounced" | "thematic";

export interface PlanItemInput {
  unitId: string;
  periodKind: PeriodKind;
  period: number;
  type: InspectionType;
  focus: string;
}

export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;

/**
 * The first problem of a plan's draft, or null. `unitProblem` says why the plan may not name a unit (not
 * in the directory's replica, or not existing on the plan year's 1 January), or null when it may.
 */
export function planProblem(
  year: number,
  title: string,
  items: readonly PlanItemInput[],
  unitProblem: (id: string) => { vi: string; en: string } | null,
): DomainError | null {
  if (!Number.isInteger(year) || year < MIN_PLAN_YEAR || year > MAX_PLAN_YEAR)
    return refusal(
      "BAD_YEAR",
      `Năm kế hoạch phải từ ${MIN_PLAN_YEAR} đến ${MAX_PLAN_YEAR}.`,
      `The plan's year must be ${MIN_PLAN_YEAR}–${MAX_PLAN_YEAR}.`,
      "year",
    );
  if (!title.trim()) return refusal("BLANK_TITLE", "Vui lòng nhập tên kế hoạch kiểm tra.", "The plan needs a title.", "title");
  if (items.length === 0)
    return refusal(
      "NO_ITEMS",
      "Kế hoạch kiểm tra phải có ít nhất một đơn vị được kiểm tra.",
      "The plan needs at least one inspected unit.",
      "items",
    );
  for (const [index, item] of items.entries()) {
    const row = index + 1;
    const unit = unitProblem(item.unitId);
    if (unit) return refusal("UNKNOWN_UNIT", `Dòng ${row}: ${unit.vi}`, `Row ${row}: ${unit.en}`, "items");
    const last = item.periodKind === "month" ? 12 : 4;
    if (!Number.isInteger(item.period) || item.period < 1 || item.period > last)
      return refusal(
        "BAD_PERIOD",
        item.periodKind === "month" ? `Dòng ${row}: tháng phải từ 1 đến 12.` : `Dòng ${row}: quý phải từ 1 đến 4.`,
        `Row ${row}: the ${item.periodKind} must be 1–${last}.`,
        "items",
      );
    if (!item.focus.trim())
      return refusal("BLANK_FOCUS", `Dòng ${row}: vui lòng nhập nội dung trọng tâm kiểm tra.`, `Row ${row}: the focus is empty.`, "items");
  }
  return null;
}
