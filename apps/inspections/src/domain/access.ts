/**
 * Who may see and do what in inspections (docs/architecture.md §5: subgraphs authorise). The city office,
 * leaders and inspectors see every unit's inspections; a unit officer only those of their own unit, and
 * the others read as not found. Every read of an inspection asks `inspectionScope`, not a role check of its own.
 */
import type { Actor } from "@tthc/service-kit";

type UserActor = Extract<Actor, { kind: "user" }>;

const hasRole = (actor: Actor, ...roles: UserActor["roles"]): boolean =>
  actor.kind === "user" && actor.roles.some((r) => roles.includes(r));

/**
 * Staff who read every unit's inspections: the city office, leaders, inspectors. The staff-only views
 * across units (calendar, risk ranking) ask this, not inspectionScope, which lets partners list too.
 */
export const seesEveryUnit = (actor: Actor): boolean => hasRole(actor, "CITY_ADMIN", "LEADER", "INSPECTOR");

/**
 * A partner key with `inspections:read` reads every unit's inspections; which of their fields,
 * graphql/field-policy.ts says (no personal data). No legacy scope implies it, so the stored name is
 * checked as is (service-kit's hasScope gives the same answer).
 */
const partnerReads = (actor: Actor): boolean => actor.kind === "partner" && actor.scopes.includes("inspections:read");

/** Whose inspections the actor reads: every unit's, their own unit's, or none. */
export type InspectionScope = { kind: "all" } | { kind: "unit"; unitId: string } | { kind: "none" };

export function inspectionScope(actor: Actor): InspectionScope {
  if (seesEveryUnit(actor) || partnerReads(actor)) return { kind: "all" };
  if (actor.kind === "user" && hasRole(actor, "UNIT_OFFICER") && actor.unitId) return { kind: "unit", unitId: actor.unitId };
  return { kind: "none" };
}

export function canReadInspection(actor: Actor, inspection: { unitId: string }): boolean {
  const scope = inspectionScope(actor);
  return scope.kind === "all" || (scope.kind === "unit" && scope.unitId === inspection.unitId);
}

/** A recommendation, as the recommendations list reads it: a unit officer those addressed to their unit. */
export function canReadRecommendation(actor: Actor, recommendation: { responsibleUnitId: string }): boolean {
  const scope = inspectionScope(actor);
  return scope.kind === "all" || (scope.kind === "unit" && scope.unitId === recommendation.responsibleUnitId);
}

/** The city office drafts the year's plan, forms teams and edits checklist templates (Circular 18/2018 Art 7). */
export const isCityOffice = (actor: Actor): boolean => hasRole(actor, "CITY_ADMIN");

/** Only the leadership signs the plan (kế hoạch do lãnh đạo ký ban hành). */
export const isLeader = (actor: Actor): boolean => hasRole(actor, "LEADER");

/** The inspected unit's own officers fill its self-assessment column and answer recommendations addressed to it. */
export const actsForUnit = (actor: Actor, unitId: string): boolean =>
  actor.kind === "user" && hasRole(actor, "UNIT_OFFICER") && actor.unitId === unitId;

/** The team's column, findings and verification: a member of the inspection's team, or the city office. */
export function actsForTeam(actor: Actor, members: readonly { userId: string }[]): boolean {
  if (isCityOffice(actor)) return true;
  return actor.kind === "user" && members.some((m) => m.userId === actor.userId);
}
