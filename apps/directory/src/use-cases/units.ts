/**
 * The unit commands of the city office: each loads what the rules need, lets the domain decide, and
 * writes the change and its directory.unit.* event in one transaction (the outbox row commits with it).
 */
import { fromDbDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import { badInput, type ChangeContext } from "@tthc/service-kit";
import type { Db, Tx } from "../db/client.ts";
import { findUnit, findUnitLevel, treeMemberships, unitIdWithCode, unitState, type UnitWithLevel } from "../db/units.ts";
import { assertNoCycle, membershipAt, planMove } from "../domain/membership.ts";
import { unitSearchText } from "../domain/text.ts";
import { assertCanClose, assertExistsOn, assertGroup, assertTreeParent, changedFields, normaliseUnitFields } from "../domain/units.ts";
import { unitClosed, unitCreated, unitMoved, unitUpdated } from "../events/outgoing.ts";

async function requireUnit(tx: Tx, id: string, field: string): Promise<UnitWithLevel> {
  const unit = await findUnit(tx, id);
  if (!unit) throw badInput("No such unit", field);
  return unit;
}

async function requireLevel(tx: Tx, code: string) {
  const level = await findUnitLevel(tx, code);
  if (!level) throw badInput(`Unknown unit level "${code}"`, "levelCode");
  return level;
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: string): Promise<void> {
  const holderId = await unitIdWithCode(tx, code);
  if (holderId && holderId !== exceptId) throw badInput(`Code "${code}" is already used by another unit`, "code");
}

/** The parents above `unitId` on `date`, nearest first; stops at a cycle rather than looping. */
async function ancestorsAt(tx: Tx, unitId: string, date: Date): Promise<string[]> {
  const ancestors: string[] = [];
  for (let current = unitId; ;) {
    const membership = membershipAt(await treeMemberships(tx, current), date);
    if (!membership || ancestors.includes(membership.parentId)) return ancestors;
    ancestors.push(membership.parentId);
    current = membership.parentId;
  }
}

export interface CreateUnitInput {
  code: string;
  name: string;
  shortName?: string | null;
  alternativeNames?: string[] | null;
  levelCode: string;
  parentId?: string | null;
  validFrom: Date;
}

export async function createUnit(db: Db, ctx: ChangeContext, input: CreateUnitInput): Promise<UnitWithLevel> {
  const fields = normaliseUnitFields(input);
  const id = await db.$transaction(async (tx) => {
    await requireLevel(tx, input.levelCode);
    await assertCodeFree(tx, fields.code);
    if (input.parentId) assertTreeParent(await requireUnit(tx, input.parentId, "parentId"), input.validFrom);
    const unit = await tx.unit.create({
      data: { ...fields, searchText: unitSearchText(fields), levelCode: input.levelCode, validFrom: input.validFrom },
    });
    await tx.unitVersion.create({
      data: { unitId: unit.id, name: fields.name, shortName: fields.shortName, levelCode: input.levelCode, validFrom: input.validFrom },
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
  /** Replaces the list; absent keeps it, [] clears it. */
  alternativeNames?: string[] | null;
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
      alternativeNames: input.alternativeNames ?? before.alternativeNames,
    });
    const levelCode = input.levelCode ?? before.levelCode;
    const changed = changedFields(before, { ...fields, levelCode });
    if (changed.includes("code")) await assertCodeFree(tx, fields.code, id);
    if (changed.includes("levelCode")) await requireLevel(tx, levelCode);
    const closing = input.validTo ?? null;
    if (closing) assertCanClose(before, closing);
    if (changed.length === 0 && !closing) return;

    await tx.unit.update({
      where: { id },
      data: { ...fields, levelCode, searchText: unitSearchText(fields), ...(closing ? { validTo: closing } : {}) },
    });
    // This command corrects the unit as it is (a typo, a wrong level): the latest version changes in place.
    // A dated rename or change of level is a reorganisation decision's (use-cases/reorganisation.ts).
    const latest = await tx.unitVersion.findFirst({ where: { unitId: id }, orderBy: { validFrom: "desc" } });
    if (latest) {
      await tx.unitVersion.update({
        where: { id: latest.id },
        data: { name: fields.name, shortName: fields.shortName, levelCode, ...(closing ? { validTo: closing } : {}) },
      });
    }
    if (changed.length > 0) await enqueue(tx, unitUpdated(await unitState(tx, id), changed, ctx));
    if (closing) {
      // Its own memberships end with it; units under it keep theirs until an admin moves them.
      await tx.unitMembership.updateMany({
        where: { unitId: id, OR: [{ validTo: null }, { validTo: { gt: closing } }] },
        data: { validTo: closing },
      });
      const state = await unitState(tx, id);
      await enqueue(tx, unitClosed({ ...state, validTo: fromDbDate(closing) }, ctx));
    }
  });
  return (await findUnit(db, id))!;
}

/** Dated move (chuyển đơn vị): the old parent stays in effect before `from`, the new one from `from`. */
export async function moveUnit(db: Db, ctx: ChangeContext, id: string, parentId: string, from: Date): Promise<UnitWithLevel> {
  await db.$transaction(async (tx) => {
    const unit = await requireUnit(tx, id, "id");
    assertExistsOn(unit, from);
    assertTreeParent(await requireUnit(tx, parentId, "parentId"), from);
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
    await enqueue(tx, unitMoved(await unitState(tx, id), previousParentId, fromDbDate(from), ctx));
  });
  return (await findUnit(db, id))!;
}

/** Put a unit into a group (e.g. "UBND các phường, xã") from a date; a no-op when it already is a member then. */
export async function addGroupMember(db: Db, groupId: string, memberId: string, from: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    assertGroup(await requireUnit(tx, groupId, "groupId"));
    await requireUnit(tx, memberId, "memberId");
    const current = membershipAt(await tx.unitMembership.findMany({ where: { unitId: memberId, parentId: groupId } }), from);
    if (!current) await tx.unitMembership.create({ data: { unitId: memberId, parentId: groupId, validFrom: from } });
  });
}
