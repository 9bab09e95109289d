/** Reading plans and occurrences, scoped to what the actor may see. */
import { fromDbDate, toDbDate } from "@tthc/calendar";
import type { LocalDate } from "@tthc/calendar";
import { forbidden, isUuid, requireRole, type Actor } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { OccurrenceStatus, Prisma } from "../db/generated/client.ts";
import { EMPTY_PROGRESS, rollup, type Progress } from "../db/rollup.ts";
import { canReadOccurrence, canReadUnitRecord, dueState, seesAllUnits, taskLabel, unitScope } from "../domain/index.ts";
import { requireStaff } from "./access.ts";
import { OCCURRENCE_WITH_SCOPE, withScope } from "./progress.ts";

const canSeeDrafts = (actor: Actor) => actor.kind === "user" && actor.roles.some((r) => r === "CITY_ADMIN" || r === "LEADER");

export async function listPlans(db: Db, actor: Actor) {
  requireStaff(actor);
  return db.plan.findMany({
    where: canSeeDrafts(actor) ? {} : { status: { not: "draft" } },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
  });
}

export async function findPlan(db: Db, actor: Actor, id: string) {
  requireStaff(actor);
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const plan = await db.plan.findUnique({ where: { id } });
  if (!plan || (plan.status === "draft" && !canSeeDrafts(actor))) return null;
  return plan;
}

/** Sections with their tasks (units included) and every roll-up the actor may read, built in a few queries. */
export async function planSections(db: Db, actor: Actor, planId: string, today: LocalDate) {
  const reader = unitScope(actor);
  const [sections, taskProgress, sectionProgress] = await Promise.all([
    db.section.findMany({
      where: { planId },
      orderBy: { order: "asc" },
      include: { tasks: { orderBy: { order: "asc" }, include: { units: true } } },
    }),
    rollup(db, { planId }, "task", today, reader),
    rollup(db, { planId }, "section", today, reader),
  ]);
  return sections.map((section) => ({
    ...section,
    progress: sectionProgress.get(section.id) ?? EMPTY_PROGRESS,
    tasks: section.tasks.map((task) => ({ ...task, section, progress: taskProgress.get(task.id) ?? EMPTY_PROGRESS })),
  }));
}

export async function planProgress(db: Db, actor: Actor, planId: string, today: LocalDate): Promise<Progress> {
  return (await rollup(db, { planId }, "plan", today, unitScope(actor))).get(planId) ?? EMPTY_PROGRESS;
}

/** Progress by unit: every unit's row for the city office and leaders, an officer's own unit's row only. */
export async function unitProgress(db: Db, actor: Actor, planId: string, today: LocalDate) {
  const byUnit = await rollup(db, { planId }, "unit", today, unitScope(actor));
  return [...byUnit].map(([unitId, progress]) => ({ unitId, progress })).filter((row) => canReadUnitRecord(actor, row));
}

/** The roll-ups of some tasks, in one query, as the actor may read them (Task.progress below a list of occurrences). */
export function tasksProgress(db: Db, actor: Actor, taskIds: readonly string[], today: LocalDate): Promise<Map<string, Progress>> {
  return rollup(db, { taskIds }, "task", today, unitScope(actor));
}

export interface OccurrenceFilter {
  sectionId?: string | null;
  unitId?: string | null;
  status?: OccurrenceStatus | null;
  overdue?: boolean | null;
  planId?: string | null;
}

// A task's units are loaded only when asked for: a task led by 30 units would multiply every row by 30.
const OCCURRENCE_INCLUDE = {
  task: { include: { section: true } },
  plan: true,
} satisfies Prisma.OccurrenceInclude;

