/**
 * The dated occurrences (lần thực hiện) a task's timeframe implies within its plan's years (one
 * calendar year, or a span such as 2026–2030: recurring and continuous work then recurs in each).
 * Keys are stable, so issuing a plan again or re-reading a timeframe finds the occurrences already made.
 */
import {
  addDays,
  formatVi,
  halfYearRange,
  monthRange,
  quarterRange,
  yearRange,
  type LocalDate,
  type Quarter,
  type WorkingCalendar,
} from "@tthc/calendar";
import { numberToRoman } from "./text/roman-numerals.ts";
import type { ParsedTimeframe, RecurrenceUnit, TimeframePart } from "./timeframe/index.ts";

export type OccurrenceKind = "deadline" | "period" | "check-in";

export interface Occurrence {
  /** "2024-01-31" (deadline), "2024-Q2", "2024-M01", "2024-H1", "2024-Y". */
  key: string;
  label: string;
  dueDay: LocalDate;
  kind: OccurrenceKind;
}

export interface OccurrenceContext {
  /** The plan's first calendar year. */
  planYear: number;
  /** The plan's last calendar year; the first when absent (a one-year plan). */
  lastYear?: number;
  calendar: WorkingCalendar;
}

function yearsOf(ctx: OccurrenceContext, from = ctx.planYear, to = ctx.lastYear ?? ctx.planYear): number[] {
  const first = Math.max(from, ctx.planYear);
  const last = Math.min(to, ctx.lastYear ?? ctx.planYear);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** When two parts give the same period, a real report outranks a progress check-in. */
const KIND_RANK: Record<OccurrenceKind, number> = { deadline: 2, period: 1, "check-in": 0 };

export function occurrencesFor(timeframe: ParsedTimeframe, ctx: OccurrenceContext): Occurrence[] {
  const byKey = new Map<string, Occurrence>();
  for (const occurrence of timeframe.parts.flatMap((part) => occurrencesOfPart(part, ctx))) {
    const kept = byKey.get(occurrence.key);
    if (!kept || KIND_RANK[occurrence.kind] > KIND_RANK[kept.kind]) byKey.set(occurrence.key, occurrence);
  }
  return [...byKey.values()].sort((a, b) => (a.dueDay === b.dueDay ? a.key.localeCompare(b.key) : a.dueDay < b.dueDay ? -1 : 1));
}

function occurrencesOfPart(part: TimeframePart, ctx: OccurrenceContext): Occurrence[] {
  const { calendar } = ctx;
  switch (part.kind) {
    case "deadline":
      // A time limit whose last day is a day off ends on the next working day (Civil Code
      // 91/2015 Art 148.5). The key keeps the written date so that it does not move with the calendar.
      return [
        {
          key: part.date,
          label: `Hạn ${formatVi(part.date)}`,
          dueDay: calendar.isWorkingDay(part.date) ? part.date : calendar.nextWorkingDay(part.date),
          kind: "deadline",
        },
      ];
    case "quarters":
      return part.quarters.map((q) => quarterOccurrence(part.year, q, "period", calendar));
    case "years":
      // Work of a calendar year ("Năm 2026", "2026 - 2030") is reported at the end of each year of it the plan covers.
      return yearsOf(ctx, part.from, part.to).map((year) => periodOccurrence(`${year}-Y`, `Năm ${year}`, yearRange(year).end, calendar));
    case "recurring":
      return yearsOf(ctx).flatMap((year) => recurringOccurrences(part.every, year, calendar));
    case "continuous":
    case "per-plan":
      // No date of its own: the unit reports progress at the end of each quarter.
      return yearsOf(ctx).flatMap((year) => ([1, 2, 3, 4] as const).map((q) => quarterOccurrence(year, q, "check-in", calendar)));
    case "triggered":
      return []; // made when the trigger event arrives, for the unit it concerns
  }
}

function recurringOccurrences(every: RecurrenceUnit, year: number, calendar: WorkingCalendar): Occurrence[] {
  switch (every) {
    case "month":
      return Array.from({ length: 12 }, (_, i) => {
        const month = String(i + 1).padStart(2, "0");
        return periodOccurrence(`${year}-M${month}`, `Tháng ${month}/${year}`, monthRange(year, i + 1).end, calendar);
      });
    case "quarter":
      return ([1, 2, 3, 4] as const).map((q) => quarterOccurrence(year, q, "period", calendar));
    case "half-year":
      return ([1, 2] as const).map((h) =>
        periodOccurrence(`${year}-H${h}`, `6 tháng ${h === 1 ? "đầu" : "cuối"} năm ${year}`, halfYearRange(year, h).end, calendar),
      );
    case "year":
      return [periodOccurrence(`${year}-Y`, `Năm ${year}`, yearRange(year).end, calendar)];
  }
}

function quarterOccurrence(year: number, quarter: Quarter, kind: "period" | "check-in", calendar: WorkingCalendar): Occurrence {
  const name = `quý ${numberToRoman(quarter)}/${year}`;
  return {
    key: `${year}-Q${quarter}`,
    label: kind === "period" ? `Quý ${numberToRoman(quarter)}/${year}` : `Cập nhật tiến độ ${name}`,
    dueDay: lastWorkingDayUpTo(quarterRange(year, quarter).end, calendar),
    kind,
  };
}

function periodOccurrence(key: string, label: string, periodEnd: LocalDate, calendar: WorkingCalendar): Occurrence {
  return { key, label, dueDay: lastWorkingDayUpTo(periodEnd, calendar), kind: "period" };
}

/**
 * Work "in a period" is due within it, so a period ending on a day off is due on its last working
 * day, unlike a deadline, which rolls forward.
 */
function lastWorkingDayUpTo(day: LocalDate, calendar: WorkingCalendar): LocalDate {
  let due = day;
  while (!calendar.isWorkingDay(due)) due = addDays(due, -1);
  return due;
}

export { shiftPlanYear, shiftYearsInText, type ShiftableTask } from "./shift-plan-year.ts";
