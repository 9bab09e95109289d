import { toDbDate, type LocalDate } from "@tthc/calendar";
import type { ComplaintState } from "../domain/facts/complaint.ts";
import type { Tx } from "./client.ts";

/** The facts of the PAKN received from `from` to `to` (inclusive), with what the statistics count. */
export async function factsReceivedBetween(tx: Tx, from: LocalDate, to: LocalDate) {
  return tx.complaintFact.findMany({
    where: { receivedDay: { gte: toDbDate(from), lte: toDbDate(to) } },
    select: { channel: true, status: true, dueAnswer: true, settledDay: true, settledOnTime: true },
  });
}

/** Write a PAKN's refolded state over its row. */
export async function saveComplaintFact(tx: Tx, state: ComplaintState): Promise<void> {
  const row = {
    trackingCode: state.trackingCode,
    channel: state.channel,
    receivedDay: toDbDate(state.receivedDay),
    status: state.status,
    statusBeforePause: state.statusBeforePause,
    field: state.field,
    leadUnitId: state.leadUnitId,
    unitIds: state.unitIds,
    dueHandle: state.dueHandle === null ? null : toDbDate(state.dueHandle),
    dueAnswer: toDbDate(state.dueAnswer),
    settledDay: state.settledDay === null ? null : toDbDate(state.settledDay),
    settledOnTime: state.settledOnTime,
    lastEventAt: state.lastEventAt,
  };
  await tx.complaintFact.upsert({ where: { id: state.id }, create: { id: state.id, ...row }, update: row });
}
