/**
 * A reorganisation (sắp xếp đơn vị) closed a unit: its open plan work follows the successor that holds
 * PLAN_WORK (issue 14 item 3). What was done stays where it was done: done occurrences and every progress
 * report keep the old unit, so past reports and the plan as issued (its task units) still show it.
 *
 * Moves, for the closed unit:
 * - occurrences not done of issued plans (lần thực hiện chưa hoàn thành);
 * - unit plans still due (missing, draft or returned) of issued plans;
 * - its current focal officers (cán bộ đầu mối), added to the successor's list by a change that names the
 *   decision (the closed unit's list is emptied the same way, its history kept);
 * - the importer's unit-name mappings that point at it, and those it remembered as issuing unit.
 *
 * The preview counts with the same predicates (WORK below). A row the successor already has its own of
 * (the same task's occurrence of the same period, a unit plan of the same plan, a mapping of the same
 * written name) stays: the successor owes it once. Every statement is a no-op the second time (nothing
 * is left to match), besides the consumer's processed_event.
 */
import type { EventOf } from "@tthc/events";
import type { MovableWork } from "@tthc/unit-replica";
import type { Prisma } from "../db/generated/client.ts";

type Tx = Prisma.TransactionClient;

/** What a preview shows for the work this service would move from a unit. */
/**
 * The predicates of the move, on the closed unit given as an SQL expression (`$1` in the move, a column
 * of the preview's unit list): the count and the move both use them, so the preview counts what moves.
 */
const WORK = {
  occurrence: (unit: string) =>
    `o.unit_id = ${unit} AND o.status <> 'done' AND EXISTS (SELECT 1 FROM plan p WHERE p.id = o.plan_id AND p.status = 'issued')`,
  unitPlan: (unit: string) =>
    `up.unit_id = ${unit} AND up.status IN ('missing', 'draft', 'returned') AND EXISTS (SELECT 1 FROM plan p WHERE p.id = up.plan_id AND p.status = 'issued')`,
  mapping: (unit: string) => `(m.unit_id = ${unit} OR m.issuing_unit_id = ${unit})`,
  splitChoice: (unit: string) => `sc.issuing_unit_id = ${unit}`,
  latestFocal: (unit: string) =>
    `SELECT f.officers FROM focal_officer_change f WHERE f.unit_id = ${unit} ORDER BY f.created_at DESC, f.id DESC LIMIT 1`,
} as const;

const LABELS = {
  occurrences: "Lần thực hiện nhiệm vụ chưa hoàn thành",
  unitPlans: "Kế hoạch của đơn vị chưa nộp",
  focalOfficers: "Cán bộ đầu mối",
  mappings: "Ánh xạ tên đơn vị khi nhập kế hoạch",
};

/** What a reorganisation would move from each of `unitIds` now: one query for all the units. */
export async function planningWorkToMove(tx: Tx, unitIds: readonly string[]): Promise<Map<string, MovableWork[]>> {
  if (unitIds.length === 0) return new Map();
  // A subquery per unit of the list applies each predicate to all of them at once.
  const rows = await tx.$queryRawUnsafe<
    Array<{ unit_id: string; occurrences: number; unit_plans: number; officers: number; mappings: number }>
  >(
    `SELECT u.id AS unit_id,
       (SELECT count(*) FROM occurrence o WHERE ${WORK.occurrence("u.id")})::int AS occurrences,
       (SELECT count(*) FROM unit_plan up WHERE ${WORK.unitPlan("u.id")})::int AS unit_plans,
       COALESCE((SELECT jsonb_array_length(l.officers) FROM (${WORK.latestFocal("u.id")}) l), 0)::int AS officers,
       ((SELECT count(*) FROM unit_name_mapping m WHERE ${WORK.mapping("u.id")})
         + (SELECT count(*) FROM unit_split_choice sc WHERE ${WORK.splitChoice("u.id")}))::int AS mappings
     FROM unnest($1::text[]) AS u(id)`,
    [...new Set(unitIds)],
  );
  return new Map(
    rows.map((r) => [
      r.unit_id,
      [
        { what: LABELS.occurrences, count: r.occurrences },
        { what: LABELS.unitPlans, count: r.unit_plans },
        { what: LABELS.focalOfficers, count: r.officers },
        { what: LABELS.mappings, count: r.mappings },
      ],
    ]),
  );
}

