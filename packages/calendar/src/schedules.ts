/**
 * The yearly official schedules of days off for civil servants (lịch nghỉ lễ, Tết của cán bộ,
 * công chức, viên chức). Generic holiday rules miss the Prime Minister's yearly choices and swaps,
 * so the schedule is data an administrator extends each year (format: README.md).
 */
import bundled from "../data/official-schedules.json" with { type: "json" };
import { addDays, isWeekend, localDateParts, parseLocalDate, type LocalDate } from "./local-date.ts";

/** A run of consecutive days off, weekend days inside included, as the notices state them. */
export interface DayOffRange {
  from: LocalDate;
  to: LocalDate;
  name: string;
  /** Notice or article the days come from, e.g. "TB 5015/TB-LĐTBXH". */
  source?: string;
  note?: string;
}

/** A Saturday or Sunday worked to make up for a weekday given off (ngày làm bù). */
export interface MakeUpWorkingDay {
  date: LocalDate;
  name: string;
  source?: string;
  note?: string;
}

export interface OfficialSchedule {
  year: number;
  daysOff: readonly DayOffRange[];
  makeUpWorkingDays: readonly MakeUpWorkingDay[];
}

export class ScheduleDataError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid official schedule data:\n- ${problems.join("\n- ")}`);
    this.name = "ScheduleDataError";
    this.problems = problems;
  }
}

export function* daysInRange(range: Pick<DayOffRange, "from" | "to">): Generator<LocalDate> {
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) yield day;
}

/**
 * Consistency problems of typed schedules, empty when they are sound. An inconsistent schedule
 * would silently move due dates, so both the data file and schedules passed to createCalendar are
 * checked.
 */
export function scheduleProblems(schedules: readonly OfficialSchedule[]): string[] {
  const problems: string[] = [];
  const years = new Set<number>();
  for (const schedule of schedules) {
    const { year } = schedule;
    if (years.has(year)) problems.push(`${year}: more than one schedule for the year`);
    years.add(year);
    const inYear = (date: LocalDate) => localDateParts(date).year === year;
    const off = new Set<LocalDate>();
    for (const range of schedule.daysOff) {
      if (!inYear(range.from) || !inYear(range.to)) problems.push(`${year}: days off ${range.from}..${range.to} are not all in ${year}`);
      if (range.from > range.to) problems.push(`${year}: days off ${range.from}..${range.to} end before they start`);
      for (const day of daysInRange(range)) off.add(day);
    }
    for (const { date } of schedule.makeUpWorkingDays) {
      if (!inYear(date)) problems.push(`${year}: make-up working day ${date} is not in ${year}`);
      if (!isWeekend(date)) problems.push(`${year}: make-up working day ${date} is not a Saturday or Sunday`);
      if (off.has(date)) problems.push(`${year}: ${date} is both a day off and a make-up working day`);
    }
  }
  return problems;
}

/** Reads the JSON form (README.md), rejecting unknown keys so that a misspelt field is not ignored. */
export function parseOfficialSchedules(data: unknown): OfficialSchedule[] {
  const problems: string[] = [];
  const root = record(data, "root", ["$comment", "schedules"], problems);
  const schedules = list(root?.schedules, "schedules", problems).flatMap((item, i) => {
    const path = `schedules[${i}]`;
    const raw = record(item, path, ["year", "daysOff", "makeUpWorkingDays"], problems);
    if (!raw) return [];
    if (!Number.isInteger(raw.year)) problems.push(`${path}.year: expected an integer year`);
    const daysOff = list(raw.daysOff, `${path}.daysOff`, problems).flatMap((entry, j) => {
      const at = `${path}.daysOff[${j}]`;
      const r = record(entry, at, ["from", "to", "name", "source", "note"], problems);
      if (!r) return [];
      const from = date(r.from, `${at}.from`, problems);
      const to = date(r.to, `${at}.to`, problems);
      const texts = describe(r, at, problems);
      return from && to && texts ? [{ from, to, ...texts }] : [];
    });
    const makeUpWorkingDays = list(raw.makeUpWorkingDays, `${path}.makeUpWorkingDays`, problems).flatMap((entry, j) => {
      const at = `${path}.makeUpWorkingDays[${j}]`;
      const r = record(entry, at, ["date", "name", "source", "note"], problems);
      if (!r) return [];
      const day = date(r.date, `${at}.date`, problems);
      const texts = describe(r, at, problems);
      return day && texts ? [{ date: day, ...texts }] : [];
    });
    return [{ year: raw.year as number, daysOff, makeUpWorkingDays }];
  });
  if (problems.length === 0) problems.push(...scheduleProblems(schedules));
  if (problems.length > 0) throw new ScheduleDataError(problems);
  return schedules;
}

/** The schedules shipped in data/official-schedules.json. */
export const officialSchedules: readonly OfficialSchedule[] = parseOfficialSchedules(bundled);

function record(value: unknown, path: string, keys: readonly string[], problems: string[]): Record<string, unknown> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push(`${path}: expected an object`);
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) problems.push(`${path}: unknown field "${key}" (expected ${keys.join(", ")})`);
  }
  return value as Record<string, unknown>;
}

function list(value: unknown, path: string, problems: string[]): unknown[] {
  if (Array.isArray(value)) return value;
  problems.push(`${path}: expected an array`);
  return [];
}

function date(value: unknown, path: string, problems: string[]): LocalDate | undefined {
  try {
    if (typeof value === "string") return parseLocalDate(value);
  } catch {
    // reported below with the path, which the parser's own message lacks
  }
  problems.push(`${path}: expected a date "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  return undefined;
}

function describe(
  r: Record<string, unknown>,
  path: string,
  problems: string[],
): { name: string; source?: string; note?: string } | undefined {
  let ok = true;
  if (typeof r.name !== "string" || r.name.trim() === "") {
    problems.push(`${path}.name: expected a non-empty text`);
    ok = false;
  }
  for (const key of ["source", "note"] as const) {
    if (r[key] !== undefined && typeof r[key] !== "string") {
      problems.push(`${path}.${key}: expected a text`);
      ok = false;
    }
  }
  if (!ok) return undefined;
  return {
    name: r.name as string,
    ...(r.source === undefined ? {} : { source: r.source as string }),
    ...(r.note === undefined ? {} : { note: r.note as string }),
  };
}
