/** The directory's reads: who may read is checked here, at the root field. */
import { requireReader, requireRole, type Actor } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import { findUnit, listUnitLevels, listUnits, type UnitWithLevel } from "../db/units.ts";
import { findUser, listAllUsers } from "../db/users.ts";

// A unit's parent, children and members, and a user's unit, are read under a root the actor was
// already allowed (or by the router resolving a reference): no check of their own.
export { findUnit, parentAt, subUnitsAt, type UnitWithLevel } from "../db/units.ts";

/** The signed-in user; null for anyone else. */
export async function me(db: Db, actor: Actor) {
  return actor.kind === "user" ? findUser(db, actor.userId) : null;
}

export async function units(
  db: Db,
  actor: Actor,
  filter: { asOf: Date; levelCode?: string | null; search?: string | null },
): Promise<UnitWithLevel[]> {
  requireReader(actor);
  return listUnits(db, filter);
}

export async function unit(db: Db, actor: Actor, id: string): Promise<UnitWithLevel | null> {
  requireReader(actor);
  return findUnit(db, id);
}

export async function unitLevels(db: Db, actor: Actor) {
  requireReader(actor);
  return listUnitLevels(db);
}

export async function users(db: Db, actor: Actor) {
  requireRole(actor, "CITY_ADMIN");
  return listAllUsers(db);
}
