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
  /**
   * Up to 50 events a transaction (each still deduplicated, handled one after the other): a signal is one
   * insert, so one commit per event was most of its cost (bench/inspections-risk.ts measures the ingest).
   * Not more: 200 handled one by one outlasted Prisma's 5 s transaction under load, and fell back.
   */
  batchSize: 50,
};
