/**
 * Who may see and act on what (docs/architecture.md §5: subgraphs authorise). The city office and leaders see
 * every unit's work; a unit officer sees the occurrences of their own unit and of the tasks their
 * unit coordinates, and nothing of other units: those read as not found.
 */
import type { Actor } from "@tthc/service-kit";

export function seesAllUnits(actor: Actor): boolean {
  return actor.kind === "user" && actor.roles.some((r) => r === "CITY_ADMIN" || r === "LEADER" || r === "INSPECTOR");
}

export interface OccurrenceScope {
  unitId: string;
  coordinatingUnitIds: readonly string[];
}

export function canReadOccurrence(actor: Actor, occurrence: OccurrenceScope): boolean {
  if (seesAllUnits(actor)) return true;
  if (actor.kind !== "user" || !actor.unitId) return false;
  return actor.unitId === occurrence.unitId || occurrence.coordinatingUnitIds.includes(actor.unitId);
}

/** Reports come from the officers of the lead unit or of a coordinating unit (the city office included, for its own tasks). */
export function reportingRole(actor: Actor, occurrence: OccurrenceScope): "lead" | "coordinating" | null {
  if (actor.kind !== "user" || !actor.unitId) return null;
  if (!actor.roles.some((r) => r === "UNIT_OFFICER" || r === "CITY_ADMIN")) return null;
  if (actor.unitId === occurrence.unitId) return "lead";
  return occurrence.coordinatingUnitIds.includes(actor.unitId) ? "coordinating" : null;
}
