import { unitReplicaHandlers } from "@tthc/unit-replica";

/** The events the complaints service consumes: for now, the directory's units for its local replica. */
export const consumer = { handlers: { ...unitReplicaHandlers } };
