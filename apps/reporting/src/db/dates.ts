import { parseLocalDate, type LocalDate } from "@tthc/calendar";

/** A YYYY-MM-DD day (events carry them validated) as Prisma writes a `@db.Date` column: UTC midnight. */
export function toDbDate(day: LocalDate | string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function fromDbDate(date: Date): LocalDate {
  return parseLocalDate(date.toISOString().slice(0, 10));
}
