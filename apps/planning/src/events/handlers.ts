import type { EventOf } from "@tthc/events";
import { applySuccession, unitReplicaHandlers } from "@tthc/unit-replica";
import type { Prisma } from "../db/generated/client.ts";
import { movePlanWorkToSuccessor } from "../use-cases/succession.ts";
import { activityHandlers } from "./activity-handlers.ts";

/**
 * The events the planning service consumes: the directory's units for its replica (a closed unit's
 * succession also moves its open plan work, in the same transaction as the replica and processed_event),
 * and the activities that advance linked tasks.
 */
export const consumer = {
  handlers: {
    ...unitReplicaHandlers,
    ...activityHandlers,
    "directory.unit.succeeded": async (event: EventOf<"directory.unit.succeeded">, tx: Prisma.TransactionClient) => {
      await applySuccession(event, tx);
      await movePlanWorkToSuccessor(event, tx);
    },
  },
};
