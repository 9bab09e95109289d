/** The service's reads of the clock, kept out of domain/ (which takes the day as a parameter). */
import { toLocalDate, type LocalDate } from "@tthc/calendar";
import type { ChangeContext } from "@tthc/service-kit";

/** The day in Vietnam of a change (approval day, start day, the base of due days). */
export const changeDay = (ctx: ChangeContext): LocalDate => toLocalDate(ctx.now);
