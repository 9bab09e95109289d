/** Events for reporting's tests: each at a fixed instant (never the wall clock). */
import { randomUUID } from "node:crypto";
import { createEvent, type EventEnvelope, type EventType, type NewEvent } from "@tthc/events";

/** An event of `type` about `subject` at `time` (ISO instant; 02:00Z is 09:00 in Vietnam, the same day). */
export function event<K extends EventType>(type: K, subject: string, time: string, data: NewEvent<K>["data"]): EventEnvelope {
  const source = type.split(".")[0]!;
  return createEvent(type, { source, subject, data, time: new Date(time) } as NewEvent<K>) as EventEnvelope;
}

/** 09:00 in Vietnam on `day`. */
export const at = (day: string) => `${day}T02:00:00.000Z`;

export const uuid = () => randomUUID();
