/**
 * The deadline checker (nhắc hạn): raises `planning.occurrence.due-soon` once when an occurrence not
 * done comes within DUE_SOON_WORKING_DAYS working days of its due day, and `overdue` once when the
 * day has passed. The mark and the event are written in one transaction with the rows claimed
 * (FOR UPDATE SKIP LOCKED), so a reminder is never lost nor sent twice, however many replicas run the check.
 */
import { fromDbDate, toDbDate, toLocalDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import type { Db } from "../db/client.ts";
import { calendar, DUE_SOON_WORKING_DAYS, taskLabel } from "../domain/index.ts";
import { planningEvent } from "../events/outgoing.ts";

const BATCH = 500;

/** One pass at the job's instant `now`: its day in Vietnam decides what is due, and its reminders carry it. */
export async function checkDeadlines(db: Db, now: Date): Promise<{ dueSoon: number; overdue: number }> {
  const today = toLocalDate(now);
  const job = { actor: null, now };
  // Due soon can only be within the next few working days: a generous calendar window bounds the scan.
  const horizon = toDbDate(calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS));
  return db.$transaction(async (tx) => {
    // Claimed, not just read: another replica's checker running at the same moment skips the rows this
    // one locked, and once this transaction commits their new `reminded` no longer matches its WHERE.
    const claimed = await tx.$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT o.id FROM occurrence o JOIN plan p ON p.id = o.plan_id
       WHERE p.status = 'issued' AND o.status <> 'done'
         AND ((o.due_day < $1 AND (o.reminded IS NULL OR o.reminded = 'due-soon'))
           OR (o.due_day >= $1 AND o.due_day <= $2 AND o.reminded IS NULL))
       ORDER BY o.due_day LIMIT $3
       FOR UPDATE OF o SKIP LOCKED`,
      toDbDate(today),
      horizon,
      BATCH,
    );
    const candidates = await tx.occurrence.findMany({
      where: { id: { in: claimed.map((c) => c.id) } },
      include: { task: { include: { section: true } } },
      orderBy: { dueDay: "asc" },
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
            job,
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
            job,
          ),
        );
        dueSoon += 1;
      }
    }
    return { dueSoon, overdue };
  });
}
