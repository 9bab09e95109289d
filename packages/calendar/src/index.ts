export {
  addDays,
  dayOfWeek,
  endOfDayInstant,
  formatVi,
  fromDbDate,
  fromDbDateOrNull,
  localDate,
  localDateParts,
  parseLocalDate,
  toDbDate,
  toLocalDate,
  VIETNAM_TIME_ZONE,
  type LocalDate,
  type LocalDateParts,
} from "./local-date.ts";
export { addMonths, isMonth, monthBounds, monthsApart, monthsBetween } from "./months.ts";
export { lunarToSolar, VIETNAM_LUNAR_UTC_OFFSET, type LunarDate } from "./lunar.ts";
export {
  officialSchedules,
  parseOfficialSchedules,
  ScheduleDataError,
  scheduleProblems,
  type DayOffRange,
  type MakeUpWorkingDay,
  type OfficialSchedule,
} from "./schedules.ts";
export { statutoryDaysOff } from "./statutory-holidays.ts";
export {
  createCalendar,
  DEFAULT_RECEIPT_CUTOFF,
  type CalendarOptions,
  type Coverage,
  type DueDate,
  type DueDateRequest,
  type Pause,
  type TimeOfDay,
  type WorkingCalendar,
} from "./working-days.ts";
export {
  DEFAULT_REPORTING_CUTOFF_RULE,
  halfYearRange,
  monthRange,
  quarterOf,
  quarterRange,
  reportingCutoff,
  reportingPeriodOf,
  yearRange,
  type DataCutoffWindow,
  type DateRange,
  type Quarter,
  type ReportingCutoffRule,
  type ReportingPeriod,
  type ReportingPeriodKind,
} from "./periods.ts";
export const probe = 1;
