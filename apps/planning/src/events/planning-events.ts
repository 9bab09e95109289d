import { createEvent, type ActorRef, type EventData, type EventOf } from "@tthc/events";
import { clock, type Actor } from "@tthc/service-kit";

export const SOURCE = "planning";

/** Who and which request caused a change; every published event carries it. */
export interface ChangeContext {
  actor: Actor;
  correlationId?: string;
  /** When the change happens: the request's instant on the app's clock; the process clock if not given. */
  now?: Date;
}

/** The instant a change is stamped with (issuedAt, reviewedAt…). */
export const changedAt = (ctx: ChangeContext): Date => ctx.now ?? clock();

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

type PlanningEventType =
  | "planning.plan.issued"
  | "planning.task.assigned"
  | "planning.occurrence.reported"
  | "planning.occurrence.accepted"
  | "planning.occurrence.returned"
  | "planning.occurrence.due-soon"
  | "planning.occurrence.overdue"
  | "planning.unit-plan.submitted"
  | "planning.unit-plan.accepted"
  | "planning.unit-plan.returned";

/** A planning event about `subject` (the plan or the occurrence), caused by `ctx` (null actor: the service itself). */
export function planningEvent<K extends PlanningEventType>(type: K, subject: string, data: EventData<K>, ctx: ChangeContext | null): EventOf<K> {
  return createEvent(type, {
    source: SOURCE,
    subject,
    data,
    actor: ctx ? actorRef(ctx.actor) : null,
    ...(ctx?.correlationId ? { correlationId: ctx.correlationId } : {}),
  } as Parameters<typeof createEvent<K>>[1]);
}
