import type { EventHandler, EventHandlers } from "@tthc/messaging";
import { unitReplicaHandlers } from "@tthc/unit-replica";
import type { EventType } from "@tthc/events";
import type { EventEnvelope } from "@tthc/events";
import { factHandlers, isFactEvent, projectFacts } from "./facts.ts";
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

/** What the events do besides the facts: the unit replica and the reaction to a succession. */
const otherHandlers: EventHandlers<Tx> = combine(unitReplicaHandlers as EventHandlers<Tx>, {
  "directory.unit.succeeded": reactToSuccession,
});

/**
 * A consumer chunk at once: each event's other handlers in order, then all the chunk's facts in one
 * set-based pass. Equivalent to `handlers` one by one because the facts read nothing the other handlers
 * write (they fold each entity from its own stored events).
 */
async function handleBatch(events: EventEnvelope[], tx: Tx): Promise<void> {
  for (const event of events) {
    const handler = otherHandlers[event.type] as EventHandler<EventType, Tx> | undefined;
    if (handler) await handler(event as never, tx);
  }
  await projectFacts(
    tx,
    events.filter((e) => isFactEvent(e.type)),
  );
}

/**
 * Chunks of up to 200 events a transaction, projected set-based (handleBatch): one event at a time costs
 * seven statements, so a history of a million dossier steps (bench/reporting.ts) would take hours.
 */
export const consumer = { handlers, batchSize: 200, handleBatch };
