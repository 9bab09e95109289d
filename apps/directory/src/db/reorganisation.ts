import type { Db, Tx } from "./client.ts";
import type { GroupsBefore, KnownUnit, Succession, TreeSnapshot, WorkKind } from "../domain/reorganisation.ts";
import { isValidAt } from "../domain/dates.ts";

function validAt(date: Date) {
  return { validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gte: date } }] };
}

/**
 * The tree the rules check a decision against: every unit (the tree is small: a province's units, a few
 * thousand at most), their tree parents on the effective date and the day before. Three queries.
 */
export async function treeSnapshot(tx: Db | Tx, effectiveFrom: Date, lastDay: Date): Promise<TreeSnapshot> {
  const [units, levels, memberships] = await Promise.all([
    tx.unit.findMany({
      select: { id: true, name: true, code: true, levelCode: true, validFrom: true, validTo: true, level: { select: { isGroup: true } } },
    }),
    tx.unitLevel.findMany({ select: { code: true } }),
    tx.unitMembership.findMany({
      where: {
        parent: { level: { isGroup: false } },
        validFrom: { lte: effectiveFrom },
        OR: [{ validTo: null }, { validTo: { gte: lastDay } }],
      },
      select: { unitId: true, parentId: true, validFrom: true, validTo: true },
    }),
  ]);
  const known = new Map<string, KnownUnit>(
    units.map((u) => [
      u.id,
      { id: u.id, name: u.name, levelCode: u.levelCode, validFrom: u.validFrom, validTo: u.validTo, isGroup: u.level.isGroup },
    ]),
  );
  const parentOn = new Map<string, string>();
  const parentBefore = new Map<string, string>();
  for (const m of memberships) {
    if (isValidAt(m, effectiveFrom)) parentOn.set(m.unitId, m.parentId);
    if (isValidAt(m, lastDay)) parentBefore.set(m.unitId, m.parentId);
  }
  return {
    units: known,
    parentOn,
    parentBefore,
    levelCodes: new Set(levels.map((l) => l.code)),
    takenCodes: new Set(units.map((u) => u.code)),
  };
}

/** The groups (e.g. "UBND các phường, xã") each of `unitIds` belonged to on `date`. */
export async function groupsOn(tx: Db | Tx, unitIds: readonly string[], date: Date): Promise<GroupsBefore> {
  const rows = await tx.unitMembership.findMany({
    where: { unitId: { in: [...unitIds] }, parent: { level: { isGroup: true } }, ...validAt(date) },
    select: { unitId: true, parentId: true },
  });
  const groups: GroupsBefore = new Map();
  for (const r of rows) groups.set(r.unitId, [...(groups.get(r.unitId) ?? []), r.parentId]);
  return groups;
}

/** Every succession out of the given units and, transitively, out of their successors (one query per step of the chain). */
export async function successionsFrom(db: Db | Tx, unitIds: readonly string[]): Promise<Map<string, Succession[]>> {
  const found = new Map<string, Succession[]>();
  let frontier = [...new Set(unitIds)];
  while (frontier.length > 0) {
    const rows = await db.unitSuccession.findMany({ where: { predecessorId: { in: frontier } } });
    frontier.forEach((id) => found.set(id, []));
    for (const r of rows) {
      found.get(r.predecessorId)!.push({
        predecessorId: r.predecessorId,
        successorId: r.successorId,
        workKinds: r.workKinds as WorkKind[],
        effectiveFrom: r.effectiveFrom,
      });
    }
    frontier = [...new Set(rows.map((r) => r.successorId))].filter((id) => !found.has(id));
  }
  return found;
}

/** The successions that led directly into each of the units, earliest first, with the decision's number. */
export async function predecessionsOf(db: Db | Tx, unitIds: readonly string[]) {
  const rows = await db.unitSuccession.findMany({
    where: { successorId: { in: [...unitIds] } },
    include: { decision: { select: { number: true } } },
    orderBy: [{ effectiveFrom: "asc" }, { predecessorId: "asc" }],
  });
  const bySuccessor = new Map<string, typeof rows>();
  for (const r of rows) bySuccessor.set(r.successorId, [...(bySuccessor.get(r.successorId) ?? []), r]);
  return bySuccessor;
}

/** The directory's own counts of what a decision moves, per closed unit: active accounts, unread notifications addressed to the unit. */
export async function directoryWorkCounts(tx: Db | Tx, unitIds: readonly string[]) {
  const ids = [...unitIds];
  const [users, notifications] = await Promise.all([
    tx.user.groupBy({ by: ["unitId"], where: { unitId: { in: ids }, deactivatedAt: null }, _count: { _all: true } }),
    tx.notification.groupBy({ by: ["unitId"], where: { unitId: { in: ids }, receipts: { none: {} } }, _count: { _all: true } }),
  ]);
  return [
    ...users.map((r) => ({ service: "directory", what: "users", unitId: r.unitId!, count: r._count._all })),
    ...notifications.map((r) => ({ service: "directory", what: "unreadNotifications", unitId: r.unitId!, count: r._count._all })),
  ];
}
