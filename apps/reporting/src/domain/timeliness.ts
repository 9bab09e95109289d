/**
 * When reporting calls something "overdue" or "late". These definitions MUST match inspections' own
 * (its risk signals count the same things); the two are to be unified into one shared module.
 *
 * - A deadline is a day, both ends included: work done on its due day is on time.
 * - Something still open is overdue from the day after its due day (a stock: it stops being overdue the
 *   day it is done).
 * - A plan occurrence is done on the day the unit reported it done (the report the city office then
 *   accepted), not the day of the acceptance.
 * - A recommendation is closed on the day the inspection team verified it.
 * - A unit report is late when submitted after its deadline (working days after the data cut-off).
 */
import { addDays, type LocalDate } from "@tthc/calendar";

export const isLate = (doneOn: LocalDate, dueDay: LocalDate): boolean => doneOn > dueDay;

/** The first day something due on `dueDay` and still open counts as overdue. */
export const overdueFrom = (dueDay: LocalDate): LocalDate => addDays(dueDay, 1);
