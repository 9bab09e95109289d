import { unitReplicaHandlers } from "@tthc/unit-replica";
import { activityHandlers } from "./activity-handlers.ts";

/** The events the planning service consumes: the directory's units for its replica, and the activities that advance linked tasks. */
export const consumer = { handlers: { ...unitReplicaHandlers, ...activityHandlers } };
