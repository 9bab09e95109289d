/** The loaders of one request: the rows that fields below a list ask for, one query per level, not per row. */
import type { LocalDate } from "@tthc/calendar";
import { batchLoader, type Actor } from "@tthc/service-kit";
import { unitNames, type MovableWork } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import type { Criterion, Finding, Inspection, PlanItem, Recommendation, TeamMember, WorkTransfer } from "../db/generated/client.ts";
import { exportedFile } from "../use-cases/documents.ts";
import { readableRecommendations } from "../use-cases/findings.ts";
import { readableInspections } from "../use-cases/inspections.ts";
import { figuresPeriod, unitFigures, type UnitFigures } from "../use-cases/signals.ts";
import { workToMove } from "../use-cases/succession.ts";

export type FileInfo = ReturnType<typeof exportedFile>;

export interface RequestLoaders {
  /** An inspection as the actor may read it, or null (another service's references, in one query). */
  inspection(id: string): Promise<Inspection | null>;
  /** A recommendation as the actor may read it, or null (another service's references, in one query). */
  recommendation(id: string): Promise<Recommendation | null>;
  unitName(id: string): Promise<string | null>;
  planItems(planId: string): Promise<PlanItem[]>;
  team(inspectionId: string): Promise<TeamMember[]>;
  criteria(inspectionId: string): Promise<Criterion[]>;
  findings(inspectionId: string): Promise<Finding[]>;
  recommendations(findingId: string): Promise<Recommendation[]>;
  /** The inspected unit's figures for the inspection's period. */
  unitFigures(inspection: Inspection): Promise<UnitFigures>;
  /** Stored files' metadata, in the order given (files since deleted are left out). */
  files(ids: readonly string[]): Promise<FileInfo[]>;
  /** What a reorganisation would move from the unit now (the units of an `_entities` batch in one query). */
  workToMove(unitId: string): Promise<MovableWork[]>;
  /** The checklist template's name and version an inspection was started with. */
  templateVersion(id: string): Promise<{ name: string; version: number } | null>;
  /** The reorganisations that moved a recommendation or an inspection, earliest first. */
  transfers(kind: "recommendation" | "inspection", id: string): Promise<WorkTransfer[]>;
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

export function requestLoaders(db: Db, actor: Actor): RequestLoaders {
  // Keyed by the inspection's id, unit and period, so the batch needs nothing but its keys.
  const figures = batchLoader(
    async (keys: string[]) => {
      const requests = keys.map((key) => {
        const [, unitId, from, to] = key.split("|") as [string, string, LocalDate, LocalDate];
        return { key, unitId, from, to };
      });
      return unitFigures(db, requests);
    },
    null as unknown as UnitFigures,
  );
  const file = batchLoader(
    async (ids: string[]) => {
      const rows = await db.$queryRawUnsafe<Array<{ id: string; name: string; type: string; size: string | number }>>(
        `SELECT id::text, name, type, size FROM stored_file WHERE id = ANY($1::uuid[])`,
        ids,
      );
      return new Map(rows.map((r) => [r.id, exportedFile({ ...r, size: Number(r.size) })]));
    },
    null as FileInfo | null,
  );
  // Keyed "kind|id": one query for the rows of every kind a level asks for.
  const transfers = batchLoader(async (keys: string[]) => {
    const rows = await db.workTransfer.findMany({
      where: { OR: keys.map((k) => ({ kind: k.split("|")[0]!, subjectId: k.split("|")[1]! })) },
      orderBy: [{ effectiveFrom: "asc" }, { eventId: "asc" }],
    });
    return groupBy(rows, (t) => `${t.kind}|${t.subjectId}`);
  }, [] as WorkTransfer[]);
  return {
    inspection: batchLoader((ids: string[]) => readableInspections(db, actor, ids), null),
    recommendation: batchLoader((ids: string[]) => readableRecommendations(db, actor, ids), null),
    transfers: (kind, id) => transfers(`${kind}|${id}`),
    workToMove: batchLoader<string, MovableWork[]>((ids) => workToMove(db, ids), []),
    files: async (ids) => (await Promise.all(ids.map((id) => file(id)))).filter((f): f is FileInfo => f !== null),
    unitFigures: (inspection) => {
      const { from, to } = figuresPeriod(inspection);
      return figures(`${inspection.id}|${inspection.unitId}|${from}|${to}`);
    },
    unitName: batchLoader<string, string | null>((ids) => unitNames(db, ids), null),
    templateVersion: batchLoader(
      async (ids: string[]) =>
        new Map(
          (await db.templateVersion.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, version: true } })).map((v) => [
            v.id,
            { name: v.name, version: v.version },
          ]),
        ),
      null as { name: string; version: number } | null,
    ),
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
