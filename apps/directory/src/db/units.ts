import type { UnitState } from "@tthc/events";
import { enqueue } from "@tthc/messaging";
import type { ChangeContext } from "@tthc/service-kit";
import { foldVietnamese } from "@tthc/text";
import { formatDate, isValidAt } from "../domain/dates.ts";
import { RuleViolation } from "../domain/errors.ts";
import { assertNoCycle, latestMembership, membershipAt, planMove, type Membership } from "../domain/membership.ts";
import { compareVietnamese, unitSearchText } from "../domain/text.ts";
import { changedFields, normaliseUnitFields } from "../domain/units.ts";
import { unitClosed, unitCreated, unitMoved, unitUpdated } from "../events/unit-events.ts";
import type { Db, Tx } from "./client.ts";
import type { Prisma } from "./generated/client.ts";
import { isUuid } from "./ids.ts";

export type UnitWithLevel = Prisma.UnitGetPayload<{ include: { level: true } }>;

function validAt(date: Date) {
  return { validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gte: date } }] };
}

// A membership under a unit of a grouping level is group membership, not a place in the tree.
const TREE_EDGE = { parent: { level: { isGroup: false } } };

export async function listUnitLevels(db: Db) {
  return db.unitLevel.findMany({ orderBy: [{ rank: "asc" }, { code: "asc" }] });
}

/** Units that exist on `asOf`, optionally of one level and matching `search` with or without diacritics. */
export async function listUnits(db: Db, filter: { asOf: Date; levelCode?: string | null; search?: string | null }): Promise<UnitWithLevel[]> {
  const search = filter.search ? foldVietnamese(filter.search) : "";
  const units = await db.unit.findMany({
    where: {
      ...validAt(filter.asOf),
      ...(filter.levelCode ? { levelCode: filter.levelCode } : {}),
      ...(search ? { searchText: { contains: search } } : {}),
    },
    include: { level: true },
  });
  return units.sort((a, b) => compareVietnamese(a.name, b.name));
}

export async function findUnit(db: Db | Tx, id: string): Promise<UnitWithLevel | null> {
  if (!isUuid(id)) return null;
  return db.unit.findUnique({ where: { id }, include: { level: true } });
}

/** The unit's parent in the tree on `date`. */
export async function parentAt(db: Db, unitId: string, date: Date): Promise<UnitWithLevel | null> {
  const membership = await db.unitMembership.findFirst({
    where: { unitId, ...validAt(date), ...TREE_EDGE },
    include: { parent: { include: { level: true } } },
  });
  return membership?.parent ?? null;
}

/** Units under `parentId` on `date` — children of a unit, or members of a group. */
export async function subUnitsAt(db: Db, parentId: string, date: Date): Promise<UnitWithLevel[]> {
  const memberships = await db.unitMembership.findMany({
    where: { parentId, ...validAt(date), unit: validAt(date) },
    include: { unit: { include: { level: true } } },
  });
  return memberships.map((m) => m.unit).sort((a, b) => compareVietnamese(a.name, b.name));
}

async function treeMemberships(tx: Tx, unitId: string): Promise<Membership[]> {
  return tx.unitMembership.findMany({ where: { unitId, ...TREE_EDGE }, orderBy: { validFrom: "asc" } });
}

/** The state every directory.unit.* event carries; the parent is the one of the latest membership. */
async function unitState(tx: Tx, unitId: string): Promise<UnitState> {
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId } });
  const parent = latestMembership(await treeMemberships(tx, unitId));
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    levelCode: unit.levelCode,
    parentId: parent?.parentId ?? null,
    validFrom: formatDate(unit.validFrom),
    validTo: unit.validTo ? formatDate(unit.validTo) : null,
  };
}

async function requireUnit(tx: Tx, id: string, field: string): Promise<UnitWithLevel> {
  const unit = await findUnit(tx, id);
  if (!unit) throw new RuleViolation("No such unit", field);
  return unit;
}

async function requireLevel(tx: Tx, code: string) {
  const level = await tx.unitLevel.findUnique({ where: { code } });
  if (!level) throw new RuleViolation(`Unknown unit level "${code}"`, "levelCode");
  return level;
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: string): Promise<void> {
  const holder = await tx.unit.findUnique({ where: { code }, select: { id: true } });
  if (holder && holder.id !== exceptId) throw new RuleViolation(`Code "${code}" is already used by another unit`, "code");
}

/** A parent must be a tree unit (not a group) that exists on the day the membership starts. */
async function requireTreeParent(tx: Tx, parentId: string, from: Date): Promise<UnitWithLevel> {
  const parent = await requireUnit(tx, parentId, "parentId");
  if (parent.level.isGroup) throw new RuleViolation("A group has members, not sub-units; choose a unit as parent", "parentId");
  if (!isValidAt(parent, from)) throw new RuleViolation("The parent unit does not exist on that date", "parentId");
  return parent;
}

export interface CreateUnitInput {
  code: string;
  name: string;
  shortName?: string | null;
  levelCode: string;
  parentId?: string | null;
  validFrom: Date;
}

