import { unitReplicaHandlers } from "@tthc/unit-replica";
import { signalHandlers } from "./signals.ts";

/**
 * The events the inspections service consumes: the directory's units for its local replica, and the
 * other services' events that state a unit's signals (its figures, the risk ranking).
 */
export const consumer = { handlers: { ...unitReplicaHandlers, ...signalHandlers } };
