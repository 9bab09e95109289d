/** The loaders of one request (built with its context): the rows that fields below a list ask for, one query per level. */
import type { LocalDate } from "@tthc/calendar";
import type { Actor } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { TaskUnit } from "../db/generated/client.ts";
import { EMPTY_PROGRESS, type Progress } from "../db/rollup.ts";
import { findOccurrences, occurrencesReports, tasksProgress } from "../use-cases/plan-queries.ts";
import { planningWorkToMove } from "../use-cases/succession.ts";
import { batchLoader } from "@tthc/service-kit";
import type { MovableWork } from "@tthc/unit-replica";
import { unitNameLoader } from "./unit-name-loader.ts";

export type OccurrenceView = Awaited<ReturnType<typeof findOccurrences>> extends Map<string, infer V> ? V : never;
export type OccurrenceReport = NonNullable<ReturnType<Awaited<ReturnType<typeof occurrencesReports>>["get"]>>[number];

export interface RequestLoaders {
  unitName(id: string): Promise<string | null>;
  /** A task's roll-up as the request's actor may read it. */
  taskProgress(taskId: string): Promise<Progress>;
  taskUnits(taskId: string): Promise<TaskUnit[]>;
  /** An occurrence as the actor may read it, or null (another service's references to occurrences, in one query). */
  occurrence(id: string): Promise<OccurrenceView | null>;
  /** The reports of an occurrence the request has already read. */
  occurrenceReports(occurrenceId: string): Promise<OccurrenceReport[]>;
  /** What a reorganisation would move from a unit (the units of an _entities batch in one query). */
  workToMove(unitId: string): Promise<MovableWork[]>;
}

export function requestLoaders(db: Db, actor: Actor, today: LocalDate): RequestLoaders {
  return {
    unitName: unitNameLoader(db),
    taskProgress: batchLoader((ids: string[]) => tasksProgress(db, actor, ids, today), EMPTY_PROGRESS),
    taskUnits: batchLoader(async (ids: string[]) => {
      const units = await db.taskUnit.findMany({ where: { taskId: { in: ids } } });
      const byTask = new Map<string, TaskUnit[]>();
      for (const u of units) {
        const list = byTask.get(u.taskId);
        if (list) list.push(u);
        else byTask.set(u.taskId, [u]);
      }
      return byTask;
    }, []),
    occurrence: batchLoader((ids: string[]) => findOccurrences(db, actor, ids, today), null),
    occurrenceReports: batchLoader((ids: string[]) => occurrencesReports(db, ids), []),
    workToMove: batchLoader((ids: string[]) => planningWorkToMove(db, ids), []),
  };
}
