import { UNIT_TOPIC, unitReplicaHandlers } from "@tthc/unit-replica";
import { ACTIVITY_TOPICS, activityHandlers } from "./activity-handlers.ts";

/** The events the planning service consumes: the directory's units for its replica, and the activities that advance linked tasks. */
export const consumer = { topics: [UNIT_TOPIC, ...ACTIVITY_TOPICS], handlers: { ...unitReplicaHandlers, ...activityHandlers } };
