/** The service's reads of the clock, kept out of domain/ (which takes the day or the instant as a parameter). */
import { toLocalDate, type LocalDate } from "@tthc/calendar";
import { clock, type ChangeContext } from "@tthc/service-kit";

/** Today in Vietnam, the day overdue and due-soon are computed on. */
export function today(now: Date = clock()): LocalDate {
  return toLocalDate(now);
}

/** The instant a change is stamped with (issuedAt, reviewedAt…): the request's, else the process clock. */
export const changedAt = (ctx: ChangeContext): Date => ctx.now ?? clock();
