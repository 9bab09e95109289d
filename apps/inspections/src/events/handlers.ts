import type { EventOf } from "@tthc/events";
import { applySuccession, unitReplicaHandlers } from "@tthc/unit-replica";
import type { Prisma } from "../db/generated/client.ts";
import { reactToSuccession } from "../use-cases/succession.ts";
import { signalHandlers } from "./signals.ts";

/**
 * The events the inspections service consumes: the directory's units for its local replica, and the
 * other services' events that state a unit's signals (its figures, the risk ranking). A succession is
 * recorded in the replica and acted on (the closed unit's open work moves) in the event's one transaction,
 * with its processed_event row.
 */
export const consumer = {
  handlers: {
    ...unitReplicaHandlers,
    "directory.unit.succeeded": async (event: EventOf<"directory.unit.succeeded">, tx: Prisma.TransactionClient) => {
      await applySuccession(event, tx);
      await reactToSuccession(event, tx);
    },
    ...signalHandlers,
  },
};
