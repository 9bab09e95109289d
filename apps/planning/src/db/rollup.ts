/**
 * Progress rolled up from occurrences (tổng hợp tiến độ) to task, section, plan and unit: counts by
 * status, the overdue ones, and the share done. A roll-up counts only the occurrences its reader may
 * read (domain/access.ts canReadOccurrence, here in SQL): a unit officer's figures are their own
 * unit's and those of the tasks it coordinates.
 */
import type { LocalDate } from "@tthc/calendar";
import type { SqlTx } from "@tthc/messaging";
import type { UnitScope } from "../domain/index.ts";

export interface Progress {
  total: number;
  done: number;
  inProgress: number;
  blocked: number;
  notStarted: number;
  overdue: number;
  percentDone: number;
}

export type RollupLevel = "task" | "section" | "unit" | "plan";

const KEY: Record<RollupLevel, string> = {
  task: "o.task_id::text",
  section: "t.section_id::text",
  unit: "o.unit_id",
  plan: "o.plan_id::text",
};

interface Row {
  key: string;
  total: number;
  done: number;
  in_progress: number;
  blocked: number;
  overdue: number;
}

export const EMPTY_PROGRESS: Progress = { total: 0, done: 0, inProgress: 0, blocked: 0, notStarted: 0, overdue: 0, percentDone: 0 };

/** The occurrences rolled up: a plan's, or those of some tasks (one query for every task a request asks about). */
export type RollupOf = { planId: string } | { taskIds: readonly string[] };

export async function rollup(
  tx: SqlTx,
  of: RollupOf,
  level: RollupLevel,
  today: LocalDate,
  reader: UnitScope,
): Promise<Map<string, Progress>> {
  if (reader.kind === "none" || ("taskIds" in of && of.taskIds.length === 0)) return new Map();
  const readable =
    reader.kind === "unit"
      ? `AND (o.unit_id = $3 OR EXISTS (SELECT 1 FROM task_unit tu WHERE tu.task_id = o.task_id AND tu.role = 'coordinating' AND tu.unit_id = $3))`
      : "";
  const rows = await tx.$queryRawUnsafe<Row[]>(
    `SELECT ${KEY[level]} AS key, count(*)::int AS total,
       count(*) FILTER (WHERE o.status = 'done')::int AS done,
       count(*) FILTER (WHERE o.status = 'in_progress')::int AS in_progress,
       count(*) FILTER (WHERE o.status = 'blocked')::int AS blocked,
       count(*) FILTER (WHERE o.status <> 'done' AND o.due_day < $2::date)::int AS overdue
     FROM occurrence o JOIN task t ON t.id = o.task_id
     WHERE ${"planId" in of ? "o.plan_id = $1::uuid" : "o.task_id = ANY($1::uuid[])"} ${readable}
     GROUP BY 1`,
    "planId" in of ? of.planId : of.taskIds,
    today,
    ...(reader.kind === "unit" ? [reader.unitId] : []),
  );
  return new Map(rows.map((r) => [r.key, toProgress(r)]));
}

function toProgress(r: Row): Progress {
  return {
    total: r.total,
    done: r.done,
    inProgress: r.in_progress,
    blocked: r.blocked,
    notStarted: r.total - r.done - r.in_progress - r.blocked,
    overdue: r.overdue,
    percentDone: r.total === 0 ? 0 : Math.round((r.done / r.total) * 100),
  };
}
