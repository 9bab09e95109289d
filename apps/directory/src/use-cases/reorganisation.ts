/**
 * Reorganisation decisions (docs/domain.md §10): the city office drafts one (number, dates, file, changes),
 * previews what moves where, schedules it; the `reorganisation-apply` job applies it on its effective date
 * (Vietnam day of the injected clock), exactly once: a job claims a scheduled decision with
 * FOR UPDATE SKIP LOCKED and the claim is the SCHEDULED → APPLIED transition in the same transaction as
 * every write and event, so a second replica, a second run or a second request finds nothing to apply.
 */
import { fromDbDate } from "@tthc/calendar";
import { createEvent, type EventOf } from "@tthc/events";
import { enqueue } from "@tthc/messaging";
import { type ChangeContext, eventOrigin, isUuid } from "@tthc/service-kit";
import type { Db, Tx } from "../db/client.ts";
import type { Prisma, ReorganisationDecision } from "../db/generated/client.ts";
import { directoryWorkCounts, groupsOn, successionsFrom, treeSnapshot } from "../db/reorganisation.ts";
import { treeMemberships, unitState } from "../db/units.ts";
import { addDays, today } from "../domain/dates.ts";
import { FieldViolations } from "../domain/errors.ts";
import { planMove } from "../domain/membership.ts";
import {
  changesSchema,
  currentSuccessors,
  planReorganisation,
  successorId,
  type Change,
  type ReorganisationPlan,
  type WorkKind,
} from "../domain/reorganisation.ts";
import { unitSearchText } from "../domain/text.ts";
import { normaliseUnitFields } from "../domain/units.ts";
import { SOURCE, unitClosed, unitCreated, unitMoved, unitUpdated } from "../events/outgoing.ts";

const refuse = (field: string, messageVi: string, messageEn: string) => new FieldViolations([{ field, messageVi, messageEn }]);

export interface DecisionInput {
  number: string;
  signedOn: Date;
  effectiveFrom: Date;
  fileId?: string | null;
  changes: unknown;
}

