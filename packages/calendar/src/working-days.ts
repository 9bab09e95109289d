/**
 * Working days (ngày làm việc) of Vietnamese state offices and the platform's deadline counting
 * rule (docs/domain.md §7).
 */
import { addDays, endOfDayInstant, isWeekend, localDateParts, toLocalDate, toZonedDateTime, type LocalDate } from "./local-date.ts";
import { daysInRange, officialSchedules, ScheduleDataError, scheduleProblems, type OfficialSchedule } from "./schedules.ts";
import { statutoryDaysOff } from "./statutory-holidays.ts";

/** 'official': the year's announced schedule is loaded; 'fallback': days off are predicted from the Labour Code. */
export type Coverage = "official" | "fallback";

export interface TimeOfDay {
  hour: number;
  minute: number;
}

/** A suspension of the count (tạm dừng), e.g. while waiting for an inspection or a third party. */
export interface Pause {
  from: Date;
  to: Date;
}

export interface DueDateRequest {
  received: Date;
  workingDays: number;
  /** Office-hours cut-off for this request; `null` counts any hour of a working day as that day. */
  cutoff?: TimeOfDay | null;
  pauses?: readonly Pause[];
}

export interface DueDate {
  dueDay: LocalDate;
  /** 23:59:59.999 Asia/Ho_Chi_Minh of dueDay. */
  dueAt: Date;
}

export interface CalendarOptions {
  /** Replaces the bundled schedules; pass `[...officialSchedules, extra]` to extend them. */
  schedules?: readonly OfficialSchedule[];
  /** Default cut-off for receivedDay and dueDate; `null` for none. Default 15:00. */
  receiptCutoff?: TimeOfDay | null;
}

export interface WorkingCalendar {
  coverage(year: number): Coverage;
  isWorkingDay(date: LocalDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /** The n-th working day after `from`, `from` itself not counted; `from` when n = 0. */
  addWorkingDays(from: LocalDate, n: number): LocalDate;
  /** Working days in (a, b]; negative (minus those in (b, a]) when b is before a. */
  workingDaysBetween(a: LocalDate, b: LocalDate): number;
  /** The effective day of receipt (ngày tiếp nhận) of something received at `instant`. */
  receivedDay(instant: Date, cutoff?: TimeOfDay | null): LocalDate;
  dueDate(request: DueDateRequest): DueDate;
  /**
   * Working days left until the end of `due` seen from `today`: 0 on the due day itself,
   * negative once it has passed.
   */
  workingDaysRemaining(due: LocalDate, today: LocalDate): number;
}

/** Dossiers received after 15:00 are handled from the next working day (Decree 61/2018 Art 18). */
export const DEFAULT_RECEIPT_CUTOFF: Readonly<TimeOfDay> = Object.freeze({ hour: 15, minute: 0 });

interface YearRules {
  coverage: Coverage;
  daysOff: ReadonlySet<LocalDate>;
  makeUpWorkingDays: ReadonlySet<LocalDate>;
}

export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const schedules = options.schedules ?? officialSchedules;
  const problems = scheduleProblems(schedules);
  if (problems.length > 0) throw new ScheduleDataError(problems);
  const defaultCutoff = options.receiptCutoff === undefined ? DEFAULT_RECEIPT_CUTOFF : options.receiptCutoff;
  if (defaultCutoff) assertTimeOfDay(defaultCutoff);

  const scheduleByYear = new Map(schedules.map((s) => [s.year, s]));
  const rulesByYear = new Map<number, YearRules>();

  function rulesFor(year: number): YearRules {
    let rules = rulesByYear.get(year);
    if (!rules) {
      const schedule = scheduleByYear.get(year);
      rules = schedule
        ? {
            coverage: "official",
            daysOff: new Set(schedule.daysOff.flatMap((range) => [...daysInRange(range)])),
            makeUpWorkingDays: new Set(schedule.makeUpWorkingDays.map((m) => m.date)),
          }
        : { coverage: "fallback", daysOff: statutoryDaysOff(year), makeUpWorkingDays: new Set() };
      rulesByYear.set(year, rules);
    }
    return rules;
  }

  function isWorkingDay(date: LocalDate): boolean {
    const rules = rulesFor(localDateParts(date).year);
    if (rules.makeUpWorkingDays.has(date)) return true;
    return !isWeekend(date) && !rules.daysOff.has(date);
  }

  function nextWorkingDay(date: LocalDate): LocalDate {
    let day = addDays(date, 1);
    while (!isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }

  function addWorkingDays(from: LocalDate, n: number): LocalDate {
    assertCount(n, "n");
    let day = from;
    for (let i = 0; i < n; i++) day = nextWorkingDay(day);
    return day;
  }

  function workingDaysBetween(a: LocalDate, b: LocalDate): number {
    if (b < a) return -workingDaysBetween(b, a);
    let count = 0;
    for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
    return count;
  }

  function receivedDay(instant: Date, cutoff: TimeOfDay | null = defaultCutoff): LocalDate {
    if (cutoff) assertTimeOfDay(cutoff);
    const local = toZonedDateTime(instant);
    if (!isWorkingDay(local.date)) return nextWorkingDay(local.date);
    const afterCutoff = cutoff !== null && local.hour * 60 + local.minute >= cutoff.hour * 60 + cutoff.minute;
    return afterCutoff ? nextWorkingDay(local.date) : local.date;
  }

  function dueDate({ received, workingDays, cutoff = defaultCutoff, pauses = [] }: DueDateRequest): DueDate {
    assertCount(workingDays, "workingDays");
    // A pause is taken as whole local days: a working day touched by a pause, even for an hour,
    // is not counted. So the days used before the pause stay used, and the count resumes with
    // the first working day after the day the pause ends (docs/domain.md §7, platform counting rule).
    // Whole days keep the due date a whole day, which the end-of-day due instant requires.
    // A supplement request is different: it restarts the clock (Decree 61/2018 Art 19.4), so call
    // dueDate again with the new receipt instant.
    const pausedDays = pauses.map(({ from, to }) => {
      if (to.getTime() < from.getTime()) throw new RangeError(`Pause ends (${to.toISOString()}) before it starts (${from.toISOString()})`);
      return { from: toLocalDate(from), to: toLocalDate(to) };
    });
    const isPaused = (day: LocalDate) => pausedDays.some((p) => p.from <= day && day <= p.to);

    // Day 0 is the effective receipt day; Civil Code Art 147.2 does not count the first day.
    let day = receivedDay(received, cutoff);
    for (let counted = 0; counted < workingDays;) {
      day = nextWorkingDay(day);
      if (!isPaused(day)) counted++;
    }
    return { dueDay: day, dueAt: endOfDayInstant(day) };
  }

  function workingDaysRemaining(due: LocalDate, today: LocalDate): number {
    if (today <= due) return workingDaysBetween(today, due);
    // Once overdue, a day off counts as the working day it leads to, so a deadline that passed
    // on Friday reads -1 on Saturday rather than 0 (which would look like "due today").
    return -workingDaysBetween(due, isWorkingDay(today) ? today : nextWorkingDay(today));
  }

  return {
    coverage: (year) => rulesFor(year).coverage,
    isWorkingDay,
    nextWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    receivedDay,
    dueDate,
    workingDaysRemaining,
  };
}

function assertCount(n: number, name: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer, got ${n}`);
}

function assertTimeOfDay({ hour, minute }: TimeOfDay): void {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23 || !Number.isInteger(minute) || minute < 0 || minute > 59) {
    throw new RangeError(`Invalid time of day ${hour}:${minute}`);
  }
}
