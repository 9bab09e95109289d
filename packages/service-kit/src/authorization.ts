import type { Actor, Role } from "./actor.ts";
import { forbidden, unauthenticated } from "./errors.ts";
import { hasScope } from "./scopes.ts";

export type UserActor = Extract<Actor, { kind: "user" }>;

/** The signed-in user behind a request, or UNAUTHENTICATED. */
export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== "user") throw unauthenticated();
  return actor;
}

/** The signed-in user if they hold one of `roles`, else UNAUTHENTICATED / FORBIDDEN. */
export function requireRole(actor: Actor, ...roles: Role[]): UserActor {
  const user = requireUser(actor);
  if (!user.roles.some((r) => roles.includes(r))) throw forbidden();
  return user;
}

/** City admins and leaders act for every unit; a unit officer only for their own unit. */
export function canActForUnit(actor: Actor, unitId: string): boolean {
  if (actor.kind !== "user") return false;
  if (actor.roles.includes("CITY_ADMIN") || actor.roles.includes("LEADER")) return true;
  return actor.roles.includes("UNIT_OFFICER") && actor.unitId === unitId;
}

/**
 * Reference data (units, levels) that any signed-in user and any partner system with the
 * `directory:read` scope may see; anonymous callers may not.
 */
export function requireReader(actor: Actor): void {
  if (actor.kind === "user") return;
  if (actor.kind === "partner") {
    if (hasScope(actor, "directory:read")) return;
    throw forbidden();
  }
  throw unauthenticated();
}
