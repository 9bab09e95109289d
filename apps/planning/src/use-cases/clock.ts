/** The service's reads of the clock, kept out of domain/ (which takes the day or the instant as a parameter). */
import { toLocalDate, type LocalDate } from "@tthc/calendar";
import { clock } from "@tthc/service-kit";

/** Today in Vietnam, the day overdue and due-soon are computed on. */
export function today(now: Date = clock()): LocalDate {
  return toLocalDate(now);
}
