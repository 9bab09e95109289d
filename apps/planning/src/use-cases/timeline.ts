/** The quarter timeline (tiến độ theo quý): a plan's occurrences by unit and by the quarter they are due in. */
import type { LocalDate } from "@tthc/calendar";
import { forbidden, notFound, type Actor } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import { seesAllUnits } from "../domain/index.ts";
import { requireStaff } from "./access.ts";
import { findPlan } from "./plan-queries.ts";

export interface QuarterCell {
  year: number;
  quarter: number;
  total: number;
  done: number;
  overdue: number;
}

export async function quarterTimeline(db: Db, actor: Actor, planId: string, today: LocalDate) {
  const user = requireStaff(actor);
  if (!(await findPlan(db, actor, planId))) throw notFound("Không tìm thấy kế hoạch.");
  const all = seesAllUnits(actor);
  if (!all && !user.unitId) throw forbidden("Tài khoản của bạn chưa gắn với đơn vị nào.");
  const rows = await db.$queryRawUnsafe<
    Array<{ unit_id: string; year: number; quarter: number; total: number; done: number; overdue: number }>
  >(
    `SELECT unit_id, extract(year FROM due_day)::int AS year, extract(quarter FROM due_day)::int AS quarter, count(*)::int AS total,
       count(*) FILTER (WHERE status = 'done')::int AS done,
       count(*) FILTER (WHERE status <> 'done' AND due_day < $2::date)::int AS overdue
     FROM occurrence WHERE plan_id = $1::uuid ${all ? "" : "AND unit_id = $3"}
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    planId,
    today,
    ...(all ? [] : [user.unitId]),
  );
  const byUnit = new Map<string, QuarterCell[]>();
  for (const r of rows) {
    const cells = byUnit.get(r.unit_id) ?? [];
    cells.push({ year: r.year, quarter: r.quarter, total: r.total, done: r.done, overdue: r.overdue });
    byUnit.set(r.unit_id, cells);
  }
  return [...byUnit].map(([unitId, quarters]) => ({ unitId, quarters }));
}
