/**
 * Calendar periods (months, quarters, halves, years) and the data cut-off windows of the periodic
 * reporting regime.
 */
import { daysInMonth, localDate, localDateParts, type LocalDate } from "./local-date.ts";

export type Quarter = 1 | 2 | 3 | 4;

/** A calendar period, both ends included. */
export interface DateRange {
  start: LocalDate;
  end: LocalDate;
}

/** The days whose data a report covers (thời gian chốt số liệu), both ends included. */
export interface DataCutoffWindow {
  from: LocalDate;
  to: LocalDate;
}

export type ReportingPeriodKind = "month" | "quarter" | "half-year" | "nine-month" | "year";

/**
 * Data runs from the day after `cutoffDay` of the month before the period to `cutoffDay` of the
 * period's last month, so consecutive periods neither overlap nor leave a gap.
 */
export interface ReportingCutoffRule {
  cutoffDay: number;
}

/**
 * Decree 09/2019/NĐ-CP Art 12 pattern (15th of the previous month → 14th): docs/domain.md §2.3 marks
 * the article text [U], so this is a default to be overridden from configuration, not a constant.
 */
export const DEFAULT_REPORTING_CUTOFF_RULE: Readonly<ReportingCutoffRule> = Object.freeze({ cutoffDay: 14 });

export function quarterOf(date: LocalDate): Quarter {
  return Math.ceil(localDateParts(date).month / 3) as Quarter;
}

export function monthRange(year: number, month: number): DateRange {
  return monthsRange(year, month, month);
}

export function quarterRange(year: number, quarter: Quarter): DateRange {
  checkIndex(quarter, 4, "quarter");
  return monthsRange(year, quarter * 3 - 2, quarter * 3);
}

export function halfYearRange(year: number, half: 1 | 2): DateRange {
  checkIndex(half, 2, "half");
  return monthsRange(year, half * 6 - 5, half * 6);
}

export function yearRange(year: number): DateRange {
  return monthsRange(year, 1, 12);
}

/**
 * Data window of a periodic report. `index` is the month (1–12), quarter (1–4) or half (1–2) and
 * must be omitted for 'nine-month' and 'year'. Defaults (docs/domain.md §2.3): month 15th of the previous
 * month → 14th; quarter 15th of the month before → 14th of its last month; half-year 15/12 of the
 * previous year → 14/6; nine-month 15/12 → 14/9 (Khánh Hòa's implementing rule); year 15/12 → 14/12.
 * The second half (15/6 → 14/12) follows the same pattern, unconfirmed in 09/2019 itself [U].
 */
export function reportingCutoff(
  kind: ReportingPeriodKind,
  year: number,
  index?: number,
  rule: ReportingCutoffRule = DEFAULT_REPORTING_CUTOFF_RULE,
): DataCutoffWindow {
  const { cutoffDay } = rule;
  // 27 at most, so that the day after it exists in every month.
  if (!Number.isInteger(cutoffDay) || cutoffDay < 1 || cutoffDay > 27) {
    throw new RangeError(`cutoffDay must be 1–27, got ${cutoffDay}`);
  }
  const [firstMonth, lastMonth] = periodMonths(kind, index);
  const from = firstMonth === 1 ? localDate(year - 1, 12, cutoffDay + 1) : localDate(year, firstMonth - 1, cutoffDay + 1);
  return { from, to: localDate(year, lastMonth, cutoffDay) };
}

/** A reporting period: its year and, for months, quarters and halves, its index (as `reportingCutoff` takes them). */
export interface ReportingPeriod {
  kind: ReportingPeriodKind;
  year: number;
  index?: number;
}

/**
 * The reverse of `reportingCutoff`: the period of `kind` whose data window holds `day`, or null for the
 * days no nine-month report covers (15/9 → 14/12). A day after the cut-off day counts towards the next
 * month, so 20/12/2025 is in the first quarter and the year of 2026.
 */
export function reportingPeriodOf(
  kind: ReportingPeriodKind,
  day: LocalDate,
  rule: ReportingCutoffRule = DEFAULT_REPORTING_CUTOFF_RULE,
): ReportingPeriod | null {
  const { year, month, day: dayOfMonth } = localDateParts(day);
  reportingCutoff("month", year, month, rule); // checks the rule
  const next = dayOfMonth > rule.cutoffDay;
  const periodYear = next && month === 12 ? year + 1 : year;
  const periodMonth = next ? (month % 12) + 1 : month;
  switch (kind) {
    case "month":
      return { kind, year: periodYear, index: periodMonth };
    case "quarter":
      return { kind, year: periodYear, index: Math.ceil(periodMonth / 3) };
    case "half-year":
      return { kind, year: periodYear, index: Math.ceil(periodMonth / 6) };
    case "nine-month":
      return periodMonth <= 9 ? { kind, year: periodYear } : null;
    case "year":
      return { kind, year: periodYear };
  }
}

function periodMonths(kind: ReportingPeriodKind, index: number | undefined): [number, number] {
  switch (kind) {
    case "month": {
      const m = checkIndex(index, 12, kind);
      return [m, m];
    }
    case "quarter": {
      const q = checkIndex(index, 4, kind);
      return [q * 3 - 2, q * 3];
    }
    case "half-year": {
      const h = checkIndex(index, 2, kind);
      return [h * 6 - 5, h * 6];
    }
    case "nine-month":
    case "year":
      if (index !== undefined) throw new RangeError(`A ${kind} report takes no index, got ${index}`);
      return [1, kind === "year" ? 12 : 9];
  }
}

function checkIndex(index: number | undefined, max: number, name: string): number {
  if (index === undefined || !Number.isInteger(index) || index < 1 || index > max) {
    throw new RangeError(`${name} must be 1–${max}, got ${index}`);
  }
  return index;
}

function monthsRange(year: number, firstMonth: number, lastMonth: number): DateRange {
  return { start: localDate(year, firstMonth, 1), end: localDate(year, lastMonth, daysInMonth(year, lastMonth)) };
}
