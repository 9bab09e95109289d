/**
 * The Decision 766/QĐ-TTg service-quality index (docs/domain.md §4): per unit and CALENDAR month (the periodic
 * reports use cut-off windows, the index does not), each indicator's rate against its target, its points, the
 * unit's total, rank and trend. Targets and maxima are configuration (IndexIndicator), never constants here.
 */
import { isMonth } from "@tthc/calendar";
import type { Check } from "./unit-report.ts";

/** Points are shown and ranked to two decimals. */
export const roundPoints = (points: number): number => Math.round(points * 100) / 100;

export type Trend = "UP" | "DOWN" | "SAME";

/** The change of the total against the previous month; null when the unit had no index then. */
export function trend(total: number, previousTotal: number | null): { change: number | null; trend: Trend | null } {
  if (previousTotal === null) return { change: null, trend: null };
  const change = roundPoints(total - previousTotal);
  return { change, trend: change > 0 ? "UP" : change < 0 ? "DOWN" : "SAME" };
}

export interface ManualValueInput {
  month: string;
  numerator: number;
  denominator: number;
  source: string;
}

export const MANUAL_SOURCE_MAX = 500;

const refuse = (message: string, field: string): Check => ({ ok: false, message, field });

/** A manual value the city office enters: a past or current month, 0 ≤ numerator ≤ denominator, denominator > 0, a source. */
export function checkManualValue(input: ManualValueInput, currentMonth: string): Check {
  if (!isMonth(input.month)) return refuse("Tháng phải có dạng YYYY-MM.", "month");
  if (input.month > currentMonth) return refuse(`Không nhập được số liệu cho tháng chưa đến (sau ${currentMonth}).`, "month");
  if (!Number.isInteger(input.denominator) || input.denominator <= 0) return refuse("Mẫu số phải là số nguyên lớn hơn 0.", "denominator");
  if (!Number.isInteger(input.numerator) || input.numerator < 0) return refuse("Tử số phải là số nguyên không âm.", "numerator");
  if (input.numerator > input.denominator) return refuse("Tử số không được lớn hơn mẫu số.", "numerator");
  const source = input.source.trim();
  if (source.length === 0) return refuse("Hãy ghi nguồn của số liệu.", "source");
  if (source.length > MANUAL_SOURCE_MAX) return refuse(`Nguồn số liệu dài tối đa ${MANUAL_SOURCE_MAX} ký tự.`, "source");
  return { ok: true };
}
