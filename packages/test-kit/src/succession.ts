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

/**
 * The demo's units after the 2025 reorganisation that the demo seeds' current-year records name (the directory's
 * DEMO_REORGANISATION), for a suite's unit replica: its harness holds only the city of 2024.
 */
export const POST_MERGER_DEMO_UNITS = {
  province: { id: "00000000-0000-4000-8000-000000000101", code: "hy", name: "UBND tỉnh Hưng Yên", levelCode: "province", parentId: null },
  office: { id: "00000000-0000-4000-8000-000000000102", code: "hy.van-phong", name: "Văn phòng UBND tỉnh", levelCode: "department" },
  tuPhap: { id: "00000000-0000-4000-8000-000000000103", code: "hy.so-tu-phap", name: "Sở Tư pháp", levelCode: "department" },
  phoHien: { id: "00000000-0000-4000-8000-000000000104", code: "hy.p.pho-hien", name: "UBND phường Phố Hiến", levelCode: "commune" },
  sonNam: { id: "00000000-0000-4000-8000-000000000105", code: "hy.p.son-nam", name: "UBND phường Sơn Nam", levelCode: "commune" },
} as const;

/** `directory.unit.created` of each post-merger demo unit, valid from 1/7/2025, for `applyUnitEvent`. */
export function postMergerDemoUnitEvents(): EventOf<"directory.unit.created">[] {
  const province = POST_MERGER_DEMO_UNITS.province.id;
  return Object.values(POST_MERGER_DEMO_UNITS).map((u) =>
    createEvent("directory.unit.created", {
      source: "directory",
      subject: u.id,
      data: { unit: { shortName: null, validFrom: "2025-07-01", validTo: null, parentId: u.id === province ? null : province, ...u } },
    }),
  );
}
