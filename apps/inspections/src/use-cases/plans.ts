/**
 * The year's inspection plan (kế hoạch kiểm tra): drafted and edited by the city office, approved only by a
 * leader; approval schedules one inspection per item and announces it, in one transaction with the events.
 */
import { toDbDate, type DateRange } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import { randomUUID } from "node:crypto";
import type { Actor, ChangeContext } from "@tthc/service-kit";
import { missingUnitText, unitNames, unitsMissingOn } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import {
  isCityOffice,
  isLeader,
  MAX_PLAN_YEAR,
  MIN_PLAN_YEAR,
  periodWindow,
  planProblem,
  refusal,
  type InspectionType,
  type PlanItemInput,
} from "../domain/index.ts";
import { inspectionLink, inspectionsEvent } from "../events/outgoing.ts";
import { changeDay } from "./clock.ts";
import { domainError, forbiddenVi, planNotFound, refuseIf } from "./errors.ts";

export interface PlanDraftInput {
  year: number;
  title: string;
  items: PlanItemInput[];
}

/** The inspection types as Vietnamese text writes them (event titles, documents). */
export const TYPE_VI = { periodic: "định kỳ", unannounced: "đột xuất", thematic: "chuyên đề" } as const;

function requireCityOffice(actor: Actor): void {
  if (!isCityOffice(actor))
    throw forbiddenVi("Chỉ Văn phòng (cán bộ quản trị) được lập kế hoạch kiểm tra.", "Only the city office drafts inspection plans.");
}

/** A plan names the units that exist on its year's 1 January (the editor's picker lists the same). */
async function checkDraft(db: Db, input: PlanDraftInput): Promise<void> {
  const yearStart = `${input.year}-01-01`;
  const validYear = Number.isInteger(input.year) && input.year >= MIN_PLAN_YEAR && input.year <= MAX_PLAN_YEAR;
  const missing = validYear
    ? await unitsMissingOn(
        db,
        input.items.map((i) => i.unitId),
        yearStart,
      )
    : [];
  const byId = new Map(missing.map((m) => [m.id, m]));
  const what = { vi: "Đơn vị được kiểm tra", en: "The inspected unit" };
  refuseIf(
    planProblem(input.year, input.title, input.items, (id) => {
      const m = byId.get(id);
      return m ? missingUnitText(what, m, yearStart) : null;
    }),
  );
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
      data: { status: "approved", approvedById: leader.userId, approvedAt: ctx.now },
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
    const events = rows.map(({ item, id, window }) =>
      scheduledEvent(
        { id, planId, unitId: item.unitId, type: item.type, window },
        item.periodKind === "month" ? `tháng ${item.period}/${plan.year}` : `quý ${item.period}/${plan.year}`,
        ctx,
      ),
    );
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

/** inspections.inspection.scheduled of a new inspection; `when` says its month or quarter in Vietnamese. */
function scheduledEvent(
  inspection: { id: string; planId: string | null; unitId: string; type: InspectionType; window: DateRange },
  when: string,
  ctx: ChangeContext,
) {
  return inspectionsEvent(
    "inspections.inspection.scheduled",
    inspection.id,
    {
      inspectionId: inspection.id,
      planId: inspection.planId,
      unitId: inspection.unitId,
      type: inspection.type,
      windowStart: inspection.window.start,
      windowEnd: inspection.window.end,
      title: `Kiểm tra ${TYPE_VI[inspection.type]} công tác kiểm soát TTHC ${when}`,
      link: inspectionLink(inspection.id),
    },
    ctx,
  );
}

export interface SuggestedInspectionInput {
  unitId: string;
  /** The month it is scheduled in; the current month when not given. */
  year?: number | null;
  month?: number | null;
  focus?: string | null;
}

/**
 * A risk-ranking suggestion made an unannounced inspection (kiểm tra đột xuất) in one step, outside the
 * year's plan: scheduled in the month given (this month by default), announced like a planned one.
 */
export async function scheduleSuggestedInspection(db: Db, input: SuggestedInspectionInput, ctx: ChangeContext) {
  if (!isCityOffice(ctx.actor))
    throw forbiddenVi("Chỉ Văn phòng được lên lịch kiểm tra đột xuất.", "Only the city office schedules unannounced inspections.");
  const today = changeDay(ctx);
  const year = input.year ?? Number(today.slice(0, 4));
  const month = input.month ?? Number(today.slice(5, 7));
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw domainError(refusal("BAD_PERIOD", "Tháng kiểm tra phải từ 1 đến 12.", "The month must be 1–12.", "month"));
  if (!Number.isInteger(year) || year < MIN_PLAN_YEAR || year > MAX_PLAN_YEAR)
    throw domainError(refusal("BAD_YEAR", `Năm phải từ ${MIN_PLAN_YEAR} đến ${MAX_PLAN_YEAR}.`, "Bad year.", "year"));
  const window = periodWindow(year, "month", month);
  if (window.end < today)
    throw domainError(
      refusal("PAST_PERIOD", "Không lên lịch kiểm tra vào tháng đã qua.", "An inspection cannot be scheduled in a past month.", "month"),
    );
  if (!(await unitNames(db, [input.unitId])).has(input.unitId))
    throw domainError(refusal("UNKNOWN_UNIT", "Không tìm thấy đơn vị được kiểm tra.", "Unknown unit.", "unitId"));
  const focus = input.focus?.trim() || "Kiểm tra đột xuất theo mức độ rủi ro (đề xuất từ các tín hiệu của đơn vị)";
  return db.$transaction(async (tx) => {
    const inspection = await tx.inspection.create({
      data: {
        unitId: input.unitId,
        type: "unannounced",
        focus,
        windowStart: toDbDate(window.start),
        windowEnd: toDbDate(window.end),
        createdAt: ctx.now,
      },
    });
    await enqueue(
      tx,
      scheduledEvent({ id: inspection.id, planId: null, unitId: input.unitId, type: "unannounced", window }, `tháng ${month}/${year}`, ctx),
    );
    return inspection;
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
