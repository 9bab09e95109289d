/** The loaders of one request: the rows that fields below a list ask for, one query per level, not per row. */
import { batchLoader } from "@tthc/service-kit";
import { unitNames } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import type { Criterion, Finding, PlanItem, Recommendation, TeamMember } from "../db/generated/client.ts";

export interface RequestLoaders {
  unitName(id: string): Promise<string | null>;
  planItems(planId: string): Promise<PlanItem[]>;
  team(inspectionId: string): Promise<TeamMember[]>;
  criteria(inspectionId: string): Promise<Criterion[]>;
  findings(inspectionId: string): Promise<Finding[]>;
  recommendations(findingId: string): Promise<Recommendation[]>;
}

/** Rows grouped by a key, in the order the query gave them. */
function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export function requestLoaders(db: Db): RequestLoaders {
  return {
    unitName: batchLoader<string, string | null>((ids) => unitNames(db, ids), null),
    planItems: batchLoader(
      async (ids: string[]) =>
        groupBy(await db.planItem.findMany({ where: { planId: { in: ids } }, orderBy: { order: "asc" } }), (i) => i.planId),
      [],
    ),
    team: batchLoader(
      async (ids: string[]) =>
        groupBy(
          await db.teamMember.findMany({ where: { inspectionId: { in: ids } }, orderBy: [{ role: "asc" }, { name: "asc" }] }),
          (m) => m.inspectionId,
        ),
      [],
    ),
    criteria: batchLoader(
      async (ids: string[]) =>
        groupBy(await db.criterion.findMany({ where: { inspectionId: { in: ids } }, orderBy: { order: "asc" } }), (c) => c.inspectionId),
      [],
    ),
    findings: batchLoader(
      async (ids: string[]) =>
        groupBy(await db.finding.findMany({ where: { inspectionId: { in: ids } }, orderBy: { createdAt: "asc" } }), (f) => f.inspectionId),
      [],
    ),
    recommendations: batchLoader(
      async (ids: string[]) =>
        groupBy(
          await db.recommendation.findMany({ where: { findingId: { in: ids } }, orderBy: [{ dueDay: "asc" }, { createdAt: "asc" }] }),
          (r) => r.findingId,
        ),
      [],
    ),
  };
}
