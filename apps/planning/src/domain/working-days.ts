import { addDays, createCalendar, localDateParts, type LocalDate } from "@tthc/calendar";

/** Due days and "due soon" count working days of the Vietnamese calendar (Asia/Ho_Chi_Minh). */
export const calendar = createCalendar();

/** A due within this many working days is "due soon" (sắp đến hạn). */
export const DUE_SOON_WORKING_DAYS = 3;

export interface DueState {
  overdue: boolean;
  dueSoon: boolean;
  /** 0 on the due day, negative once it has passed. */
  workingDaysLeft: number;
}

/**
 * Working days up to and including `day` since 1 January of its year, from a table built once per
 * year: a list of occurrences spanning years would otherwise walk the calendar day by day for each row.
 */
const yearTables = new Map<number, { offset: number; counts: number[] }>();

function yearTable(year: number): { offset: number; counts: number[] } {
  let table = yearTables.get(year);
  if (!table) {
    const counts: number[] = [];
    let count = 0;
    for (let day = `${year}-01-01` as LocalDate; localDateParts(day).year === year; day = addDays(day, 1)) {
      if (calendar.isWorkingDay(day)) count += 1;
      counts.push(count);
    }
    const offset = year > 1970 ? yearTable(year - 1).offset + (yearTable(year - 1).counts.at(-1) ?? 0) : 0;
    table = { offset, counts };
    yearTables.set(year, table);
  }
  return table;
}

function workingOrdinal(day: LocalDate): number {
  const { year, month, day: dayOfMonth } = localDateParts(day);
  const table = yearTable(year);
  const index = Math.round((Date.UTC(year, month - 1, dayOfMonth) - Date.UTC(year, 0, 1)) / 86_400_000);
  return table.offset + (table.counts[index] ?? 0);
}

/** Same as the calendar's workingDaysRemaining (0 on the due day, negative once passed), in constant time. */
export function workingDaysRemaining(due: LocalDate, on: LocalDate): number {
  if (on <= due) return workingOrdinal(due) - workingOrdinal(on);
  const from = calendar.isWorkingDay(on) ? on : calendar.nextWorkingDay(on);
  return -(workingOrdinal(from) - workingOrdinal(due));
}

export function dueState(dueDay: LocalDate, done: boolean, on: LocalDate): DueState {
  const workingDaysLeft = workingDaysRemaining(dueDay, on);
  return {
    overdue: !done && dueDay < on,
    dueSoon: !done && dueDay >= on && workingDaysLeft <= DUE_SOON_WORKING_DAYS,
    workingDaysLeft,
  };
}
