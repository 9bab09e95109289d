/**
 * Linking a task to an activity of another service, and the evidence those services' events bring:
 * a report the system writes on the occurrence the activity counts for, accepted as it comes from
 * the record itself. Each change and its event are one transaction (the consumer's).
 */
import { fromDbDate, type LocalDate, type ReportingPeriodKind, toDbDate, toLocalDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import { badInput, type ChangeContext, isUuid, notFound, requireRole } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { checkActivityLink, occurrenceForDay, taskLabel, type ActivityKind, type ParsedTimeframe } from "../domain/index.ts";
import { planningEvent } from "../events/outgoing.ts";
import { loadOccurrence, occurrenceRef } from "./progress.ts";

type Tx = Prisma.TransactionClient;

/** Who the system's own reports are written by. */
export const SYSTEM_AUTHOR = "service:planning";

export async function linkTask(db: Db, taskId: string, kind: ActivityKind | null, ctx: ChangeContext) {
  requireRole(ctx.actor, "CITY_ADMIN");
  const task = isUuid(taskId) ? await db.task.findUnique({ where: { id: taskId } }) : null;
  if (!task) throw notFound("Không tìm thấy nhiệm vụ.");
  if (kind) {
    const checked = checkActivityLink(kind, task.timeframe as unknown as ParsedTimeframe);
    if (!checked.ok) throw badInput(checked.message, checked.field);
  }
  return db.task.update({ where: { id: taskId }, data: { activityKind: kind }, include: { section: true } });
}

/** Tasks of issued plans linked to `kind`, with their lead units. */
function linkedTasks(tx: Tx, kind: ActivityKind, year?: number) {
  return tx.task.findMany({
    where: { activityKind: kind, plan: { status: "issued", ...(year ? { year } : {}) } },
    include: { section: true, plan: true, units: { where: { role: "lead" } } },
  });
}

export interface Evidence {
  /** One system report per source and occurrence: a redelivered or repeated event adds nothing. */
  sourceRef: string;
  note: string;
  number: string | null;
  date: LocalDate;
  link: string | null;
  /** When it arrived: the causing event's time (a seed replays past days), which the report and its event carry. */
  at: Date;
}

/** Writes the system's report with the evidence on the occurrence and marks it done. */
export async function attachEvidence(tx: Tx, occurrenceId: string, evidence: Evidence): Promise<boolean> {
  const existing = await tx.progressReport.findUnique({
    where: { occurrenceId_sourceRef: { occurrenceId, sourceRef: evidence.sourceRef } },
  });
  const occurrence = await loadOccurrence(tx, occurrenceId);
  if (existing || !occurrence) return false;
  const report = await tx.progressReport.create({
    data: {
      occurrenceId,
      unitId: occurrence.unitId,
      authorId: SYSTEM_AUTHOR,
      status: "done",
      note: evidence.note,
      evidenceNumber: evidence.number,
      evidenceDate: toDbDate(evidence.date),
      evidenceLink: evidence.link,
      sourceRef: evidence.sourceRef,
      reviewState: "accepted",
      reviewedBy: SYSTEM_AUTHOR,
      reviewedAt: evidence.at,
    },
  });
  await tx.occurrence.update({ where: { id: occurrenceId }, data: { status: "done", review: "accepted" } });
  const label = taskLabel(occurrence.task.section, occurrence.task.number);
  const change = { actor: null, now: evidence.at };
  await enqueue(
    tx,
    planningEvent(
      "planning.occurrence.reported",
      occurrenceId,
      {
        ...occurrenceRef(occurrence, occurrence.plan.issuingUnitId, `Nhiệm vụ ${label}: cập nhật tự động từ hệ thống`),
        reportId: report.id,
        status: "done",
        reportingUnitId: occurrence.unitId,
        hasEvidence: true,
      },
      change,
    ),
  );
  // The report is accepted as it is written (the record is the evidence), and says so as a reviewed one does:
  // without `accepted`, reporting would count the occurrence as still open, and overdue after its due day.
  await enqueue(
    tx,
    planningEvent(
      "planning.occurrence.accepted",
      occurrenceId,
      {
        ...occurrenceRef(occurrence, occurrence.unitId, `Nhiệm vụ ${label}: hoàn thành tự động từ hệ thống`),
        reportId: report.id,
        status: "done",
        comment: null,
      },
      change,
    ),
  );
  return true;
}

/**
 * A PAKN transferred to a lead unit (chuyển xử lý) starts the triggered task "Khi nhận được văn bản…":
 * an occurrence for that unit, due when the PAKN's handling is due. The unit is notified of the PAKN
 * by the complaints service itself, so no second notification is raised here.
 */
export async function startComplaintOccurrences(
  tx: Tx,
  complaint: { id: string; unitId: string; dueDay: LocalDate; title: string; link: string; receivedOn: LocalDate },
) {
  const tasks = await linkedTasks(tx, "complaint-handling", Number(complaint.receivedOn.slice(0, 4)));
  for (const task of tasks) {
    await tx.occurrence.createMany({
      data: [
        {
          planId: task.planId,
          taskId: task.id,
          unitId: complaint.unitId,
          key: `complaint:${complaint.id}`,
          label: `Xử lý PAKN: ${complaint.title}`.slice(0, 300),
          kind: "triggered",
          dueDay: toDbDate(complaint.dueDay),
          sourceLink: complaint.link,
        },
      ],
      skipDuplicates: true,
    });
  }
}

/** The PAKN was answered or closed: its occurrences are done, with the answer as evidence. */
export async function finishComplaintOccurrences(tx: Tx, complaintId: string, evidence: Omit<Evidence, "sourceRef" | "link">) {
  const occurrences = await tx.occurrence.findMany({
    where: { key: `complaint:${complaintId}`, task: { activityKind: "complaint-handling" } },
  });
  for (const o of occurrences) await attachEvidence(tx, o.id, { ...evidence, sourceRef: `complaint:${complaintId}`, link: o.sourceLink });
}

/**
 * An inspection concluded or a periodic report submitted: the linked task's lead units' occurrence
 * whose period contains the day is advanced. `actingUnitId` limits it to the lead unit that did the
 * activity (a report counts for the unit that submitted it); without it every lead unit (the inspecting office).
 * `year` limits it to the tasks of that year's plans (an inspection counts for the plan of its own year).
 */
export async function advanceLinkedOccurrences(
  tx: Tx,
  kind: "inspection" | "periodic-report",
  day: LocalDate,
  evidence: Evidence,
  options: { actingUnitId?: string; periodKind?: ReportingPeriodKind; year?: number } = {},
): Promise<number> {
  let advanced = 0;
  for (const task of await linkedTasks(tx, kind, options.year)) {
    const leads = new Set(task.units.flatMap((u) => (u.unitId ? [u.unitId] : [])));
    const acting = options.actingUnitId;
    // The city's own report may be filed under the city (UBND) itself while its office leads the task.
    const unitIds = acting === undefined ? [...leads] : leads.has(acting) ? [acting] : acting === task.plan.issuingUnitId ? [...leads] : [];
    for (const unitId of unitIds) {
      const rows = await tx.occurrence.findMany({ where: { taskId: task.id, unitId }, select: { id: true, key: true, dueDay: true } });
      const target = occurrenceForDay(
        rows.map((r) => ({ ...r, dueDay: fromDbDate(r.dueDay) })),
        day,
        options.periodKind,
      );
      if (target && (await attachEvidence(tx, target.id, evidence))) advanced += 1;
    }
  }
  return advanced;
}

/** The day in Vietnam an event happened. */
export const eventDay = (time: string): LocalDate => toLocalDate(new Date(time));
