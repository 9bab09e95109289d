/**
 * Raises due-soon and overdue alerts (cảnh báo sắp đến hạn / quá hạn) periodically. Each alert is
 * raised once per step and due day (the domain remembers it in alertsRaised), in the same
 * transaction as its event, so a restart or a second instance never raises it twice.
 */
import { enqueue } from "@tthc/messaging";
import { lockComplaint, toState } from "../db/complaints.ts";
import { loadSettings } from "../db/settings.ts";
import { deadlineAlerts } from "../domain/index.ts";
import { toEnvelopes } from "../events/outgoing.ts";
import type { ComplaintsDeps } from "./deps.ts";

const WATCHED = ["received", "classified", "transferred", "handled", "approved"];

/** One pass; returns how many alerts were raised. */
export async function raiseDeadlineAlerts(deps: ComplaintsDeps): Promise<number> {
  const now = deps.now();
  const { rules } = await loadSettings(deps.db);
  const open = await deps.db.complaint.findMany({ where: { status: { in: WATCHED } }, select: { id: true } });
  let raised = 0;
  for (const { id } of open) {
    raised += await deps.db.$transaction(async (tx) => {
      const row = await lockComplaint(tx, id);
      if (!row) return 0;
      const { state, events } = deadlineAlerts(toState(row), now, deps.calendar, rules);
      if (events.length === 0) return 0;
      await tx.complaint.update({ where: { id }, data: { alertsRaised: [...state.alertsRaised] } });
      await enqueue(tx, ...toEnvelopes(events, { state, trackingCode: row.trackingCode, actor: null, now }));
      return events.length;
    });
  }
  return raised;
}
