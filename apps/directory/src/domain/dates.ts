import { addDays as addLocalDays, fromDbDate, parseLocalDate, toDbDate, toLocalDate } from "@tthc/calendar";
import { RuleViolation } from "./errors.ts";

/**
 * The directory's rules keep calendar days as the Dates its `date` columns hold (UTC midnight,
 * @tthc/calendar's toDbDate / fromDbDate). Ranges are inclusive on both ends: validTo is the last valid day.
 */

/** A YYYY-MM-DD day; anything else is refused as the directory's input error on `field`. */
export function parseDate(value: string, field?: string): Date {
  try {
    return toDbDate(parseLocalDate(value));
  } catch (err) {
    if (err instanceof RangeError) throw new RuleViolation(`"${value}" is not a date (YYYY-MM-DD)`, field);
    throw err;
  }
}

/**
 * The calendar day of `now` in Vietnam (callers pass their clock's instant).
 * Not the UTC day: from 00:00 to 07:00 Vietnam time that would still be yesterday.
 */
export function today(now: Date): Date {
  return toDbDate(toLocalDate(now));
}

export function addDays(date: Date, days: number): Date {
  return toDbDate(addLocalDays(fromDbDate(date), days));
}

export interface DateRange {
  validFrom: Date;
  validTo: Date | null;
}

export function isValidAt(range: DateRange, date: Date): boolean {
  return range.validFrom <= date && (range.validTo === null || date <= range.validTo);
}