/** The reaction to directory.unit.succeeded, in the consumer's transaction (after the replica recorded the succession). */
export async function movePlanWorkToSuccessor(event: EventOf<"directory.unit.succeeded">, tx: Tx): Promise<void> {
  const { predecessorId: from, successors, decision } = event.data;
  const to = successors.find((s) => s.workKinds.includes("PLAN_WORK"))?.unitId;
  if (!to || to === from) return;
  const at = new Date(event.time);

  await tx.$executeRawUnsafe(
    `UPDATE occurrence o SET unit_id = $2, updated_at = $3::timestamptz
     WHERE ${WORK.occurrence("$1")}
       AND NOT EXISTS (SELECT 1 FROM occurrence s WHERE s.task_id = o.task_id AND s.unit_id = $2 AND s.key = o.key)`,
    from,
    to,
    at,
  );
  await tx.$executeRawUnsafe(
    `UPDATE unit_plan up SET unit_id = $2
     WHERE ${WORK.unitPlan("$1")} AND NOT EXISTS (SELECT 1 FROM unit_plan s WHERE s.plan_id = up.plan_id AND s.unit_id = $2)`,
    from,
    to,
  );
  // The successor's list becomes its own officers followed by the closed unit's, and the closed unit's list
  // becomes empty: two new changes naming the decision, so both histories stay as they were. A repeat finds
  // the closed unit's list empty and adds nothing. created_at is the database's, as for every change: the
  // latest change is the current list.
  const changedBy = `decision:${decision.id}`;
  const officersMoved = await tx.$executeRawUnsafe(
    `INSERT INTO focal_officer_change (id, unit_id, decision_number, decision_date, officers, changed_by)
     SELECT gen_random_uuid(), $2, $3, $4::date,
       COALESCE((SELECT f.officers FROM focal_officer_change f WHERE f.unit_id = $2 ORDER BY f.created_at DESC, f.id DESC LIMIT 1), '[]'::jsonb) || l.officers,
       $5
     FROM (${WORK.latestFocal("$1")}) l
     WHERE jsonb_array_length(l.officers) > 0`,
    from,
    to,
    decision.number,
    decision.signedOn,
    changedBy,
  );
  if (officersMoved > 0) {
    await tx.$executeRawUnsafe(
      `INSERT INTO focal_officer_change (id, unit_id, decision_number, decision_date, officers, changed_by)
       VALUES (gen_random_uuid(), $1, $2, $3::date, '[]'::jsonb, $4)`,
      from,
      decision.number,
      decision.signedOn,
      changedBy,
    );
  }
  // Written names that meant the closed unit now mean its successor; what the closed unit remembered as
  // issuing unit is remembered for the successor (unless it already has its own mapping of that name).
  await tx.$executeRawUnsafe(`UPDATE unit_name_mapping SET unit_id = $2, updated_at = $3::timestamptz WHERE unit_id = $1`, from, to, at);
  await tx.$executeRawUnsafe(
    `UPDATE unit_name_mapping m SET issuing_unit_id = $2, updated_at = $3::timestamptz
     WHERE m.issuing_unit_id = $1
       AND NOT EXISTS (SELECT 1 FROM unit_name_mapping s WHERE s.issuing_unit_id = $2 AND s.normalised_name = m.normalised_name)`,
    from,
    to,
    at,
  );
  await tx.$executeRawUnsafe(
    `UPDATE unit_split_choice sc SET issuing_unit_id = $2, updated_at = $3::timestamptz
     WHERE sc.issuing_unit_id = $1
       AND NOT EXISTS (SELECT 1 FROM unit_split_choice s WHERE s.issuing_unit_id = $2 AND s.normalised_text = sc.normalised_text)`,
    from,
    to,
    at,
  );
}
