import type { EventHandler, EventHandlers } from "@tthc/messaging";
import { unitReplicaHandlers } from "@tthc/unit-replica";
import type { EventType } from "@tthc/events";
import { factHandlers } from "./facts.ts";
import { reactToSuccession } from "../use-cases/succession.ts";
import type { Tx } from "../db/client.ts";

/** Both handlers of a type, one after the other in the event's transaction. */
function combine(...sets: EventHandlers<Tx>[]): EventHandlers<Tx> {
  const combined: Record<string, EventHandler<EventType, Tx>> = {};
  for (const set of sets) {
    for (const [type, next] of Object.entries(set) as Array<[string, EventHandler<EventType, Tx>]>) {
      const prior = combined[type];
      combined[type] = prior
        ? async (event, tx) => {
            await prior(event, tx);
            await next(event, tx);
          }
        : next;
    }
  }
  return combined as EventHandlers<Tx>;
}

/**
 * The events the reporting service consumes: the directory's units (its replica and facts) and every fact of
 * planning, complaints and inspections. A succession is recorded in the replica, then acted on (the closed
 * unit's open reports go to its successor), in the event's one transaction with its processed_event row.
 */
export const handlers: EventHandlers<Tx> = combine(unitReplicaHandlers as EventHandlers<Tx>, factHandlers, {
  "directory.unit.succeeded": reactToSuccession,
});

export const consumer = { handlers };
