/**
 * Who may see and act on what (docs/architecture.md §5: subgraphs authorise). The city office and leaders see
 * every unit's work; a unit officer sees the occurrences of their own unit and of the tasks their
 * unit coordinates, and nothing of other units: those read as not found. Every path that returns a
 * unit's records (a field, a query, a roll-up) asks these rules, not a role check of its own.
 */
import type { Actor } from "@tthc/service-kit";

export function seesAllUnits(actor: Actor): boolean {
  return actor.kind === "user" && actor.roles.some((r) => r === "CITY_ADMIN" || r === "LEADER" || r === "INSPECTOR");
}

/** Whose records the actor reads: every unit's, one unit's (their own), or none (no unit, or not staff). */
export type UnitScope = { kind: "all" } | { kind: "unit"; unitId: string } | { kind: "none" };

export function unitScope(actor: Actor): UnitScope {
  if (seesAllUnits(actor)) return { kind: "all" };
  if (actor.kind === "user" && actor.unitId) return { kind: "unit", unitId: actor.unitId };
  return { kind: "none" };
}

/** A record that belongs to one unit: its own plan (kế hoạch của đơn vị), its row of a per-unit roll-up. */
export function canReadUnitRecord(actor: Actor, record: { unitId: string }): boolean {
  const scope = unitScope(actor);
  return scope.kind === "all" || (scope.kind === "unit" && scope.unitId === record.unitId);
}

/** A unit plan: the city office and leaders read every unit's, an officer their own unit's. */
export const canReadUnitPlan: (actor: Actor, unitPlan: { unitId: string }) => boolean = canReadUnitRecord;

export interface OccurrenceScope {
  unitId: string;
  coordinatingUnitIds: readonly string[];
}

/** Also the rule of every progress roll-up: it counts only the occurrences its reader may read (db/rollup.ts). */
export function canReadOccurrence(actor: Actor, occurrence: OccurrenceScope): boolean {
  const scope = unitScope(actor);
  if (scope.kind !== "unit") return scope.kind === "all";
  return scope.unitId === occurrence.unitId || occurrence.coordinatingUnitIds.includes(scope.unitId);
}

/** Reports come from the officers of the lead unit or of a coordinating unit (the city office included, for its own tasks). */
export function reportingRole(actor: Actor, occurrence: OccurrenceScope): "lead" | "coordinating" | null {
  if (actor.kind !== "user" || !actor.unitId) return null;
  if (!actor.roles.some((r) => r === "UNIT_OFFICER" || r === "CITY_ADMIN")) return null;
  if (actor.unitId === occurrence.unitId) return "lead";
  return occurrence.coordinatingUnitIds.includes(actor.unitId) ? "coordinating" : null;
}
