import type { EventOf } from "@tthc/events";
import { applySuccession, unitReplicaHandlers } from "@tthc/unit-replica";
import type { Tx } from "../db/client.ts";
import { moveComplaintsToSuccessor } from "../use-cases/succession.ts";

/**
 * The events the complaints service consumes: the directory's units for its local replica, and a closed
 * unit's succession, which also moves its open PAKN — one transaction with the replica and processed_event.
 */
export const consumer = {
  handlers: {
    ...unitReplicaHandlers,
    "directory.unit.succeeded": async (event: EventOf<"directory.unit.succeeded">, tx: Tx) => {
      await applySuccession(event, tx);
      await moveComplaintsToSuccessor(event, tx);
    },
  },
};
