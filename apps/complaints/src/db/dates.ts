import { parseLocalDate, type LocalDate } from "@tthc/calendar";

/** A LocalDate as Prisma writes a `@db.Date` column (UTC midnight of that day). */
export function toDbDate(day: LocalDate): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function fromDbDate(date: Date): LocalDate {
  return parseLocalDate(date.toISOString().slice(0, 10));
}

export function fromDbDateOrNull(date: Date | null): LocalDate | null {
  return date ? fromDbDate(date) : null;
}
