/**
 * A calendar date without time or time zone, held as an ISO 'YYYY-MM-DD' string.
 *
 * A branded string rather than an object: it goes unchanged into JSON, GraphQL and a PostgreSQL
 * `date` column, and two dates compare correctly with `<` and `===` (four-digit years only, which
 * the constructors enforce).
 */
declare const localDateBrand: unique symbol;
export type LocalDate = string & { readonly [localDateBrand]: true };

export interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

/** Every time limit of the platform is counted in this zone (docs/domain.md §7). */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function localDate(year: number, month: number, day: number): LocalDate {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Year must be a four-digit integer, got ${year}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Month must be 1–12, got ${month}`);
  }
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Day ${day} does not exist in ${year}-${pad2(month)}`);
  }
  return `${year}-${pad2(month)}-${pad2(day)}` as LocalDate;
}

export function parseLocalDate(text: string): LocalDate {
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: "${text}"`);
  return localDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function localDateParts(date: LocalDate): LocalDateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** Days since 1970-01-01; the constructors keep years ≥ 1000, clear of Date.UTC's 0–99 quirk. */
export function toEpochDay(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): LocalDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return localDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
export function dayOfWeek(date: LocalDate): number {
  return new Date(toEpochDay(date) * MS_PER_DAY).getUTCDay();
}

/** State offices work Monday–Friday (QĐ 188/1999/QĐ-TTg), so both Saturday and Sunday are rest days. */
export function isWeekend(date: LocalDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/** dd/MM/yyyy, the form used in Vietnamese administrative documents. */
export function formatVi(date: LocalDate): string {
  const { year, month, day } = localDateParts(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

export interface ZonedDateTime {
  date: LocalDate;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instant: Date, timeZone: string): Record<"year" | "month" | "day" | "hour" | "minute" | "second", number> {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid Date");
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  return fields;
}

export function toZonedDateTime(instant: Date, timeZone: string = VIETNAM_TIME_ZONE): ZonedDateTime {
  const { year, month, day, hour, minute } = wallClock(instant, timeZone);
  return { date: localDate(year, month, day), hour, minute };
}

export function toLocalDate(instant: Date, timeZone: string = VIETNAM_TIME_ZONE): LocalDate {
  return toZonedDateTime(instant, timeZone).date;
}

/** The last millisecond of the day in the zone: a limit "ends at 24:00 of the last day" (Civil Code Art 148.1). */
export function endOfDayInstant(date: LocalDate, timeZone: string = VIETNAM_TIME_ZONE): Date {
  const { year, month, day } = localDateParts(date);
  const wallAsUtc = Date.UTC(year, month - 1, day, 23, 59, 59, 999);
  // The zone's offset is read at a first guess and again at the result, so a zone whose offset
  // changes that day (not Vietnam since 1975, but any zone a caller passes) still lands right.
  let instant = wallAsUtc - offsetMs(wallAsUtc, timeZone);
  instant = wallAsUtc - offsetMs(instant, timeZone);
  return new Date(instant);
}

function offsetMs(epochMs: number, timeZone: string): number {
  const w = wallClock(new Date(epochMs), timeZone);
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - wholeSecond;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A day as a PostgreSQL `date` column is written and read through Prisma: a JS Date at UTC midnight
 * of that day. The one conversion every service uses at its database edge.
 */
export function toDbDate(day: LocalDate): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The day a `date` column holds (Prisma returns it as UTC midnight). */
export function fromDbDate(date: Date): LocalDate {
  return parseLocalDate(date.toISOString().slice(0, 10));
}

export function fromDbDateOrNull(date: Date | null): LocalDate | null {
  return date ? fromDbDate(date) : null;
}
