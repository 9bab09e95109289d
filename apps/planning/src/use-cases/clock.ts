/** The reads of the clock: the domain takes the day as a parameter, the use cases' callers take it from here. */
import { toLocalDate, type LocalDate } from "@tthc/calendar";
import { clock } from "@tthc/service-kit";

/** Today in Vietnam, the day overdue and due-soon are computed on. */
export function today(now: Date = clock()): LocalDate {
  return toLocalDate(now);
}
