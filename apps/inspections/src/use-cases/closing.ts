/**
 * Following recommendations to the end (issue 11 item 5): a recommendation the unit cannot finish under
 * this inspection is carried over to a follow-up one; the inspection closes once every recommendation is
 * verified or carried over; a recommendation past its due day without the unit's answer raises
 * inspections.recommendation.overdue once, for the unit's inbox (the directory turns it into a notification).
 */
import { fromDbDate, type LocalDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import type { ChangeContext } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import { actsForTeam, AWAITING_UNIT_STATUSES, calendar, OPEN_STATUSES, refusal } from "../domain/index.ts";
import { inspectionLink, inspectionsEvent } from "../events/outgoing.ts";
import { changeDay } from "./clock.ts";
import { domainError, forbiddenVi } from "./errors.ts";
import { readableInspection } from "./inspections.ts";
import { recommendationForTeam, recommendationRef } from "./findings.ts";

const formatDay = (day: LocalDate) => day.split("-").reverse().join("/");

/** The team or the city office: a recommendation not verified is carried over to a follow-up inspection, with a reason. */
export async function carryOverRecommendation(db: Db, id: string, reason: string, ctx: ChangeContext) {
  if (!reason.trim())
    throw domainError(
      refusal("REASON_REQUIRED", "Vui lòng nêu lý do chuyển kiến nghị sang kiểm tra lại.", "Say why it is carried over.", "reason"),
    );
  return db.$transaction(async (tx) => {
    await recommendationForTeam(tx, id, ctx, [
      "Chỉ đoàn kiểm tra hoặc Văn phòng được chuyển kiến nghị.",
      "Only the team or the city office carries over.",
    ]);
    const claimed = await tx.recommendation.updateMany({
      where: { id, status: { in: [...OPEN_STATUSES] } },
      data: { status: "carried_over", carryOverReason: reason.trim() },
    });
    if (claimed.count !== 1)
      throw domainError(
        refusal(
          "NOT_CARRIABLE",
          "Kiến nghị đã được xác nhận hoặc đã chuyển kiểm tra lại.",
          "The recommendation is already verified or carried over.",
        ),
      );
    return tx.recommendation.findUniqueOrThrow({ where: { id } });
  });
}

/**
 * Closed (kết thúc) means every recommendation is verified or carried over; the conclusion comes first.
 * Refused, changing nothing, while one is still open, answered or returned.
 */
export async function closeInspection(db: Db, inspectionId: string, ctx: ChangeContext) {
  return db.$transaction(async (tx) => {
    const inspection = await readableInspection(tx, ctx.actor, inspectionId);
    const members = await tx.teamMember.findMany({ where: { inspectionId } });
    if (!actsForTeam(ctx.actor, members))
      throw forbiddenVi("Chỉ đoàn kiểm tra hoặc Văn phòng được kết thúc cuộc kiểm tra.", "Only the team or the city office closes.");
    if (inspection.status !== "concluded")
      throw domainError(
        refusal(
          "NOT_CONCLUDED",
          inspection.status === "closed" ? "Cuộc kiểm tra đã kết thúc trước đó." : "Cuộc kiểm tra chưa có thông báo kết luận.",
          inspection.status === "closed" ? "The inspection is already closed." : "The inspection is not concluded yet.",
        ),
      );
    // Locked, so an answer or a verification racing the close is either seen here or waits for it.
    const recommendations = await tx.$queryRawUnsafe<Array<{ status: string }>>(
      `SELECT status::text AS status FROM recommendation WHERE inspection_id = $1::uuid FOR UPDATE`,
      inspectionId,
    );
    const pending = recommendations.filter((r) => r.status !== "verified" && r.status !== "carried_over").length;
    if (pending > 0)
      throw domainError(
        refusal(
          "RECOMMENDATIONS_PENDING",
          `Chưa thể kết thúc: còn ${pending} kiến nghị chưa được xác nhận hoàn thành hoặc chuyển kiểm tra lại.`,
          `${pending} recommendation(s) are neither verified nor carried over.`,
        ),
      );
    const closedOn = changeDay(ctx);
    const claimed = await tx.inspection.updateMany({
      where: { id: inspectionId, status: "concluded" },
      data: { status: "closed", closedAt: ctx.now },
    });
    if (claimed.count !== 1)
      throw domainError(refusal("CHANGED", "Cuộc kiểm tra vừa được cập nhật; vui lòng tải lại.", "The inspection changed meanwhile."));
    await enqueue(
      tx,
      inspectionsEvent(
        "inspections.inspection.closed",
        inspectionId,
        {
          inspectionId,
          unitId: inspection.unitId,
          closedOn,
          verifiedCount: recommendations.filter((r) => r.status === "verified").length,
          carriedOverCount: recommendations.filter((r) => r.status === "carried_over").length,
          title: `Kết thúc theo dõi cuộc kiểm tra (kết luận số ${inspection.conclusionNumber ?? ""})`.replace(" ()", ""),
          link: inspectionLink(inspectionId),
        },
        ctx,
      ),
    );
    return tx.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
  });
}

const BATCH = 500;

/**
 * The overdue check (a periodic job): recommendations past their due day that the unit has not answered
 * (open, or returned to it) are marked and announced once each. The rows are claimed (FOR UPDATE SKIP
 * LOCKED) and marked in the event's transaction, so two replicas checking at once never raise one twice.
 */
export async function raiseOverdueRecommendations(db: Db, today: LocalDate, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT id FROM recommendation
        WHERE due_day < $1::date AND status = ANY($3::"RecommendationStatus"[]) AND overdue_raised_at IS NULL
        ORDER BY due_day, id LIMIT $2
        FOR UPDATE SKIP LOCKED`,
      today,
      BATCH,
      AWAITING_UNIT_STATUSES,
    );
    if (claimed.length === 0) return 0;
    const ids = claimed.map((c) => c.id);
    await tx.recommendation.updateMany({ where: { id: { in: ids } }, data: { overdueRaisedAt: now } });
    const rows = await tx.recommendation.findMany({ where: { id: { in: ids } }, orderBy: [{ dueDay: "asc" }, { id: "asc" }] });
    await enqueue(
      tx,
      ...rows.map((r) => {
        const dueDay = fromDbDate(r.dueDay);
        return inspectionsEvent(
          "inspections.recommendation.overdue",
          r.id,
          {
            ...recommendationRef(r, `Kiến nghị sau kiểm tra đã quá hạn (hạn ${formatDay(dueDay)})`),
            workingDaysLate: Math.max(1, -calendar.workingDaysRemaining(dueDay, today)),
          },
          { actor: { kind: "service", service: "inspections" }, now },
        );
      }),
    );
    return rows.length;
  });
}
