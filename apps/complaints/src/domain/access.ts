/**
 * Who may see a complaint and its sender. A unit sees only what was transferred to it; when the
 * complaint is about that unit's own officials, the sender's identity is hidden from it
 * (Decree 61/2018 Art 27.3: the sender's identity stays confidential).
 */
import type { ComplaintState, DomainActor } from "./lifecycle-types.ts";

const CITY_WIDE_ROLES = ["CITY_ADMIN", "LEADER", "INSPECTOR"] as const;

const isCityWide = (actor: DomainActor) => actor.kind === "user" && CITY_WIDE_ROLES.some((r) => actor.roles.includes(r));

export function canViewComplaint(actor: DomainActor, state: Pick<ComplaintState, "assignments">): boolean {
  if (isCityWide(actor)) return true;
  return actor.kind === "user" && actor.roles.includes("UNIT_OFFICER") && state.assignments.some((a) => a.unitId === actor.unitId);
}

/** True when the sender must be masked for this reader, unless a reason-giving reveal was audited. */
export function senderHiddenFrom(actor: DomainActor, state: Pick<ComplaintState, "assignments" | "classification">): boolean {
  if (!canViewComplaint(actor, state)) return true;
  if (isCityWide(actor)) return false;
  return state.classification?.concernedUnitId === actor.unitId;
}
