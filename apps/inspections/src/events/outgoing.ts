/**
 * The events the inspections service builds (their types and data are catalogued in @tthc/events); the use
 * cases enqueue them in the transaction of the change they announce.
 */
import { createEvent, type EventData, type EventOf } from "@tthc/events";
import { eventOrigin, type ChangeContext } from "@tthc/service-kit";

export const SOURCE = "inspections";

type InspectionsEventType =
  | "inspections.plan.approved"
  | "inspections.inspection.scheduled"
  | "inspections.inspection.started"
  | "inspections.inspection.concluded"
  | "inspections.inspection.closed"
  | "inspections.finding.recorded"
  | "inspections.recommendation.issued"
  | "inspections.recommendation.answered"
  | "inspections.recommendation.returned"
  | "inspections.recommendation.verified"
  | "inspections.recommendation.overdue";

/** An inspections event about `subject` (the plan, the inspection or the recommendation), caused by `ctx`, at its instant. */
export function inspectionsEvent<K extends InspectionsEventType>(
  type: K,
  subject: string,
  data: EventData<K>,
  ctx: ChangeContext,
): EventOf<K> {
  return createEvent(type, {
    source: SOURCE,
    subject,
    data,
    ...eventOrigin(ctx),
  } as Parameters<typeof createEvent<K>>[1]);
}

/** The web app's page of an inspection (events' `link`). */
export const inspectionLink = (inspectionId: string) => `/inspections/${inspectionId}`;
