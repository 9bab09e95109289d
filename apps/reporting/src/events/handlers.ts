import type { EventHandlers } from "@tthc/messaging";
import { unitReplicaHandlers } from "@tthc/unit-replica";
import { complaintFactHandlers } from "./complaint-facts.ts";
import type { Tx } from "../db/client.ts";

const handlers: EventHandlers<Tx> = { ...unitReplicaHandlers, ...complaintFactHandlers };

/** The events the reporting service consumes: the directory's units (its replica) and the PAKN lifecycle. */
export const consumer = { handlers };
