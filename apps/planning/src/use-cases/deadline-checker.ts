/**
 * The deadline checker (nhắc hạn): raises `planning.occurrence.due-soon` once when an occurrence not
 * done comes within DUE_SOON_WORKING_DAYS working days of its due day, and `overdue` once when the
 * day has passed. The mark and the event are written in one transaction, so a reminder is never
 * lost nor sent twice, whichever instance runs the check.
 */
import { fromDbDate, toDbDate } from "@tthc/calendar";
import type { LocalDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import type { Db } from "../db/client.ts";
import { calendar, DUE_SOON_WORKING_DAYS, taskLabel } from "../domain/index.ts";
import { planningEvent } from "../events/outgoing.ts";

const BATCH = 500;

export async function checkDeadlines(db: Db, today: LocalDate): Promise<{ dueSoon: number; overdue: number }> {
  // Due soon can only be within the next few working days: a generous calendar window bounds the scan.
  const horizon = toDbDate(calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS));
  return db.$transaction(async (tx) => {
    const candidates = await tx.occurrence.findMany({
      where: {
        plan: { status: "issued" },
        status: { not: "done" },
        OR: [
          { dueDay: { lt: toDbDate(today) }, OR: [{ reminded: null }, { reminded: "due-soon" }] },
          { dueDay: { gte: toDbDate(today), lte: horizon }, reminded: null },
        ],
      },
      include: { task: { include: { section: true } } },
      orderBy: { dueDay: "asc" },
      take: BATCH,
    });
    let dueSoon = 0;
    let overdue = 0;
    for (const o of candidates) {
      const dueDay = fromDbDate(o.dueDay);
      const label = taskLabel(o.task.section, o.task.number);
      const ref = {
        unitId: o.unitId,
        link: `/planning/my-tasks?occurrence=${o.id}`,
        occurrenceId: o.id,
        planId: o.planId,
        taskId: o.taskId,
        taskLabel: label,
        dueDay,
      };
      const left = calendar.workingDaysRemaining(dueDay, today);
      if (dueDay < today) {
        await tx.occurrence.update({ where: { id: o.id }, data: { reminded: "overdue" } });
        await enqueue(
          tx,
          planningEvent(
            "planning.occurrence.overdue",
            o.id,
            { ...ref, title: `Nhiệm vụ ${label} (${o.label}) đã quá hạn`, workingDaysLate: Math.max(1, -left) },
            null,
          ),
        );
        overdue += 1;
      } else {
        await tx.occurrence.update({ where: { id: o.id }, data: { reminded: "due-soon" } });
        await enqueue(
          tx,
          planningEvent(
            "planning.occurrence.due-soon",
            o.id,
            { ...ref, title: `Nhiệm vụ ${label} (${o.label}) sắp đến hạn`, workingDaysLeft: left },
            null,
          ),
        );
        dueSoon += 1;
      }
    }
    return { dueSoon, overdue };
  });
}
