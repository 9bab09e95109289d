import { createEvent, type EventOf, type UnitState } from "@tthc/events";
import { eventOrigin, type ChangeContext } from "@tthc/service-kit";
import type { ChangedField } from "../domain/units.ts";

export const SOURCE = "directory";

function envelope(unit: UnitState, ctx: ChangeContext) {
  return { source: SOURCE, subject: unit.id, ...eventOrigin(ctx) };
}

export function unitCreated(unit: UnitState, ctx: ChangeContext): EventOf<"directory.unit.created"> {
  return createEvent("directory.unit.created", { ...envelope(unit, ctx), data: { unit } });
}

export function unitUpdated(unit: UnitState, changed: ChangedField[], ctx: ChangeContext): EventOf<"directory.unit.updated"> {
  return createEvent("directory.unit.updated", { ...envelope(unit, ctx), data: { unit, changed } });
}

export function unitMoved(
  unit: UnitState,
  previousParentId: string | null,
  effectiveFrom: string,
  ctx: ChangeContext,
): EventOf<"directory.unit.moved"> {
  return createEvent("directory.unit.moved", { ...envelope(unit, ctx), data: { unit, previousParentId, effectiveFrom } });
}

export function unitClosed(unit: UnitState & { validTo: string }, ctx: ChangeContext): EventOf<"directory.unit.closed"> {
  return createEvent("directory.unit.closed", { ...envelope(unit, ctx), data: { unit } });
}
