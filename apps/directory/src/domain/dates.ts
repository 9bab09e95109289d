import { toLocalDate } from "@tthc/calendar";
import { RuleViolation } from "./errors.ts";

/**
 * Calendar dates (no time of day) are JS Dates at UTC midnight, the way PostgreSQL `date` columns
 * come back from Prisma. Ranges are inclusive on both ends: validTo is the last valid day.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDate(value: string, field?: string): Date {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || formatDate(date) !== value) throw new RuleViolation(`"${value}" is not a date (YYYY-MM-DD)`, field);
  return date;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar day of `now` in Vietnam (callers pass their clock's instant), as a UTC-midnight Date.
 * Not the UTC day: from 00:00 to 07:00 Vietnam time that would still be yesterday.
 */
export function today(now: Date): Date {
  return parseDate(toLocalDate(now));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export interface DateRange {
  validFrom: Date;
  validTo: Date | null;
}

export function isValidAt(range: DateRange, date: Date): boolean {
  return range.validFrom <= date && (range.validTo === null || date <= range.validTo);
}
