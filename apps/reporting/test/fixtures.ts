/** Events for reporting's tests: each at a fixed instant (never the wall clock). */
import { randomUUID } from "node:crypto";
import { createCalendar, parseLocalDate } from "@tthc/calendar";
import type { Actor } from "@tthc/service-kit";
import type { ReportDeps } from "../src/use-cases/unit-reports.ts";
import { createEvent, type EventEnvelope, type EventType, type NewEvent } from "@tthc/events";

/** An event of `type` about `subject` at `time` (ISO instant; 02:00Z is 09:00 in Vietnam, the same day). */
export function event<K extends EventType>(type: K, subject: string, time: string, data: NewEvent<K>["data"]): EventEnvelope {
  const source = type.split(".")[0]!;
  return createEvent(type, { source, subject, data, time: new Date(time) } as NewEvent<K>) as EventEnvelope;
}

/** 09:00 in Vietnam on `day`. */
export const at = (day: string) => `${day}T02:00:00.000Z`;

export const uuid = () => randomUUID();

/** A ward (commune level, no parent) created in the directory on 1 January 2024, as its replica learns it. */
export const wardCreated = (id: string, name: string) => unitCreated(id, name, "commune");

/** A unit of `levelCode` (no parent) created in the directory on 1 January 2024, as its replica learns it. */
export const unitCreated = (id: string, name: string, levelCode: string) =>
  event("directory.unit.created", id, at("2024-01-01"), {
    unit: {
      id,
      code: `hy.tp.p.${id}`,
      name,
      shortName: null,
      levelCode,
      parentId: null,
      validFrom: "2024-01-01",
      validTo: null,
    },
  });

const calendar = createCalendar();
/** What the report use cases read of "today", on `day` (Vietnam date) at 09:00 local time. */
export const depsAt = (day: string): ReportDeps => ({ calendar, today: parseLocalDate(day), now: new Date(at(day)) });

/** A unit officer (cán bộ đầu mối) of `unitId`, as the gateway would sign them. */
export const officer = (unitId: string): Actor => ({
  kind: "user",
  userId: `u-${unitId}`,
  username: unitId,
  unitId,
  roles: ["UNIT_OFFICER"],
  sessionId: "s",
});
