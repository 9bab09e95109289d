/**
 * The calendar's months: which of the chosen months each inspection falls in, the way the server picks
 * them (`inspectionCalendar`): the visit's days once the team set them, else the scheduled window (a
 * month or a quarter, so a quarter's inspection shows in each of its months until its visit is fixed).
 */
import { monthsApart } from "@tthc/calendar/months";

export interface CalendarSpan {
  windowStart: string;
  windowEnd: string;
  startDay?: string | null;
  endDay?: string | null;
}

/** The months (1–12) of `year` between fromMonth and toMonth that the inspection's days touch. */
export function monthsOf(span: CalendarSpan, year: number, fromMonth: number, toMonth: number): number[] {
  const [start, end] = span.startDay && span.endDay ? [span.startDay, span.endDay] : [span.windowStart, span.windowEnd];
  // Months counted from January of `year` (0–11), clipped to the chosen ones.
  const january = `${year}-01`;
  const first = Math.max(monthsApart(january, start), fromMonth - 1);
  const last = Math.min(monthsApart(january, end), toMonth - 1);
  const months: number[] = [];
  for (let m = first; m <= last; m++) months.push(m + 1);
  return months;
}

/** The entries of each chosen month, in the order given (the server's: by day). */
export function byMonth<T extends { inspection: CalendarSpan }>(
  entries: readonly T[],
  year: number,
  fromMonth: number,
  toMonth: number,
): { month: number; entries: T[] }[] {
  const grid = new Map<number, T[]>();
  for (let m = fromMonth; m <= toMonth; m++) grid.set(m, []);
  for (const entry of entries) for (const m of monthsOf(entry.inspection, year, fromMonth, toMonth)) grid.get(m)?.push(entry);
  return [...grid].map(([month, list]) => ({ month, entries: list }));
}
