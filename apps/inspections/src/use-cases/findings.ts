/**
 * Findings and recommendations (phát hiện, kiến nghị): the team records a finding and the recommendations
 * it leads to; the responsible unit answers each; the team verifies it or returns it with a reason.
 */
import { fromDbDate, fromDbDateOrNull, toDbDate, type LocalDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import { isUuid, type Actor, type ChangeContext } from "@tthc/service-kit";
import { unitNames } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import type { Prisma, Recommendation, Severity } from "../db/generated/client.ts";
import {
  actsForTeam,
  actsForUnit,
  canReadInspection,
  canReadRecommendation,
  inspectionScope,
  OPEN_STATUSES,
  recommendationAnswerProblem,
  recommendationDue,
  refusal,
  verificationProblem,
} from "../domain/index.ts";
import { inspectionLink, inspectionsEvent } from "../events/outgoing.ts";
import { changeDay } from "./clock.ts";
import { domainError, forbiddenVi, recommendationNotFound, refuseIf } from "./errors.ts";
import { checkEvidence } from "./evidence.ts";
import { MAX_PAGE, readableInspection } from "./inspections.ts";

const teamOnly = () =>
  forbiddenVi("Chỉ thành viên đoàn kiểm tra được ghi nhận kết quả kiểm tra.", "Only the inspection team records results.");

export async function recordFinding(
  db: Db,
  inspectionId: string,
  input: { criterionId?: string | null; severity: Severity; description: string; fileIds?: string[] | null },
  ctx: ChangeContext,
) {
  if (!input.description.trim())
    throw domainError(refusal("BLANK_DESCRIPTION", "Vui lòng mô tả nội dung phát hiện.", "Describe the finding.", "description"));
  return db.$transaction(async (tx) => {
    const inspection = await readableInspection(tx, ctx.actor, inspectionId);
    const members = await tx.teamMember.findMany({ where: { inspectionId } });
    if (!actsForTeam(ctx.actor, members)) throw teamOnly();
    if (inspection.status !== "started")
      throw domainError(
        refusal(
          "NOT_STARTED",
          "Chỉ ghi nhận phát hiện khi cuộc kiểm tra đang diễn ra.",
          "Findings are recorded while the inspection runs.",
        ),
      );
    const criterion = input.criterionId ? await tx.criterion.findFirst({ where: { id: input.criterionId, inspectionId } }) : null;
    if (input.criterionId && !criterion)
      throw domainError(
        refusal("UNKNOWN_CRITERION", "Tiêu chí không thuộc phiếu kiểm tra này.", "The criterion is not on this checklist.", "criterionId"),
      );
    const fileIds = await checkEvidence(tx, ctx.actor, input.fileIds, "fileIds");
    const userId = ctx.actor.kind === "user" ? ctx.actor.userId : "system";
    const finding = await tx.finding.create({
      data: {
        inspectionId,
        criterionId: criterion?.id ?? null,
        severity: input.severity,
        description: input.description.trim(),
        fileIds,
        recordedBy: userId,
        // The request's instant: repeated findings and the risk window are measured on it.
        createdAt: ctx.now,
      },
    });
    await enqueue(
      tx,
      inspectionsEvent(
        "inspections.finding.recorded",
        inspectionId,
        {
          inspectionId,
          findingId: finding.id,
          unitId: inspection.unitId,
          criterionCode: criterion?.code ?? null,
          severity: finding.severity,
        },
        ctx,
      ),
    );
    return finding;
  });
}

export const recommendationRef = (r: Recommendation, title: string) => ({
  recommendationId: r.id,
  inspectionId: r.inspectionId,
  findingId: r.findingId,
  unitId: r.responsibleUnitId,
  dueDay: fromDbDate(r.dueDay),
  title,
  link: inspectionLink(r.inspectionId),
});

const formatDay = (day: LocalDate) => day.split("-").reverse().join("/");

export interface RecommendationInput {
  text: string;
  /** The inspected unit when not given. */
  responsibleUnitId?: string | null;
  dueDay?: LocalDate | null;
  workingDays?: number | null;
}

export async function issueRecommendation(db: Db, findingId: string, input: RecommendationInput, ctx: ChangeContext) {
  if (!input.text.trim()) throw domainError(refusal("BLANK_TEXT", "Vui lòng nhập nội dung kiến nghị.", "Say what is to be fixed.", "text"));
  return db.$transaction(async (tx) => {
    const finding = await tx.finding.findUnique({ where: { id: findingId } });
    if (!finding) throw domainError(refusal("UNKNOWN_FINDING", "Không tìm thấy phát hiện.", "Unknown finding.", "findingId"));
    const inspection = await readableInspection(tx, ctx.actor, finding.inspectionId);
    const members = await tx.teamMember.findMany({ where: { inspectionId: inspection.id } });
    if (!actsForTeam(ctx.actor, members)) throw teamOnly();
    const unitId = input.responsibleUnitId ?? inspection.unitId;
    if (!(await unitNames(tx, [unitId])).has(unitId))
      throw domainError(
        refusal("UNKNOWN_UNIT", "Không tìm thấy đơn vị chịu trách nhiệm.", "Unknown responsible unit.", "responsibleUnitId"),
      );
    const due = recommendationDue(
      { dueDay: input.dueDay ?? null, workingDays: input.workingDays ?? null },
      { startDay: fromDbDateOrNull(inspection.startDay), endDay: fromDbDateOrNull(inspection.endDay) },
      changeDay(ctx),
    );
    if (!due.ok) throw domainError(due.error);
    const recommendation = await tx.recommendation.create({
      data: { findingId, inspectionId: inspection.id, text: input.text.trim(), responsibleUnitId: unitId, dueDay: toDbDate(due.dueDay) },
    });
    await enqueue(
      tx,
      inspectionsEvent(
        "inspections.recommendation.issued",
        recommendation.id,
        recommendationRef(recommendation, `Kiến nghị sau kiểm tra: thực hiện trước ${formatDay(due.dueDay)}`),
        ctx,
      ),
    );
    return recommendation;
  });
}

/** The responsible unit says what it did; a unit officer answers only the recommendations addressed to their unit. */
export async function answerRecommendation(db: Db, id: string, answer: string, fileIds: string[] | null, ctx: ChangeContext) {
  return db.$transaction(async (tx) => {
    const recommendation = await tx.recommendation.findUnique({ where: { id } });
    if (!recommendation) throw recommendationNotFound();
    if (!actsForUnit(ctx.actor, recommendation.responsibleUnitId)) {
      const inspection = await tx.inspection.findUnique({ where: { id: recommendation.inspectionId } });
      if (!inspection || !canReadInspection(ctx.actor, inspection)) throw recommendationNotFound();
      throw forbiddenVi("Chỉ đơn vị chịu trách nhiệm được trả lời kiến nghị.", "Only the responsible unit answers a recommendation.");
    }
    refuseIf(recommendationAnswerProblem(recommendation.status, answer));
    const evidence = await checkEvidence(tx, ctx.actor, fileIds, "fileIds");
    const claimed = await tx.recommendation.updateMany({
      where: { id, status: recommendation.status },
      data: { status: "answered", answer: answer.trim(), answerFileIds: evidence, answeredAt: ctx.now },
    });
    if (claimed.count !== 1)
      throw domainError(refusal("CHANGED", "Kiến nghị vừa được cập nhật; vui lòng tải lại.", "The recommendation changed meanwhile."));
    const answered = await tx.recommendation.findUniqueOrThrow({ where: { id } });
    await enqueue(
      tx,
      inspectionsEvent(
        "inspections.recommendation.answered",
        id,
        recommendationRef(answered, "Đơn vị đã trả lời kiến nghị sau kiểm tra"),
        ctx,
      ),
    );
    return answered;
  });
}

/**
 * A recommendation the caller may act on as its inspection's team (or the city office): not found,
 * unreadable or not the team's are refused with the given Vietnamese / English text.
 */
export async function recommendationForTeam(tx: Prisma.TransactionClient, id: string, ctx: ChangeContext, [vi, en]: [string, string]) {
  const recommendation = await tx.recommendation.findUnique({ where: { id } });
  if (!recommendation) throw recommendationNotFound();
  await readableInspection(tx, ctx.actor, recommendation.inspectionId);
  const members = await tx.teamMember.findMany({ where: { inspectionId: recommendation.inspectionId } });
  if (!actsForTeam(ctx.actor, members)) throw forbiddenVi(vi, en);
  return recommendation;
}

/** The team accepts the answer (verified) or returns it as not sufficient, with a reason the unit reads. */
export async function verifyRecommendation(db: Db, id: string, accepted: boolean, reason: string | null, ctx: ChangeContext) {
  return db.$transaction(async (tx) => {
    const recommendation = await recommendationForTeam(tx, id, ctx, [
      "Chỉ đoàn kiểm tra được xác nhận kiến nghị.",
      "Only the team verifies recommendations.",
    ]);
    refuseIf(verificationProblem(recommendation.status, accepted, reason));
    const claimed = await tx.recommendation.updateMany({
      where: { id, status: "answered" },
      data: accepted
        ? { status: "verified", verifiedAt: ctx.now, returnReason: null }
        : { status: "returned", returnReason: reason!.trim() },
    });
    if (claimed.count !== 1)
      throw domainError(refusal("CHANGED", "Kiến nghị vừa được cập nhật; vui lòng tải lại.", "The recommendation changed meanwhile."));
    const updated = await tx.recommendation.findUniqueOrThrow({ where: { id } });
    await enqueue(
      tx,
      accepted
        ? inspectionsEvent(
            "inspections.recommendation.verified",
            id,
            recommendationRef(updated, "Kiến nghị đã được đoàn kiểm tra xác nhận hoàn thành"),
            ctx,
          )
        : inspectionsEvent(
            "inspections.recommendation.returned",
            id,
            { ...recommendationRef(updated, "Kiến nghị bị trả lại: chưa đạt yêu cầu"), reason: reason!.trim() },
            ctx,
          ),
    );
    return updated;
  });
}

/** The recommendations of these ids the actor may read, in one query (reporting's drill-down); the others are left out. */
export async function readableRecommendations(db: Db, actor: Actor, ids: readonly string[]): Promise<Map<string, Recommendation>> {
  const rows = await db.recommendation.findMany({ where: { id: { in: ids.filter(isUuid) } } });
  return new Map(rows.filter((r) => canReadRecommendation(actor, r)).map((r) => [r.id, r]));
}

/** One page of the recommendations the actor may read (a unit officer: those addressed to their unit), due first; paged in SQL. */
export interface RecommendationFilter {
  status: Recommendation["status"] | null;
  /** Those addressed to this unit. */
  unitId: string | null;
  /** Only those in OPEN_STATUSES. */
  open: boolean;
}

export async function listRecommendations(
  db: Db,
  actor: ChangeContext["actor"],
  filter: RecommendationFilter,
  page: { limit: number; offset: number },
) {
  const scope = inspectionScope(actor);
  if (scope.kind === "none") throw forbiddenVi("Bạn không có quyền xem kiến nghị.", "You may not read recommendations.");
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_PAGE || !Number.isInteger(page.offset) || page.offset < 0)
    throw domainError(refusal("BAD_PAGE", `Mỗi trang từ 1 đến ${MAX_PAGE} dòng.`, `A page holds 1–${MAX_PAGE} rows.`, "limit"));
  const { status, unitId, open } = filter;
  // A unit officer asking for another unit's reads nothing, as for an inspection of another unit.
  const otherUnit = scope.kind === "unit" && unitId !== null && unitId !== scope.unitId;
  const unit = scope.kind === "unit" ? scope.unitId : unitId;
  const where: Prisma.RecommendationWhereInput = {
    AND: [
      otherUnit ? { id: { in: [] } } : unit ? { responsibleUnitId: unit } : {},
      status ? { status } : {},
      open ? { status: { in: [...OPEN_STATUSES] } } : {},
    ],
  };
  const [total, items] = await Promise.all([
    db.recommendation.count({ where }),
    db.recommendation.findMany({
      where,
      orderBy: [{ dueDay: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: page.limit,
      skip: page.offset,
    }),
  ]);
  return { total, items };
}
