import type { EventOf } from "@tthc/events";
import type { EventHandlers } from "@tthc/messaging";
import type { Tx } from "../db/client.ts";
import { cityAdminIds } from "../db/users.ts";
import { addNotification } from "../use-cases/notifications.ts";

/**
 * The inbox side of other services' events (docs/architecture.md §2: one inbox, not one per service): work
 * assigned to a unit, and its due-soon / overdue warnings, become notifications for the unit's
 * officers. An event without a unit (a limit that only the city office watches) goes to every
 * city office administrator.
 */

type Notifying =
  | EventOf<"planning.task.assigned">
  | EventOf<"planning.occurrence.due-soon">
  | EventOf<"planning.occurrence.overdue">
  | EventOf<"planning.occurrence.returned">
  | EventOf<"complaints.complaint.assigned">
  | EventOf<"complaints.complaint.due-soon">
  | EventOf<"complaints.complaint.overdue">
  | EventOf<"inspections.recommendation.overdue">;

async function notify(event: Notifying, tx: Tx): Promise<void> {
  const { unitId, title, link } = event.data;
  const note = { kind: event.type, title, link };
  if (unitId) {
    await addNotification(tx, { ...note, unitId });
    return;
  }
  for (const userId of await cityAdminIds(tx)) await addNotification(tx, { ...note, userId });
}

export const notificationHandlers: EventHandlers<Tx> = {
  "planning.task.assigned": notify,
  "planning.occurrence.due-soon": notify,
  "planning.occurrence.overdue": notify,
  "planning.occurrence.returned": notify,
  "complaints.complaint.assigned": notify,
  "complaints.complaint.due-soon": notify,
  "complaints.complaint.overdue": notify,
  // A recommendation after an inspection not answered by its due day: the responsible unit's inbox.
  "inspections.recommendation.overdue": notify,
};

/** What the directory consumes: other services' work for a unit, as notifications (startDataService subscribes). */
export const consumer = { handlers: notificationHandlers };
