/**
 * Reporting progress on an occurrence and the city office's review of the report. Each change and
 * its event are one transaction.
 */
import { fromDbDate, toDbDate } from "@tthc/calendar";
import type { LocalDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import { type Actor, actorKey, badInput, type ChangeContext, forbidden, isUuid, notFound, requireRole } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import {
  canReadOccurrence,
  checkProgressReport,
  checkReviewComment,
  reportingRole,
  taskLabel,
  type ProgressReportInput,
  type ReviewDecision,
} from "../domain/index.ts";
import { planningEvent } from "../events/outgoing.ts";
import { occurrenceNotFound } from "./access.ts";

type Tx = Prisma.TransactionClient;

/** What access (canReadOccurrence, reportingRole) and events need of an occurrence: its task, section, plan and coordinating units. */
export const OCCURRENCE_WITH_SCOPE = {
  task: { include: { section: true, units: { where: { role: "coordinating" } } } },
  plan: true,
} satisfies Prisma.OccurrenceInclude;

/** An occurrence read with OCCURRENCE_WITH_SCOPE, with its coordinating units' ids. */
export function withScope<T extends { task: { units: Array<{ unitId: string | null }> } }>(occurrence: T) {
  return { ...occurrence, coordinatingUnitIds: occurrence.task.units.flatMap((u) => (u.unitId ? [u.unitId] : [])) };
}

/** The occurrence with what access and events need, or null. */
export async function loadOccurrence(tx: Tx | Db, id: string) {
  if (!isUuid(id)) return null;
  const occurrence = await tx.occurrence.findUnique({ where: { id }, include: OCCURRENCE_WITH_SCOPE });
  return occurrence ? withScope(occurrence) : null;
}
export type LoadedOccurrence = NonNullable<Awaited<ReturnType<typeof loadOccurrence>>>;

export function occurrenceRef(o: LoadedOccurrence, unitId: string, title: string) {
  return {
    unitId,
    title,
    link: `/planning/my-tasks?occurrence=${o.id}`,
    occurrenceId: o.id,
    planId: o.planId,
    taskId: o.taskId,
    taskLabel: taskLabel(o.task.section, o.task.number),
    dueDay: fromDbDate(o.dueDay),
  };
}

async function checkFiles(tx: Tx, fileIds: string[], actor: Actor): Promise<void> {
  if (fileIds.length === 0) return;
  const uploader = actor.kind === "user" ? actorKey(actor) : "";
  const valid = fileIds.every((id) => isUuid(id));
  const rows = valid
    ? await tx.$queryRawUnsafe<Array<{ id: string }>>(
        `SELECT id::text FROM stored_file WHERE id = ANY($1::uuid[]) AND uploaded_by = $2`,
        fileIds,
        uploader,
      )
    : [];
  if (rows.length !== fileIds.length)
    throw badInput("Tệp đính kèm không tồn tại hoặc không phải do bạn tải lên. Vui lòng tải tệp lên lại.", "fileIds");
}

export async function reportProgress(db: Db, occurrenceId: string, input: ProgressReportInput, ctx: ChangeContext, today: LocalDate) {
  const actor = ctx.actor;
  return db.$transaction(async (tx) => {
    const occurrence = await loadOccurrence(tx, occurrenceId);
    if (!occurrence || !canReadOccurrence(actor, occurrence)) throw occurrenceNotFound();
    const role = reportingRole(actor, occurrence);
    if (!role || actor.kind !== "user" || !actor.unitId)
      throw forbidden("Chỉ cán bộ của đơn vị chủ trì hoặc đơn vị phối hợp mới được báo cáo tiến độ nhiệm vụ này.");
    if (occurrence.plan.status !== "issued") throw badInput("Kế hoạch chưa ban hành hoặc đã kết thúc; không thể báo cáo tiến độ.");
    const checked = checkProgressReport(input, today);
    if (!checked.ok) throw badInput(checked.message, checked.field);
    const report = checked.value;
    await checkFiles(tx, report.fileIds, actor);

    const created = await tx.progressReport.create({
      data: {
        occurrenceId,
        unitId: actor.unitId,
        authorId: actor.userId,
        status: report.status,
        note: report.note,
        evidenceNumber: report.evidenceNumber,
        evidenceDate: report.evidenceDate ? toDbDate(report.evidenceDate) : null,
        evidenceLink: report.evidenceLink,
        fileIds: report.fileIds,
        // The process clock (or the request's instant), like reviewedAt: the database's now() is the
        // wall clock, which a stack on TEST_CLOCK, or a seed replaying an earlier day, does not run on.
        createdAt: ctx.now,
      },
    });
    // A coordinating unit adds to the lead unit's report; only the lead unit moves the status.
    await tx.occurrence.update({
      where: { id: occurrenceId },
      data: { review: "pending", ...(role === "lead" ? { status: report.status } : {}) },
    });
    await enqueue(
      tx,
      planningEvent(
        "planning.occurrence.reported",
        occurrenceId,
        {
          ...occurrenceRef(
            occurrence,
            occurrence.plan.issuingUnitId,
            `Nhiệm vụ ${taskLabel(occurrence.task.section, occurrence.task.number)}: có báo cáo tiến độ mới`,
          ),
          reportId: created.id,
          status: report.status,
          reportingUnitId: actor.unitId,
          hasEvidence: report.evidenceNumber !== null || report.evidenceLink !== null || report.fileIds.length > 0,
        },
        ctx,
      ),
    );
    return created;
  });
}

export async function reviewProgress(
  db: Db,
  reportId: string,
  decision: ReviewDecision,
  comment: string | null | undefined,
  ctx: ChangeContext,
) {
  const admin = requireRole(ctx.actor, "CITY_ADMIN");
  const checked = checkReviewComment(decision, comment);
  if (!checked.ok) throw badInput(checked.message, checked.field);
  return db.$transaction(async (tx) => {
    const report = isUuid(reportId) ? await tx.progressReport.findUnique({ where: { id: reportId } }) : null;
    if (!report) throw notFound("Không tìm thấy báo cáo tiến độ.");
    if (report.reviewState !== "pending") throw badInput("Báo cáo này đã được xem xét.");
    const occurrence = await loadOccurrence(tx, report.occurrenceId);
    if (!occurrence) throw notFound("Không tìm thấy báo cáo tiến độ.");
    const reviewState = decision === "accept" ? "accepted" : "returned";
    const updated = await tx.progressReport.update({
      where: { id: reportId },
      data: { reviewState, reviewComment: checked.value, reviewedBy: admin.userId, reviewedAt: ctx.now },
    });
    // A returned "done" is not done: the unit has to report again.
    const reopen = decision === "return" && occurrence.status === "done";
    await tx.occurrence.update({
      where: { id: occurrence.id },
      data: { review: reviewState, ...(reopen ? { status: "in_progress" } : {}) },
    });
    const label = taskLabel(occurrence.task.section, occurrence.task.number);
    const event =
      decision === "accept"
        ? planningEvent(
            "planning.occurrence.accepted",
            occurrence.id,
            {
              ...occurrenceRef(occurrence, report.unitId, `Nhiệm vụ ${label}: báo cáo đã được chấp nhận`),
              reportId,
              status: report.status,
              comment: checked.value,
            },
            ctx,
          )
        : planningEvent(
            "planning.occurrence.returned",
            occurrence.id,
            {
              ...occurrenceRef(occurrence, report.unitId, `Nhiệm vụ ${label}: báo cáo bị trả lại`),
              reportId,
              comment: checked.value as string,
            },
            ctx,
          );
    await enqueue(tx, event);
    return updated;
  });
}
