/**
 * The year's inspection plan (kế hoạch kiểm tra): drafted and edited by the city office, approved only by a
 * leader; approval schedules one inspection per item and announces it, in one transaction with the events.
 */
import { toDbDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import { randomUUID } from "node:crypto";
import type { Actor, ChangeContext } from "@tthc/service-kit";
import { unitNames } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import { isCityOffice, isLeader, periodWindow, planProblem, refusal, type PlanItemInput } from "../domain/index.ts";
import { inspectionLink, inspectionsEvent } from "../events/outgoing.ts";
import { changeDay, changedAt } from "./clock.ts";
import { domainError, forbiddenVi, planNotFound, refuseIf } from "./errors.ts";

export interface PlanDraftInput {
  year: number;
  title: string;
  items: PlanItemInput[];
}

const TYPE_VI = { periodic: "định kỳ", unannounced: "đột xuất", thematic: "chuyên đề" } as const;

function requireCityOffice(actor: Actor): void {
  if (!isCityOffice(actor))
    throw forbiddenVi("Chỉ Văn phòng (cán bộ quản trị) được lập kế hoạch kiểm tra.", "Only the city office drafts inspection plans.");
}

async function checkDraft(db: Db, input: PlanDraftInput): Promise<void> {
  const known = await unitNames(
    db,
    input.items.map((i) => i.unitId),
  );
  refuseIf(planProblem(input.year, input.title, input.items, (id) => known.has(id)));
}

const itemRows = (items: PlanItemInput[]) =>
  items.map((item, index) => ({
    order: index + 1,
    unitId: item.unitId,
    periodKind: item.periodKind,
    period: item.period,
    type: item.type,
    focus: item.focus.trim(),
  }));

export async function createPlan(db: Db, input: PlanDraftInput, ctx: ChangeContext) {
  requireCityOffice(ctx.actor);
  await checkDraft(db, input);
  const actor = ctx.actor as Extract<Actor, { kind: "user" }>;
  return db.inspectionPlan.create({
    data: { year: input.year, title: input.title.trim(), draftedById: actor.userId, items: { create: itemRows(input.items) } },
  });
}

/** A draft's title and items are replaced as a whole; an approved plan no longer changes. */
export async function updatePlan(db: Db, planId: string, input: Omit<PlanDraftInput, "year">, ctx: ChangeContext) {
  requireCityOffice(ctx.actor);
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findUnique({ where: { id: planId } });
    if (!plan) throw planNotFound();
    await checkDraft(db, { ...input, year: plan.year });
    // The status guard in the update makes an edit racing an approval a refused no-op.
    const claimed = await tx.inspectionPlan.updateMany({ where: { id: planId, status: "draft" }, data: { title: input.title.trim() } });
    if (claimed.count !== 1)
      throw domainError(
        refusal("PLAN_APPROVED", "Kế hoạch kiểm tra đã được phê duyệt; không thể sửa.", "The plan is approved and can no longer change."),
      );
    await tx.planItem.deleteMany({ where: { planId } });
    await tx.planItem.createMany({ data: itemRows(input.items).map((row) => ({ ...row, planId })) });
    return tx.inspectionPlan.findUniqueOrThrow({ where: { id: planId } });
  });
}

export async function approvePlan(db: Db, planId: string, ctx: ChangeContext) {
  if (!isLeader(ctx.actor))
    throw forbiddenVi("Chỉ lãnh đạo được phê duyệt kế hoạch kiểm tra.", "Only a leader approves the inspection plan.");
  const leader = ctx.actor as Extract<Actor, { kind: "user" }>;
  const on = changeDay(ctx);
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findUnique({ where: { id: planId }, include: { items: { orderBy: { order: "asc" } } } });
    if (!plan) throw planNotFound();
    const claimed = await tx.inspectionPlan.updateMany({
      where: { id: planId, status: "draft" },
      data: { status: "approved", approvedById: leader.userId, approvedAt: changedAt(ctx) },
    });
    if (claimed.count !== 1)
      throw domainError(refusal("PLAN_APPROVED", "Kế hoạch kiểm tra đã được phê duyệt trước đó.", "The plan was already approved."));
    // One insert for the plan's inspections, ids made here so the events can name them.
    const rows = plan.items.map((item) => ({ item, id: randomUUID(), window: periodWindow(plan.year, item.periodKind, item.period) }));
    await tx.inspection.createMany({
      data: rows.map(({ item, id, window }) => ({
        id,
        planId,
        planItemId: item.id,
        unitId: item.unitId,
        type: item.type,
        focus: item.focus,
        windowStart: toDbDate(window.start),
        windowEnd: toDbDate(window.end),
      })),
    });
    const events = rows.map(({ item, id, window }) => {
      const when = item.periodKind === "month" ? `tháng ${item.period}/${plan.year}` : `quý ${item.period}/${plan.year}`;
      return inspectionsEvent(
        "inspections.inspection.scheduled",
        id,
        {
          inspectionId: id,
          planId,
          unitId: item.unitId,
          type: item.type,
          windowStart: window.start,
          windowEnd: window.end,
          title: `Kiểm tra ${TYPE_VI[item.type]} công tác kiểm soát TTHC ${when}`,
          link: inspectionLink(id),
        },
        ctx,
      );
    });
    await enqueue(
      tx,
      inspectionsEvent(
        "inspections.plan.approved",
        planId,
        {
          planId,
          year: plan.year,
          title: plan.title,
          approvedOn: on,
          inspectionCount: plan.items.length,
          unitIds: [...new Set(plan.items.map((i) => i.unitId))],
        },
        ctx,
      ),
      ...events,
    );
    return tx.inspectionPlan.findUniqueOrThrow({ where: { id: planId } });
  });
}

/** Plans name every inspected unit: the city office, leaders and inspectors read them, unit officers do not. */
export function requirePlanReader(actor: Actor): void {
  if (actor.kind !== "user" || !actor.roles.some((r) => r === "CITY_ADMIN" || r === "LEADER" || r === "INSPECTOR"))
    throw forbiddenVi("Bạn không có quyền xem kế hoạch kiểm tra.", "You may not read inspection plans.");
}

export async function listPlans(db: Db, actor: Actor, year: number | null) {
  requirePlanReader(actor);
  return db.inspectionPlan.findMany({ where: year === null ? {} : { year }, orderBy: [{ year: "desc" }, { createdAt: "desc" }] });
}

export async function findPlan(db: Db, actor: Actor, id: string) {
  requirePlanReader(actor);
  return db.inspectionPlan.findUnique({ where: { id } });
}
