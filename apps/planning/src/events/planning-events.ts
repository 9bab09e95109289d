import { createEvent, type EventData, type EventOf } from "@tthc/events";
import { actorRef, clock, type ChangeContext } from "@tthc/service-kit";

export const SOURCE = "planning";

/** The instant a change is stamped with (issuedAt, reviewedAt…): the request's, else the process clock. */
export const changedAt = (ctx: ChangeContext): Date => ctx.now ?? clock();


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
