/**
 * The calendar's months: which of the chosen months each inspection falls in, the way the server picks
 * them (`inspectionCalendar`): the visit's days once the team set them, else the scheduled window (a
 * month or a quarter, so a quarter's inspection shows in each of its months until its visit is fixed).
 */

export interface CalendarSpan {
  windowStart: string;
  windowEnd: string;
  startDay?: string | null;
  endDay?: string | null;
}

/** "2026-03-16" → 2026 × 12 + 2: months compare as whole numbers. */
const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/** The months (1–12) of `year` between fromMonth and toMonth that the inspection's days touch. */
export function monthsOf(span: CalendarSpan, year: number, fromMonth: number, toMonth: number): number[] {
  const [start, end] = span.startDay && span.endDay ? [span.startDay, span.endDay] : [span.windowStart, span.windowEnd];
  const first = Math.max(monthIndex(start), year * 12 + fromMonth - 1);
  const last = Math.min(monthIndex(end), year * 12 + toMonth - 1);
  const months: number[] = [];
  for (let m = first; m <= last; m++) months.push((m % 12) + 1);
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