function occurrenceWhere(filter: OccurrenceFilter, today: LocalDate): Prisma.OccurrenceWhereInput {
  return {
    plan: { status: "issued" },
    ...(filter.planId ? { planId: filter.planId } : {}),
    ...(filter.unitId ? { unitId: filter.unitId } : {}),
    ...(filter.sectionId ? { task: { sectionId: filter.sectionId } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.overdue === true ? { status: { not: "done" }, dueDay: { lt: toDbDate(today) } } : {}),
    ...(filter.overdue === false ? { OR: [{ status: "done" }, { dueDay: { gte: toDbDate(today) } }] } : {}),
  };
}

const MAX_LIMIT = 5_000;
const clampLimit = (limit: number | null | undefined) => Math.min(Math.max(limit ?? 500, 1), MAX_LIMIT);

/** The signed-in officer's own unit's occurrences (nhiệm vụ của tôi). */
export async function myOccurrences(db: Db, actor: Actor, filter: OccurrenceFilter, limit: number | null | undefined, today: LocalDate) {
  const user = requireStaff(actor);
  if (!user.unitId) return [];
  const rows = await db.occurrence.findMany({
    where: occurrenceWhere({ ...filter, unitId: user.unitId }, today),
    include: OCCURRENCE_INCLUDE,
    orderBy: [{ dueDay: "asc" }, { id: "asc" }],
    take: clampLimit(limit),
  });
  return rows.map((o) => occurrenceView(o, today));
}

export async function planOccurrences(
  db: Db,
  actor: Actor,
  planId: string,
  filter: OccurrenceFilter,
  limit: number | null | undefined,
  today: LocalDate,
) {
  const user = requireStaff(actor);
  let unitId = filter.unitId ?? null;
  if (!seesAllUnits(actor)) {
    if (unitId && unitId !== user.unitId) throw forbidden("Bạn chỉ xem được nhiệm vụ của đơn vị mình.");
    if (!user.unitId) return [];
    unitId = user.unitId;
  }
  const rows = await db.occurrence.findMany({
    where: occurrenceWhere({ ...filter, unitId, planId }, today),
    include: OCCURRENCE_INCLUDE,
    orderBy: [{ task: { order: "asc" } }, { dueDay: "asc" }, { unitId: "asc" }],
    take: clampLimit(limit),
  });
  return rows.map((o) => occurrenceView(o, today));
}

/**
 * What waits for the city office's review (báo cáo tiến độ chờ duyệt): occurrences of issued plans whose
 * latest report is pending, the one waiting longest first. Two statements whatever the page.
 */
export async function occurrencesAwaitingReview(
  db: Db,
  actor: Actor,
  limit: number | null | undefined,
  offset: number | null | undefined,
  today: LocalDate,
) {
  requireRole(actor, "CITY_ADMIN");
  const where: Prisma.OccurrenceWhereInput = { ...occurrenceWhere({}, today), review: "pending" };
  const [total, rows] = await Promise.all([
    db.occurrence.count({ where }),
    db.occurrence.findMany({
      where,
      include: OCCURRENCE_INCLUDE,
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: Math.min(Math.max(limit ?? 20, 1), 100),
      skip: Math.max(offset ?? 0, 0),
    }),
  ]);
  return { total, items: rows.map((o) => occurrenceView(o, today)) };
}

export async function findOccurrence(db: Db, actor: Actor, id: string, today: LocalDate) {
  return (await findOccurrences(db, actor, [id], today)).get(id) ?? null;
}

/** Occurrences by id, as `findOccurrence` reads one (those the actor may not read left out): one query for a batch. */
export async function findOccurrences(db: Db, actor: Actor, ids: readonly string[], today: LocalDate) {
  requireStaff(actor);
  const rows = await db.occurrence.findMany({
    where: { id: { in: ids.filter(isUuid) } },
    include: OCCURRENCE_WITH_SCOPE,
  });
  const views = new Map<string, ReturnType<typeof occurrenceView>>();
  for (const row of rows) if (canReadOccurrence(actor, withScope(row))) views.set(row.id, occurrenceView(row, today));
  return views;
}

type OccurrenceRow = Prisma.OccurrenceGetPayload<{ include: typeof OCCURRENCE_INCLUDE }>;

export function occurrenceView(o: OccurrenceRow, today: LocalDate) {
  const dueDay = fromDbDate(o.dueDay);
  return {
    ...o,
    dueDay,
    ...dueState(dueDay, o.status === "done", today),
    sectionTitle: o.task.section.title,
    task: { ...o.task, label: taskLabel(o.task.section, o.task.number) },
  };
}

/**
 * The reports of occurrences already read through a scoped query (their reader may read them), newest
 * first, each with its occurrence's lead unit: one query for every occurrence a request lists.
 */
export async function occurrencesReports(db: Db, occurrenceIds: readonly string[]) {
  const rows = await db.progressReport.findMany({
    where: { occurrenceId: { in: [...occurrenceIds] } },
    orderBy: { createdAt: "desc" },
    include: { occurrence: { select: { unitId: true } } },
  });
  const byOccurrence = new Map<string, Array<(typeof rows)[number]>>();
  for (const r of rows) {
    const list = byOccurrence.get(r.occurrenceId);
    if (list) list.push(r);
    else byOccurrence.set(r.occurrenceId, [r]);
  }
  return byOccurrence;
}

export function requireCityAdmin(actor: Actor) {
  return requireRole(actor, "CITY_ADMIN");
}