/** The changes as the domain takes them; a shape the schema refuses is reported on `changes`. */
function parseChanges(raw: unknown): Change[] {
  const parsed = changesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [n, ...rest] = issue.path;
    const where = typeof n === "number" ? `Thay đổi thứ ${n + 1}` : "Danh sách thay đổi";
    const what =
      rest.length > 0
        ? `thiếu hoặc sai trường "${rest.join(".")}"`
        : "không đúng dạng (cần ít nhất một thay đổi, mỗi thay đổi đủ các trường của loại)";
    throw refuse(["changes", ...issue.path].join("."), `${where}: ${what}`, `Invalid change: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * A counter of work a decision would move, per closed unit. The directory counts its own (accounts,
 * unread notifications); planning, complaints, inspections and reporting are to add theirs here, each
 * answering for its own data (e.g. an internal route per service, called with the closed units' ids).
 */
export type WorkCounter = (
  db: Db,
  closedUnitIds: readonly string[],
) => Promise<Array<{ service: string; what: string; unitId: string; count: number }>>;
export const workCounters: WorkCounter[] = [directoryWorkCounts];

async function plan(tx: Db | Tx, decision: Pick<ReorganisationDecision, "changes" | "effectiveFrom">): Promise<ReorganisationPlan> {
  const changes = parseChanges(decision.changes);
  const lastDay = addDays(decision.effectiveFrom, -1);
  const tree = await treeSnapshot(tx, decision.effectiveFrom, lastDay);
  const named = changes.flatMap((c) => (c.kind === "MERGE" ? c.unitIds : c.kind === "SPLIT" ? [c.unitId] : []));
  return planReorganisation(changes, decision.effectiveFrom, tree, await groupsOn(tx, named, lastDay));
}

function checkDates(input: { signedOn: Date; effectiveFrom: Date }) {
  if (input.effectiveFrom < input.signedOn)
    throw refuse(
      "effectiveFrom",
      "Ngày hiệu lực không được trước ngày ký quyết định",
      "The effective date cannot be before the signing date",
    );
}

export async function createDecision(db: Db, actorUserId: string | null, input: DecisionInput): Promise<ReorganisationDecision> {
  const number = input.number.trim();
  if (!number) throw refuse("number", "Số quyết định là bắt buộc", "The decision number is required");
  checkDates(input);
  const changes = parseChanges(input.changes);
  // Checked against the tree now, so a draft that cannot apply is refused early; the job checks again on the day.
  await plan(db, { changes: changes as Prisma.JsonArray, effectiveFrom: input.effectiveFrom });
  return db.reorganisationDecision.create({
    data: {
      number,
      signedOn: input.signedOn,
      effectiveFrom: input.effectiveFrom,
      fileId: input.fileId ?? null,
      changes: changes as Prisma.InputJsonValue,
      createdById: actorUserId,
    },
  });
}

async function requireDecision(db: Db | Tx, id: string): Promise<ReorganisationDecision> {
  const decision = isUuid(id) ? await db.reorganisationDecision.findUnique({ where: { id } }) : null;
  if (!decision) throw refuse("id", "Không tìm thấy quyết định", "No such decision");
  return decision;
}

export async function findDecision(db: Db, id: string): Promise<ReorganisationDecision | null> {
  return isUuid(id) ? db.reorganisationDecision.findUnique({ where: { id } }) : null;
}

export async function decisionPage(db: Db, args: { limit?: number | null; offset?: number | null }) {
  const take = Math.min(Math.max(args.limit ?? 20, 1), 100);
  const skip = Math.max(args.offset ?? 0, 0);
  const [total, items] = await Promise.all([
    db.reorganisationDecision.count(),
    db.reorganisationDecision.findMany({ orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }], take, skip }),
  ]);
  return { total, items };
}

export interface PreviewSuccession {
  predecessorId: string;
  successorId: string | null;
  successorName: string;
  workKinds: WorkKind[];
}

/** What the decision would do on its effective date: which unit's work goes where, and how much of it. */
export async function previewDecision(db: Db, id: string) {
  const decision = await requireDecision(db, id);
  // Once applied, its units have changed: what it did is the units' history and successors now.
  if (decision.status === "APPLIED")
    throw refuse(
      "id",
      `Quyết định ${decision.number} đã được áp dụng; xem lịch sử và đơn vị kế thừa của các đơn vị`,
      "The decision was applied",
    );
  const p = await plan(db, decision);
  const names = new Map(
    (
      await db.unit.findMany({
        where: { id: { in: p.successions.flatMap((s) => ("unitId" in s.successor ? [s.successor.unitId] : [])) } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  const successions: PreviewSuccession[] = p.successions.map((s) => ({
    predecessorId: s.predecessorId,
    successorId: "unitId" in s.successor ? s.successor.unitId : null,
    successorName: "unitId" in s.successor ? names.get(s.successor.unitId)! : p.create[s.successor.created]!.name,
    workKinds: s.workKinds,
  }));
  const counts = (await Promise.all(workCounters.map((count) => count(db, p.close)))).flat();
  return {
    decision,
    successions,
    newUnits: p.create.map((c) => ({ code: c.code, name: c.name, levelCode: c.levelCode })),
    renamed: p.rename,
    moved: p.move,
    levelChanged: p.changeLevel,
    counts,
  };
}

/** Draft → scheduled: the job applies it on its effective date. The changes are checked again. */
export async function scheduleDecision(db: Db, id: string, now: Date): Promise<ReorganisationDecision> {
  const decision = await requireDecision(db, id);
  if (decision.status === "APPLIED")
    throw refuse("id", `Quyết định ${decision.number} đã được áp dụng; không thể áp dụng lần nữa`, "The decision was already applied");
  if (decision.status === "SCHEDULED")
    throw refuse("id", `Quyết định ${decision.number} đã được lên lịch áp dụng`, "The decision is already scheduled");
  await plan(db, decision);
  const moved = await db.reorganisationDecision.updateMany({
    where: { id, status: { in: ["DRAFT", "FAILED"] } },
    data: { status: "SCHEDULED", scheduledAt: now, failure: null },
  });
  if (moved.count !== 1) throw refuse("id", "Quyết định vừa được người khác thay đổi; hãy tải lại", "The decision changed meanwhile");
  return requireDecision(db, id);
}

function succeeded(
  decision: ReorganisationDecision,
  predecessorId: string,
  change: "MERGE" | "SPLIT" | "DISSOLVE",
  successors: Array<{ unitId: string; workKinds: WorkKind[] }>,
  ctx: ChangeContext,
): EventOf<"directory.unit.succeeded"> {
  return createEvent("directory.unit.succeeded", {
    source: SOURCE,
    subject: predecessorId,
    ...eventOrigin(ctx),
    data: {
      predecessorId,
      change,
      successors,
      effectiveFrom: fromDbDate(decision.effectiveFrom),
      decision: { id: decision.id, number: decision.number, signedOn: fromDbDate(decision.signedOn) },
    },
  });
}

/** Close the version valid on the last day and open one from the effective date (or change in place one that starts that day). */
async function newVersion(
  tx: Tx,
  unitId: string,
  p: ReorganisationPlan,
  change: { name?: string; shortName?: string | null; levelCode?: string },
) {
  const current = await tx.unitVersion.findFirst({ where: { unitId }, orderBy: { validFrom: "desc" } });
  if (!current) return;
  const next = {
    name: change.name ?? current.name,
    shortName: change.shortName === undefined ? current.shortName : change.shortName,
    levelCode: change.levelCode ?? current.levelCode,
  };
  if (current.validFrom.getTime() === p.effectiveFrom.getTime()) {
    await tx.unitVersion.update({ where: { id: current.id }, data: next });
  } else {
    await tx.unitVersion.update({ where: { id: current.id }, data: { validTo: p.lastDay } });
    await tx.unitVersion.create({ data: { unitId, ...next, validFrom: p.effectiveFrom, validTo: current.validTo } });
  }
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId } });
  const fields = normaliseUnitFields({
    code: unit.code,
    name: next.name,
    shortName: next.shortName,
    alternativeNames: unit.alternativeNames,
  });
  await tx.unit.update({ where: { id: unitId }, data: { ...fields, levelCode: next.levelCode, searchText: unitSearchText(fields) } });
}

/** Every write of a checked plan, with its events, in the caller's transaction. */
async function applyPlan(tx: Tx, decision: ReorganisationDecision, p: ReorganisationPlan, ctx: ChangeContext): Promise<void> {
  const createdIds: string[] = [];
  for (const c of p.create) {
    const fields = normaliseUnitFields(c);
    const unit = await tx.unit.create({
      data: { ...fields, searchText: unitSearchText(fields), levelCode: c.levelCode, validFrom: p.effectiveFrom },
    });
    await tx.unitVersion.create({
      data: { unitId: unit.id, name: fields.name, shortName: fields.shortName, levelCode: c.levelCode, validFrom: p.effectiveFrom },
    });
    const parents = [...(c.parentId ? [c.parentId] : []), ...c.groupIds];
    await tx.unitMembership.createMany({ data: parents.map((parentId) => ({ unitId: unit.id, parentId, validFrom: p.effectiveFrom })) });
    createdIds.push(unit.id);
    await enqueue(tx, unitCreated(await unitState(tx, unit.id), ctx));
  }
  for (const unitId of p.close) {
    await tx.unit.update({ where: { id: unitId }, data: { validTo: p.lastDay } });
    await tx.unitMembership.updateMany({
      where: { unitId, OR: [{ validTo: null }, { validTo: { gt: p.lastDay } }] },
      data: { validTo: p.lastDay },
    });
    await tx.unitVersion.updateMany({
      where: { unitId, OR: [{ validTo: null }, { validTo: { gt: p.lastDay } }] },
      data: { validTo: p.lastDay },
    });
    await enqueue(tx, unitClosed({ ...(await unitState(tx, unitId)), validTo: fromDbDate(p.lastDay) }, ctx));
  }
  for (const r of p.rename) {
    await newVersion(tx, r.unitId, p, { name: r.name, shortName: r.shortName });
    await enqueue(tx, unitUpdated(await unitState(tx, r.unitId), ["name", "shortName"], ctx));
  }
  for (const l of p.changeLevel) {
    await newVersion(tx, l.unitId, p, { levelCode: l.levelCode });
    await enqueue(tx, unitUpdated(await unitState(tx, l.unitId), ["levelCode"], ctx));
  }
  for (const m of p.move) {
    const move = planMove(await treeMemberships(tx, m.unitId), m.parentId, p.effectiveFrom);
    if (move.kind === "repoint") await tx.unitMembership.update({ where: { id: move.membershipId }, data: { parentId: m.parentId } });
    if (move.kind === "split") {
      await tx.unitMembership.update({ where: { id: move.membershipId }, data: { validTo: move.closeOn } });
      await tx.unitMembership.create({
        data: { unitId: m.unitId, parentId: m.parentId, validFrom: p.effectiveFrom, validTo: move.newValidTo },
      });
    }
    if (move.kind === "open")
      await tx.unitMembership.create({ data: { unitId: m.unitId, parentId: m.parentId, validFrom: p.effectiveFrom } });
    await enqueue(
      tx,
      unitMoved(await unitState(tx, m.unitId), move.kind === "open" ? null : move.previousParentId, fromDbDate(p.effectiveFrom), ctx),
    );
  }

  const byPredecessor = new Map<
    string,
    { change: "MERGE" | "SPLIT" | "DISSOLVE"; successors: Array<{ unitId: string; workKinds: WorkKind[] }> }
  >();
  for (const s of p.successions) {
    const entry = byPredecessor.get(s.predecessorId) ?? { change: s.kind, successors: [] };
    entry.successors.push({ unitId: successorId(s.successor, createdIds), workKinds: s.workKinds });
    byPredecessor.set(s.predecessorId, entry);
  }
  for (const [predecessorId, { change, successors }] of byPredecessor) {
    await tx.unitSuccession.createMany({
      data: successors.map((s) => ({
        predecessorId,
        successorId: s.unitId,
        decisionId: decision.id,
        workKinds: s.workKinds,
        effectiveFrom: p.effectiveFrom,
      })),
    });
    // The unit's unread notifications go to whoever takes its people; its accounts stay where they are
    // (kept, listed for the city office to reassign: `usersToReassign`).
    const receiver = successors.find((s) => s.workKinds.includes("USERS"));
    if (receiver)
      await tx.notification.updateMany({ where: { unitId: predecessorId, receipts: { none: {} } }, data: { unitId: receiver.unitId } });
    await enqueue(tx, succeeded(decision, predecessorId, change, successors, ctx));
  }
}

/**
 * Apply the next scheduled decision whose effective date has come, if any; true when one was handled.
 * A decision the tree no longer allows (someone closed a successor meanwhile) is marked FAILED with the reason.
 */
export async function applyNextDueDecision(db: Db, ctx: ChangeContext): Promise<boolean> {
  const { now } = ctx;
  const day = today(now);
  let claimed: ReorganisationDecision | null = null;
  try {
    return await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "ReorganisationDecision"
        WHERE status = 'SCHEDULED' AND "effectiveFrom" <= ${day}
        ORDER BY "effectiveFrom", "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return false;
      claimed = await tx.reorganisationDecision.findUniqueOrThrow({ where: { id: rows[0]!.id } });
      const p = await plan(tx, claimed);
      await applyPlan(tx, claimed, p, ctx);
      await tx.reorganisationDecision.update({ where: { id: claimed.id }, data: { status: "APPLIED", appliedAt: now } });
      return true;
    });
  } catch (err) {
    const failed = claimed as ReorganisationDecision | null;
    if (!(err instanceof FieldViolations) || !failed) throw err;
    await db.reorganisationDecision.updateMany({
      where: { id: failed.id, status: "SCHEDULED" },
      data: { status: "FAILED", failure: err.problems.map((x) => x.messageVi).join("; ") },
    });
    return true;
  }
}

/** The job's run at its instant `ctx.now`: every due decision, oldest first. */
export async function applyDueDecisions(db: Db, ctx: ChangeContext, signal?: AbortSignal): Promise<number> {
  let handled = 0;
  while (!signal?.aborted && (await applyNextDueDecision(db, ctx))) handled++;
  return handled;
}

/** The units holding a (possibly long closed) unit's work on `date`, with the kinds each holds; an open unit holds its own. */
export async function successorsOf(db: Db, unitId: string, date: Date) {
  const successions = await successionsFrom(db, [unitId]);
  return currentSuccessors(unitId, date, (id) => successions.get(id) ?? []);
}

/** Active accounts whose unit has closed by `day`: the city office reassigns them (they keep their accounts meanwhile). */
export async function usersToReassign(db: Db, day: Date, args: { limit?: number | null; offset?: number | null }) {
  const where = { deactivatedAt: null, unit: { validTo: { lt: day } } };
  const take = Math.min(Math.max(args.limit ?? 20, 1), 100);
  const skip = Math.max(args.offset ?? 0, 0);
  const [total, items] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({ where, orderBy: { username: "asc" }, take, skip }),
  ]);
  return { total, items };
}
