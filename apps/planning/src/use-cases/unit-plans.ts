/**
 * Unit plans (kế hoạch của đơn vị): every unit the city plan names files its own plan by the
 * decision's deadline. A unit officer drafts it from the city plan, edits and submits it; the city
 * office accepts or returns it. Each change and its event are one transaction.
 */
import { fromDbDate, toDbDate } from "@tthc/calendar";
import type { LocalDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import { type Actor, badInput, type ChangeContext, forbidden, isUuid, notFound, requireRole, type UserActor } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { Prisma, UnitPlan, UnitPlanStatus } from "../db/generated/client.ts";
import {
  calendar,
  canReadUnitPlan,
  checkReviewComment,
  checkUnitPlanDraft,
  draftUnitPlan,
  isLateFiling,
  seesAllUnits,
  taskLabel,
  unitScope,
  type ReviewDecision,
  type UnitPlanItem,
  type UnitPlanRole,
} from "../domain/index.ts";
import { planningEvent } from "../events/outgoing.ts";

type Tx = Prisma.TransactionClient;

const EDITABLE: readonly UnitPlanStatus[] = ["missing", "draft", "returned"];

export interface UnitPlanDraftInput {
  title: string;
  body: string;
  items: Array<Omit<UnitPlanItem, "taskId"> & { taskId?: string | null }>;
}

function officerOf(actor: Actor): UserActor & { unitId: string } {
  const officer = requireRole(actor, "UNIT_OFFICER");
  if (!officer.unitId) throw forbidden("Tài khoản của bạn chưa gắn với đơn vị nào.");
  return { ...officer, unitId: officer.unitId };
}

const link = (planId: string) => `/planning/plans/${planId}/unit-plan`;
const boardLink = (planId: string) => `/planning/plans/${planId}#unit-plans`;

/** The actor's unit plan of an issued plan, locked for the change; refuses units the plan does not name. */
async function ownUnitPlan(tx: Tx, planId: string, unitId: string) {
  const plan = isUuid(planId) ? await tx.plan.findUnique({ where: { id: planId } }) : null;
  if (!plan || plan.status === "draft") throw notFound("Không tìm thấy kế hoạch.");
  const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(
    `SELECT id::text FROM unit_plan WHERE plan_id = $1::uuid AND unit_id = $2 FOR UPDATE`,
    planId,
    unitId,
  );
  const unitPlan = rows[0] ? await tx.unitPlan.findUniqueOrThrow({ where: { id: rows[0].id } }) : null;
  if (!unitPlan) throw badInput("Kế hoạch này không giao đơn vị của bạn xây dựng kế hoạch riêng.");
  return { plan, unitPlan };
}

function requireEditable(unitPlan: UnitPlan): void {
  if (!EDITABLE.includes(unitPlan.status)) {
    throw badInput(
      unitPlan.status === "accepted"
        ? "Kế hoạch của đơn vị đã được chấp nhận; không thể sửa."
        : "Kế hoạch của đơn vị đã nộp, đang chờ xem xét; không thể sửa.",
    );
  }
}

/** The unit's draft generated from the city plan's tasks where it is lead or coordinator (replacing any earlier draft). */
export async function generateUnitPlanDraft(db: Db, planId: string, ctx: ChangeContext, unitName: (id: string) => Promise<string | null>) {
  const officer = officerOf(ctx.actor);
  const name = (await unitName(officer.unitId)) ?? officer.unitId;
  return db.$transaction(async (tx) => {
    const { plan, unitPlan } = await ownUnitPlan(tx, planId, officer.unitId);
    requireEditable(unitPlan);
    const tasks = await tx.task.findMany({
      where: { planId, units: { some: { unitId: officer.unitId } } },
      orderBy: { order: "asc" },
      include: { section: true, units: { where: { unitId: officer.unitId } } },
    });
    const draft = draftUnitPlan(
      plan,
      name,
      tasks.map((t) => ({
        id: t.id,
        label: taskLabel(t.section, t.number),
        content: t.content,
        timeframeText: t.timeframeText,
        expectedResult: t.expectedResult,
        roles: t.units.map((u) => u.role as UnitPlanRole),
      })),
    );
    return tx.unitPlan.update({
      where: { id: unitPlan.id },
      data: {
        ...draft,
        items: draft.items as unknown as Prisma.InputJsonValue,
        status: unitPlan.status === "missing" ? "draft" : unitPlan.status,
        draftedAt: ctx.now,
      },
    });
  });
}

export async function updateUnitPlanDraft(db: Db, planId: string, input: UnitPlanDraftInput, ctx: ChangeContext) {
  const officer = officerOf(ctx.actor);
  const checked = checkUnitPlanDraft(input);
  if (!checked.ok) throw badInput(checked.message, checked.field);
  return db.$transaction(async (tx) => {
    const { unitPlan } = await ownUnitPlan(tx, planId, officer.unitId);
    requireEditable(unitPlan);
    const draft = checked.value;
    return tx.unitPlan.update({
      where: { id: unitPlan.id },
      data: {
        ...draft,
        items: draft.items as unknown as Prisma.InputJsonValue,
        status: unitPlan.status === "missing" ? "draft" : unitPlan.status,
        draftedAt: unitPlan.draftedAt ?? ctx.now,
      },
    });
  });
}

export async function submitUnitPlan(db: Db, planId: string, ctx: ChangeContext, today: LocalDate) {
  const officer = officerOf(ctx.actor);
  return db.$transaction(async (tx) => {
    const { plan, unitPlan } = await ownUnitPlan(tx, planId, officer.unitId);
    requireEditable(unitPlan);
    const checked = checkUnitPlanDraft({
      title: unitPlan.title ?? "",
      body: unitPlan.body ?? "",
      items: unitPlan.items as unknown as UnitPlanItem[],
    });
    if (!checked.ok) throw badInput(`Chưa thể nộp: ${checked.message} Hãy tạo dự thảo và hoàn thiện trước khi nộp.`, checked.field);
    const deadline = plan.unitPlanDeadline ? fromDbDate(plan.unitPlanDeadline) : null;
    const late = isLateFiling(today, deadline, calendar);
    const updated = await tx.unitPlan.update({
      where: { id: unitPlan.id },
      data: {
        status: "submitted",
        submittedAt: ctx.now,
        submittedOn: toDbDate(today),
        late,
        reviewComment: null,
        reviewedBy: null,
        reviewedAt: null,
      },
    });
    await enqueue(
      tx,
      planningEvent(
        "planning.unit-plan.submitted",
        unitPlan.id,
        {
          unitId: plan.issuingUnitId,
          title: `Đơn vị đã nộp kế hoạch năm ${plan.year}${late ? " (nộp muộn)" : ""}`,
          link: boardLink(planId),
          planId,
          unitPlanId: unitPlan.id,
          filingUnitId: officer.unitId,
          submittedOn: today,
          deadline,
          late,
        },
        ctx,
      ),
    );
    return updated;
  });
}

export async function reviewUnitPlan(
  db: Db,
  planId: string,
  unitId: string,
  decision: ReviewDecision,
  comment: string | null | undefined,
  ctx: ChangeContext,
) {
  const admin = requireRole(ctx.actor, "CITY_ADMIN");
  const checked = checkReviewComment(decision, comment);
  if (!checked.ok)
    throw badInput(
      checked.field === "comment" && decision === "return" && !comment?.trim() ? "Vui lòng nêu lý do trả lại kế hoạch." : checked.message,
      checked.field,
    );
  return db.$transaction(async (tx) => {
    const plan = isUuid(planId) ? await tx.plan.findUnique({ where: { id: planId } }) : null;
    if (!plan) throw notFound("Không tìm thấy kế hoạch.");
    // The status guard makes a second, concurrent review of the same submission change nothing.
    const status = decision === "accept" ? "accepted" : "returned";
    const claimed = await tx.unitPlan.updateMany({
      where: { planId, unitId, status: "submitted" },
      data: { status, reviewComment: checked.value, reviewedBy: admin.userId, reviewedAt: ctx.now },
    });
    if (claimed.count !== 1) throw badInput("Đơn vị chưa nộp kế hoạch, hoặc kế hoạch đã được xem xét.");
    const unitPlan = await tx.unitPlan.findUniqueOrThrow({ where: { planId_unitId: { planId, unitId } } });
    const ref = { unitId, link: link(planId), planId, unitPlanId: unitPlan.id, filingUnitId: unitId };
    await enqueue(
      tx,
      decision === "accept"
        ? planningEvent(
            "planning.unit-plan.accepted",
            unitPlan.id,
            { ...ref, title: `Kế hoạch năm ${plan.year} của đơn vị đã được chấp nhận`, comment: checked.value },
            ctx,
          )
        : planningEvent(
            "planning.unit-plan.returned",
            unitPlan.id,
            { ...ref, title: `Kế hoạch năm ${plan.year} của đơn vị bị trả lại`, comment: checked.value as string },
            ctx,
          ),
    );
    return unitPlan;
  });
}

/**
 * Every read that returns unit plans goes through here, under one rule (domain/access.ts
 * canReadUnitPlan): the city office and leaders read every unit's plan, an officer their own unit's.
 */
async function readableUnitPlans(db: Db, actor: Actor, where: Prisma.UnitPlanWhereInput & { planId: string }): Promise<UnitPlan[]> {
  const scope = unitScope(actor);
  if (scope.kind === "none" || !isUuid(where.planId)) return [];
  const rows = await db.unitPlan.findMany({ where: { AND: [where, scope.kind === "unit" ? { unitId: scope.unitId } : {}] } });
  return rows.filter((r) => canReadUnitPlan(actor, r));
}

/** Overdue: not submitted (or returned) once the deadline has passed. */
function withOverdue(deadline: LocalDate | null, rows: UnitPlan[], today: LocalDate) {
  const passed = deadline !== null && isLateFiling(today, deadline, calendar);
  return rows.map((r) => ({ ...r, overdue: passed && (r.status === "missing" || r.status === "draft" || r.status === "returned") }));
}

/** The unit officer's own unit plan (null when the plan names no such unit). */
export async function myUnitPlan(db: Db, actor: Actor, planId: string) {
  const officer = officerOf(actor);
  const [own] = await readableUnitPlans(db, actor, { planId, unitId: officer.unitId, plan: { status: { not: "draft" } } });
  return own ?? null;
}

/** The unit plans of a plan the actor has read (Plan.unitPlans): all of them for the city office and leaders, an officer's own. */
export async function planUnitPlans(db: Db, actor: Actor, plan: { id: string; unitPlanDeadline: Date | null }, today: LocalDate) {
  const deadline = plan.unitPlanDeadline ? fromDbDate(plan.unitPlanDeadline) : null;
  return withOverdue(deadline, await readableUnitPlans(db, actor, { planId: plan.id }), today);
}

/** Every unit's filing state, for the city office and leaders. */
export async function unitPlanBoard(db: Db, actor: Actor, planId: string, today: LocalDate) {
  if (!seesAllUnits(actor)) throw forbidden("Chỉ Văn phòng và lãnh đạo xem được tình hình nộp kế hoạch của các đơn vị.");
  const plan = isUuid(planId) ? await db.plan.findUnique({ where: { id: planId } }) : null;
  if (!plan) throw notFound("Không tìm thấy kế hoạch.");
  const deadline = plan.unitPlanDeadline ? fromDbDate(plan.unitPlanDeadline) : null;
  return { planId, deadline, rows: withOverdue(deadline, await readableUnitPlans(db, actor, { planId }), today) };
}
