import { createEvent, type EventOf } from "@tthc/events";

/** The decision the services' succession tests apply: the 2025 merger of Hưng Yên's wards (domain notes §10). */
export const MERGER_DECISION = { id: "dec-1656", number: "1656/NQ-UBTVQH15", signedOn: "2025-06-16" } as const;

/**
 * `directory.unit.succeeded` as the directory publishes it when `predecessorId` is merged into `successorId`,
 * which takes every kind of work; `time` is when the apply job published it.
 */
export function mergedInto(
  predecessorId: string,
  successorId: string,
  opts: { effectiveFrom: string; time: string; decision?: { id: string; number: string; signedOn: string } },
): EventOf<"directory.unit.succeeded"> {
  const event = createEvent("directory.unit.succeeded", {
    source: "directory",
    subject: predecessorId,
    data: {
      predecessorId,
      change: "MERGE",
      successors: [{ unitId: successorId, workKinds: ["PLAN_WORK", "COMPLAINTS", "RECOMMENDATIONS", "USERS"] }],
      effectiveFrom: opts.effectiveFrom,
      decision: opts.decision ?? MERGER_DECISION,
    },
  });
  return { ...event, time: new Date(opts.time).toISOString() } as EventOf<"directory.unit.succeeded">;
}
