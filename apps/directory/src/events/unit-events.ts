import { createEvent, type ActorRef, type EventOf, type UnitState } from "@tthc/events";
import type { Actor } from "@tthc/service-kit";
import type { ChangedField } from "../domain/units.ts";

export const SOURCE = "directory";

/** Who and which request caused a change; every published event carries it. */
export interface ChangeContext {
  actor: Actor;
  correlationId?: string;
}

/** Events keep a reference to the actor, never their names or roles. */
export function actorRef(actor: Actor): ActorRef {
  switch (actor.kind) {
    case "user":
      return { kind: "user", id: actor.userId, ...(actor.unitId ? { unitId: actor.unitId } : {}) };
    case "partner":
      return { kind: "partner", id: actor.partnerId };
    case "service":
      return { kind: "service", id: actor.service };
    case "anonymous":
      return { kind: "anonymous" };
  }
}

function envelope(unit: UnitState, ctx: ChangeContext) {
  return { source: SOURCE, subject: unit.id, actor: actorRef(ctx.actor), correlationId: ctx.correlationId };
}

export function unitCreated(unit: UnitState, ctx: ChangeContext): EventOf<"directory.unit.created"> {
  return createEvent("directory.unit.created", { ...envelope(unit, ctx), data: { unit } });
}

export function unitUpdated(unit: UnitState, changed: ChangedField[], ctx: ChangeContext): EventOf<"directory.unit.updated"> {
  return createEvent("directory.unit.updated", { ...envelope(unit, ctx), data: { unit, changed } });
}

export function unitMoved(unit: UnitState, previousParentId: string | null, effectiveFrom: string, ctx: ChangeContext): EventOf<"directory.unit.moved"> {
  return createEvent("directory.unit.moved", { ...envelope(unit, ctx), data: { unit, previousParentId, effectiveFrom } });
}

export function unitClosed(unit: UnitState & { validTo: string }, ctx: ChangeContext): EventOf<"directory.unit.closed"> {
  return createEvent("directory.unit.closed", { ...envelope(unit, ctx), data: { unit } });
}
