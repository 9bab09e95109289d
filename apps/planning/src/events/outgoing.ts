/**
 * The events the planning service builds (their types and data are catalogued in @tthc/events); the use
 * cases enqueue them in the transaction of the change they announce.
 */
import { createEvent, type EventData, type EventOf } from "@tthc/events";
import { eventOrigin, type ChangeContext, type ServiceChangeContext } from "@tthc/service-kit";

export const SOURCE = "planning";

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

/** A planning event about `subject` (the plan or the occurrence), caused by `ctx` (null actor: the service itself), at its instant. */
export function planningEvent<K extends PlanningEventType>(
  type: K,
  subject: string,
  data: EventData<K>,
  ctx: ChangeContext | ServiceChangeContext,
): EventOf<K> {
  return createEvent(type, {
    source: SOURCE,
    subject,
    data,
    ...eventOrigin(ctx),
  } as Parameters<typeof createEvent<K>>[1]);
}
