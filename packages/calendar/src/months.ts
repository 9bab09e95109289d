/**
 * Calendar months as "YYYY-MM" text: the unit of the Decision 766 index (calendar months, not the
 * reports' cut-off windows) on the server and on its page. No imports, so the web app can load this
 * module alone (`@tthc/calendar/months`) without the holiday schedules.
 */

/** YYYY-MM, months 01–12. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => MONTH.test(value);

/** The months since year 0 of a month or a day (YYYY-MM…): consecutive months are consecutive numbers. */
const monthIndex = (value: string): number => Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1;

/** How many calendar months `b` is after `a` (months or days, YYYY-MM…; the days of the month do not count). */
export const monthsApart = (a: string, b: string): number => monthIndex(b) - monthIndex(a);

/** The first and last day of a calendar month (YYYY-MM-DD). */
export function monthBounds(month: string): { start: string; end: string } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${month}-01`, end: `${month}-${String(last).padStart(2, "0")}` };
}

/** The month `n` months after `month` (negative: before). */
export function addMonths(month: string, n: number): string {
  const index = monthIndex(month) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}
