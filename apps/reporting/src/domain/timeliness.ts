/**
 * When reporting calls something "overdue" or "late": the platform's one definition
 * (@tthc/events signals.ts, docs/adding-an-event.md §9), which inspections' risk signals use too, so a
 * "late" in a report and a "late" in an inspection never disagree.
 *
 * - A deadline is a day, both ends included: work done on its due day is on time (`isLate`).
 * - Something still open is overdue from the day after its due day (a stock: it stops being overdue the
 *   day it is done).
 * - A plan occurrence is done on the day the unit reported it done (the report the city office then
 *   accepted), not the day of the acceptance.
 * - A recommendation is closed on the day the inspection team verified it.
 * - A unit report is late when submitted after its deadline (working days after the data cut-off).
 */
import { addDays, type LocalDate } from "@tthc/calendar";
import { isLate } from "@tthc/events";

export { isLate };

/** The first day something due on `dueDay` and still open counts as overdue: the day after (isLate's complement). */
export const overdueFrom = (dueDay: LocalDate): LocalDate => addDays(dueDay, 1);