export async function createUnit(db: Db, ctx: ChangeContext, input: CreateUnitInput): Promise<UnitWithLevel> {
  const fields = normaliseUnitFields(input);
  const id = await db.$transaction(async (tx) => {
    await requireLevel(tx, input.levelCode);
    await assertCodeFree(tx, fields.code);
    if (input.parentId) await requireTreeParent(tx, input.parentId, input.validFrom);
    const unit = await tx.unit.create({
      data: { ...fields, searchText: unitSearchText(fields), levelCode: input.levelCode, validFrom: input.validFrom },
    });
    if (input.parentId) {
      await tx.unitMembership.create({ data: { unitId: unit.id, parentId: input.parentId, validFrom: input.validFrom } });
    }
    await enqueue(tx, unitCreated(await unitState(tx, unit.id), ctx));
    return unit.id;
  });
  return (await findUnit(db, id))!;
}

export interface UpdateUnitInput {
  code?: string | null;
  name?: string | null;
  shortName?: string | null;
  levelCode?: string | null;
  /** Closes the unit: its last day (e.g. merged away in a reorganisation). */
  validTo?: Date | null;
}

export async function updateUnit(db: Db, ctx: ChangeContext, id: string, input: UpdateUnitInput): Promise<UnitWithLevel> {
  await db.$transaction(async (tx) => {
    const before = await requireUnit(tx, id, "id");
    const fields = normaliseUnitFields({
      code: input.code ?? before.code,
      name: input.name ?? before.name,
      // An explicit empty string clears the short name; an absent one keeps it.
      shortName: input.shortName === undefined || input.shortName === null ? before.shortName : input.shortName,
    });
    const levelCode = input.levelCode ?? before.levelCode;
    const changed = changedFields(before, { ...fields, levelCode });
    if (changed.includes("code")) await assertCodeFree(tx, fields.code, id);
    if (changed.includes("levelCode")) await requireLevel(tx, levelCode);
    const closing = input.validTo ?? null;
    if (closing) {
      if (before.validTo) throw new RuleViolation("The unit is already closed", "validTo");
      if (closing < before.validFrom) throw new RuleViolation("A unit cannot close before it starts", "validTo");
    }
    if (changed.length === 0 && !closing) return;

    await tx.unit.update({
      where: { id },
      data: { ...fields, levelCode, searchText: unitSearchText(fields), ...(closing ? { validTo: closing } : {}) },
    });
    if (changed.length > 0) await enqueue(tx, unitUpdated(await unitState(tx, id), changed, ctx));
    if (closing) {
      // Its own memberships end with it; units under it keep theirs until an admin moves them.
      await tx.unitMembership.updateMany({ where: { unitId: id, OR: [{ validTo: null }, { validTo: { gt: closing } }] }, data: { validTo: closing } });
      const state = await unitState(tx, id);
      await enqueue(tx, unitClosed({ ...state, validTo: formatDate(closing) }, ctx));
    }
  });
  return (await findUnit(db, id))!;
}

async function ancestorsAt(tx: Tx, unitId: string, date: Date): Promise<string[]> {
  const ancestors: string[] = [];
  for (let current = unitId; ; ) {
    const membership = membershipAt(await treeMemberships(tx, current), date);
    if (!membership || ancestors.includes(membership.parentId)) return ancestors;
    ancestors.push(membership.parentId);
    current = membership.parentId;
  }
}

/** Dated move (chuyển đơn vị): the old parent stays in effect before `from`, the new one from `from`. */
export async function moveUnit(db: Db, ctx: ChangeContext, id: string, parentId: string, from: Date): Promise<UnitWithLevel> {
  await db.$transaction(async (tx) => {
    const unit = await requireUnit(tx, id, "id");
    if (!isValidAt(unit, from)) throw new RuleViolation("The unit does not exist on that date", "from");
    await requireTreeParent(tx, parentId, from);
    assertNoCycle(id, parentId, await ancestorsAt(tx, parentId, from));
    const plan = planMove(await treeMemberships(tx, id), parentId, from);
    switch (plan.kind) {
      case "repoint":
        await tx.unitMembership.update({ where: { id: plan.membershipId }, data: { parentId } });
        break;
      case "split":
        await tx.unitMembership.update({ where: { id: plan.membershipId }, data: { validTo: plan.closeOn } });
        await tx.unitMembership.create({ data: { unitId: id, parentId, validFrom: from, validTo: plan.newValidTo } });
        break;
      case "open":
        await tx.unitMembership.create({ data: { unitId: id, parentId, validFrom: from, validTo: unit.validTo } });
        break;
    }
    const previousParentId = plan.kind === "open" ? null : plan.previousParentId;
    await enqueue(tx, unitMoved(await unitState(tx, id), previousParentId, formatDate(from), ctx));
  });
  return (await findUnit(db, id))!;
}

/** Put a unit into a group (e.g. "UBND các phường, xã") from a date; a no-op when it already is a member then. */
export async function addGroupMember(db: Db, groupId: string, memberId: string, from: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const group = await requireUnit(tx, groupId, "groupId");
    if (!group.level.isGroup) throw new RuleViolation("Only a unit of a grouping level has members", "groupId");
    await requireUnit(tx, memberId, "memberId");
    const current = membershipAt(await tx.unitMembership.findMany({ where: { unitId: memberId, parentId: groupId } }), from);
    if (!current) await tx.unitMembership.create({ data: { unitId: memberId, parentId: groupId, validFrom: from } });
  });
}
