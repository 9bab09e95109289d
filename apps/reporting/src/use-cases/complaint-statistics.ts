import type { LocalDate } from "@tthc/calendar";
import { badInput, requireRole, requireScope, type Actor } from "@tthc/service-kit";
import type { Tx } from "../db/client.ts";
import { factsReceivedBetween } from "../db/complaint-facts.ts";
import { summarise, type ComplaintStatistics } from "../domain/complaint-statistics.ts";

/** The statistics of the PAKN received in a period, measured on `today`. */
export async function complaintStatistics(tx: Tx, from: LocalDate, to: LocalDate, today: LocalDate): Promise<ComplaintStatistics> {
  return summarise(await factsReceivedBetween(tx, from, to), from, to, today);
}

/** The statistics as the city office, leaders, inspectors and partners with `reports:read` (counts only) may read them. */
export async function complaintStatisticsFor(
  tx: Tx,
  actor: Actor,
  from: LocalDate,
  to: LocalDate,
  today: LocalDate,
): Promise<ComplaintStatistics> {
  if (actor.kind === "partner") requireScope(actor, "reports:read");
  else requireRole(actor, "CITY_ADMIN", "LEADER", "INSPECTOR");
  if (from > to) throw badInput("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.", "from");
  return complaintStatistics(tx, from, to, today);
}
