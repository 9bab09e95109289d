/** The service's reads of the clock, kept out of domain/ (which takes the day as a parameter). */
import { toLocalDate, type LocalDate } from "@tthc/calendar";
import { clock, type ChangeContext } from "@tthc/service-kit";

/** The instant a change is stamped with: the request's, else the process clock. */
export const changedAt = (ctx: ChangeContext): Date => ctx.now ?? clock();

/** The day in Vietnam of a change (approval day, start day, the base of due days). */
export const changeDay = (ctx: ChangeContext): LocalDate => toLocalDate(changedAt(ctx));
