/**
 * A reorganisation closed a unit (directory.unit.succeeded, issue 14): the inspections service hands the
 * closed unit's open work to the successor that holds its RECOMMENDATIONS, and counts that work for the
 * decision's preview. What is open:
 * - recommendations (kiến nghị) the unit still owes: open, answered (awaiting the team's verification, which
 *   may return them) and returned. Verified and carried-over ones are done and stay with the old unit;
 * - inspections not yet started (scheduled): the visit has not begun, so it is the successor that will be
 *   inspected — people expect the plan's visit to go ahead at the unit that now does the work. Started,
 *   concluded and closed inspections are history and stay;
 * - items of draft plans (not yet approved): the plan will be issued with the successor. Approved plans stay
 *   as issued (their item still names the old unit, and their scheduled inspection keeps it as its origin).
 * Conclusions, findings and the signals read model (unit_signal) are facts about the old unit and stay.
 * Every move leaves a work_transfer row: where the row came from, by which decision.
 */
import type { EventOf } from "@tthc/events";
import { currentSuccessors, type MovableWork } from "@tthc/unit-replica";
import type { Prisma } from "../db/generated/client.ts";
import { OPEN_STATUSES } from "../domain/index.ts";

type Tx = Prisma.TransactionClient;

/**
 * The open work of each kind, as SQL over the units in `$1` (text[]): the move and the preview count use the
 * same predicate, so the preview counts exactly what the reaction moves.
 */
const OPEN_WORK = [
  {
    kind: "recommendation",
    what: "Kiến nghị chưa hoàn thành",
    table: "recommendation",
    unitColumn: "responsible_unit_id",
    predicate: `status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(", ")})`,
  },
  {
    kind: "inspection",
    what: "Cuộc kiểm tra chưa bắt đầu",
    table: "inspection",
    unitColumn: "unit_id",
    predicate: `status = 'scheduled'`,
  },
  {
    kind: "plan_item",
    what: "Mục của kế hoạch kiểm tra chưa phê duyệt",
    table: "plan_item",
    unitColumn: "unit_id",
    predicate: `plan_id IN (SELECT id FROM inspection_plan WHERE status = 'draft')`,
  },
] as const;

/** What the reaction would move now for each unit, every kind listed (zeros too): one statement for all units. */
export async function workToMove(tx: Tx, unitIds: readonly string[]): Promise<Map<string, MovableWork[]>> {
  const result = new Map<string, MovableWork[]>();
  if (unitIds.length === 0) return result;
  const rows = await tx.$queryRawUnsafe<Array<{ unit_id: string; kind: string; n: number }>>(
    OPEN_WORK.map(
      (w) =>
        `SELECT ${w.unitColumn} AS unit_id, '${w.kind}' AS kind, count(*)::int AS n FROM ${w.table}
         WHERE ${w.unitColumn} = ANY($1::text[]) AND ${w.predicate} GROUP BY ${w.unitColumn}`,
    ).join(" UNION ALL "),
    [...new Set(unitIds)],
  );
  const counts = new Map(rows.map((r) => [`${r.unit_id}|${r.kind}`, r.n]));
  for (const id of unitIds)
    result.set(
      id,
      OPEN_WORK.map((w) => ({ what: w.what, count: counts.get(`${id}|${w.kind}`) ?? 0 })),
    );
  return result;
}

/**
 * The reaction, in the consumer's transaction (after the replica recorded the succession): the closed unit's
 * open work goes to the unit that holds its RECOMMENDATIONS now — followed through later decisions already
 * known, so an event delivered after its successor's own succession still lands at the current holder. A
 * replay finds nothing open left at the closed unit and changes nothing. Returns how many rows moved per kind.
 */
export async function moveOpenWork(event: EventOf<"directory.unit.succeeded">, tx: Tx): Promise<Record<string, number>> {
  const d = event.data;
  // Every succession in the replica is in effect (the directory announces one on its effective date).
  const holders = await currentSuccessors(tx, d.predecessorId, "9999-12-31");
  const successor = holders.find((h) => h.workKinds.includes("RECOMMENDATIONS"))?.unitId;
  const moved: Record<string, number> = {};
  if (!successor || successor === d.predecessorId) return moved;
  for (const w of OPEN_WORK) {
    moved[w.kind] = await tx.$executeRawUnsafe(
      `WITH moved AS (
         UPDATE ${w.table} SET ${w.unitColumn} = $2 WHERE ${w.unitColumn} = ANY($1::text[]) AND ${w.predicate} RETURNING id
       )
       INSERT INTO work_transfer (event_id, kind, subject_id, from_unit_id, to_unit_id, decision_id, decision_number, effective_from)
       SELECT $3, '${w.kind}', id, $4, $2, $5, $6, $7::date FROM moved
       ON CONFLICT DO NOTHING`,
      [d.predecessorId],
      successor,
      event.id,
      d.predecessorId,
      d.decision.id,
      d.decision.number,
      d.effectiveFrom,
    );
  }
  return moved;
}

/** Handler of directory.unit.succeeded, run after the replica's (see events/handlers.ts). */
export async function reactToSuccession(event: EventOf<"directory.unit.succeeded">, tx: Tx): Promise<void> {
  await moveOpenWork(event, tx);
}
