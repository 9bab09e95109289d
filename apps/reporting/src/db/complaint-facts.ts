import { toDbDate, type LocalDate } from "@tthc/calendar";
import type { Tx } from "./client.ts";

/** The facts of the PAKN received from `from` to `to` (inclusive), with what the statistics count. */
export async function factsReceivedBetween(tx: Tx, from: LocalDate, to: LocalDate) {
  return tx.complaintFact.findMany({
    where: { receivedDay: { gte: toDbDate(from), lte: toDbDate(to) } },
    select: { channel: true, status: true, dueAnswer: true, settledDay: true, settledOnTime: true },
  });
}
