/**
 * The Decision 766/QĐ-TTg service-quality index (docs/domain.md §4): per unit and CALENDAR month (the periodic
 * reports use cut-off windows, the index does not), each indicator's rate against its target, its points, the
 * unit's total, rank and trend. Targets and maxima are configuration (IndexIndicator), never constants here.
 */
import type { Check } from "./unit-report.ts";

/** YYYY-MM, months 01–12. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => MONTH.test(value);

/** The first and last day of a calendar month (YYYY-MM-DD). */
export function monthBounds(month: string): { start: string; end: string } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${month}-01`, end: `${month}-${String(last).padStart(2, "0")}` };
}

/** The month `n` months after `month` (negative: before). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

export interface IndicatorScore {
  /** numerator / denominator; null without a denominator (no data that month) */
  rate: number | null;
  points: number;
}

/**
 * The scoring of §4 [S]: full points when the rate R reaches the target T, else R / T × the maximum. Without a
 * denominator (no dossier, no PAKN, no manual value) the indicator scores 0: the index rewards what is shown,
 * and the page says "no data" rather than a rate. db/service-quality.ts applies the same rule in SQL to rank
 * and page every unit; the service test checks both against the same hand-computed figures.
 */
export function score(numerator: number | null, denominator: number | null, target: number, maxPoints: number): IndicatorScore {
  if (numerator === null || denominator === null || denominator <= 0) return { rate: null, points: 0 };
  const rate = numerator / denominator;
  if (target <= 0 || rate >= target) return { rate, points: maxPoints };
  return { rate, points: (rate / target) * maxPoints };
}

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
