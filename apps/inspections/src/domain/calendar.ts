import { createCalendar, monthRange, quarterRange, type DateRange, type Quarter } from "@tthc/calendar";

/** Due days count working days of the Vietnamese calendar (Asia/Ho_Chi_Minh). */
export const calendar = createCalendar();

/**
 * Working days the inspected unit has to fill its self-assessment, counted from the day the checklist
 * opens. The law leaves it unset (domain §8 [U]); usual practice is a week, so this is the default.
 */
export const SELF_ASSESSMENT_WORKING_DAYS = 5;

export type PeriodKind = "month" | "quarter";

/** The days of the plan's month or quarter an inspection is scheduled in. */
export function periodWindow(year: number, kind: PeriodKind, period: number): DateRange {
  return kind === "month" ? monthRange(year, period) : quarterRange(year, period as Quarter);
}
