import { isUuid } from "@tthc/service-kit";
import type { UnitState } from "@tthc/events";
import { fromDbDate, fromDbDateOrNull } from "@tthc/calendar";
import { foldVietnamese } from "@tthc/text";
import { latestMembership, type Membership } from "../domain/membership.ts";
import { compareVietnamese } from "../domain/text.ts";
import type { Db, Tx } from "./client.ts";
import type { Prisma } from "./generated/client.ts";

export type UnitWithLevel = Prisma.UnitGetPayload<{ include: { level: true } }>;

function validAt(date: Date) {
  return { validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gte: date } }] };
}

// A membership under a unit of a grouping level is group membership, not a place in the tree.
const TREE_EDGE = { parent: { level: { isGroup: false } } };

export async function listUnitLevels(db: Db) {
  return db.unitLevel.findMany({ orderBy: [{ rank: "asc" }, { code: "asc" }] });
}

export async function findUnitLevel(db: Db | Tx, code: string) {
  return db.unitLevel.findUnique({ where: { code } });
}

/** Units that exist on `asOf`, optionally of one level and matching `search` with or without diacritics. */
export async function listUnits(
  db: Db,
  filter: { asOf: Date; levelCode?: string | null; search?: string | null },
): Promise<UnitWithLevel[]> {
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

/** The id of the unit that holds `code`, if any. */
export async function unitIdWithCode(db: Db | Tx, code: string): Promise<string | null> {
  const holder = await db.unit.findUnique({ where: { code }, select: { id: true } });
  return holder?.id ?? null;
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

/** The unit's places in the tree over time, earliest first (group memberships left out). */
export async function treeMemberships(tx: Tx, unitId: string): Promise<Membership[]> {
  return tx.unitMembership.findMany({ where: { unitId, ...TREE_EDGE }, orderBy: { validFrom: "asc" } });
}

/** Several units' places in the tree over time, earliest first, by unit (one query for a page of units). */
export async function treeMembershipsOf(db: Db, unitIds: readonly string[]): Promise<Map<string, Membership[]>> {
  const rows = await db.unitMembership.findMany({ where: { unitId: { in: [...unitIds] }, ...TREE_EDGE }, orderBy: { validFrom: "asc" } });
  const byUnit = new Map<string, Membership[]>();
  for (const r of rows) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  return byUnit;
}

/**
 * The state every directory.unit.* event carries; the parent is the one of the latest membership.
 * With its dated names and parents, so each service's replica answers "as of" questions too.
 */
export async function unitState(tx: Tx, unitId: string): Promise<UnitState> {
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId } });
  const parents = await treeMemberships(tx, unitId);
  const versions = await tx.unitVersion.findMany({ where: { unitId }, orderBy: { validFrom: "asc" } });
  const parent = latestMembership(parents);
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    alternativeNames: unit.alternativeNames,
    levelCode: unit.levelCode,
    parentId: parent?.parentId ?? null,
    validFrom: fromDbDate(unit.validFrom),
    validTo: fromDbDateOrNull(unit.validTo),
    history: {
      names: versions.map((v) => ({
        validFrom: fromDbDate(v.validFrom),
        validTo: fromDbDateOrNull(v.validTo),
        name: v.name,
        shortName: v.shortName,
        levelCode: v.levelCode,
      })),
      parents: parents.map((m) => ({ validFrom: fromDbDate(m.validFrom), validTo: fromDbDateOrNull(m.validTo), parentId: m.parentId })),
    },
  };
}
