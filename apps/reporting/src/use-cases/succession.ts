/**
 * Reorganisation in reporting (issue 14). Figures are facts of the unit they happened at, so past periods
 * stay under the closed unit; a successor's figures over periods are read beside its predecessors', each
 * labelled, and summed for comparison across the change. The open items reporting keeps are the unit
 * reports still to be submitted: the successor that holds the closed unit's PLAN_WORK (the reporting regime
 * is part of the plan's work) completes them, while they stay the closed unit's reports (period, figures).
 */
import { formatVi, type LocalDate, type WorkingCalendar } from "@tthc/calendar";
import type { EventOf } from "@tthc/events";
import { badInput, forbidden, type Actor } from "@tthc/service-kit";
import { currentSuccessors, unitNames, type MovableWork } from "@tthc/unit-replica";
import type { Tx } from "../db/client.ts";
import { sumMeasuresByUnitAndWindow } from "../db/facts.ts";
import { findKind, indicatorsOf } from "../db/registry.ts";
import { figuresOf, type Figure } from "../domain/report-figures.ts";
import { reportPeriod, type PeriodInput } from "../domain/report-periods.ts";
import { readableUnit } from "./unit-reports.ts";

/**
 * A report still to be submitted by the unit that holds it: expected or returned, and not locked (a report
 * locked at its deadline is the record that the unit did not submit it, and stays). The move and the
 * preview count use this one predicate over the units in `$1` (text[]).
 */
const OPEN_REPORT = `COALESCE("heldByUnitId", "unitId") = ANY($1::text[]) AND "status" IN ('expected', 'returned') AND "lockedOn" IS NULL`;
const OPEN_REPORT_WHAT = "Báo cáo định kỳ chưa nộp";

/** What the reaction would move now for each unit (zeros too): one statement for all units. */
export async function workToMove(tx: Tx, unitIds: readonly string[]): Promise<Map<string, MovableWork[]>> {
  if (unitIds.length === 0) return new Map();
  const rows = await tx.$queryRawUnsafe<Array<{ unit_id: string; n: number }>>(
    `SELECT COALESCE("heldByUnitId", "unitId") AS unit_id, count(*)::int AS n FROM "UnitReport" WHERE ${OPEN_REPORT} GROUP BY 1`,
    [...new Set(unitIds)],
  );
  const counts = new Map(rows.map((r) => [r.unit_id, r.n]));
  return new Map(unitIds.map((id) => [id, [{ what: OPEN_REPORT_WHAT, count: counts.get(id) ?? 0 }]]));
}

/**
 * The reaction, in the consumer's transaction after the replica recorded the succession: the closed unit's
 * open reports go to the unit holding its PLAN_WORK now (followed through later decisions already known, so
 * a late event lands at the current holder). A replay finds none held by the closed unit: nothing changes.
 */
export async function moveOpenReports(event: EventOf<"directory.unit.succeeded">, tx: Tx): Promise<number> {
  const d = event.data;
  // Every succession in the replica is in effect (the directory announces one on its effective date).
  const holders = await currentSuccessors(tx, d.predecessorId, "9999-12-31");
  const successor = holders.find((h) => h.workKinds.includes("PLAN_WORK"))?.unitId;
  if (!successor || successor === d.predecessorId) return 0;
  return tx.$executeRawUnsafe(
    `UPDATE "UnitReport" SET "heldByUnitId" = $2, "heldByDecision" = $3, "updatedAt" = $4 WHERE ${OPEN_REPORT}`,
    [d.predecessorId],
    successor,
    d.decision.number,
    new Date(event.time),
  );
}

export async function reactToSuccession(event: EventOf<"directory.unit.succeeded">, tx: Tx): Promise<void> {
  await moveOpenReports(event, tx);
}

export interface Predecessor {
  unitId: string;
  name: string;
  /** Its last day (the day before the first decision that closed it took effect). */
  lastDay: LocalDate | null;
}

/** Every unit whose work came to `unitId` through successions, directly or through earlier ones: one recursive query. */
export async function predecessorsOf(tx: Tx, unitId: string): Promise<Predecessor[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ unit_id: string; name: string; last_day: string | null }>>(
    `WITH RECURSIVE pred(unit_id, depth) AS (
       SELECT predecessor_id, 1 FROM unit_replica_succession WHERE successor_id = $1
       UNION
       SELECT s.predecessor_id, p.depth + 1 FROM pred p JOIN unit_replica_succession s ON s.successor_id = p.unit_id
       WHERE p.depth < 50
     )
     SELECT DISTINCT ON (p.unit_id) p.unit_id, COALESCE(u.name, p.unit_id) AS name,
       to_char(COALESCE(u.valid_to, (SELECT min(effective_from) - 1 FROM unit_replica_succession WHERE predecessor_id = p.unit_id)), 'YYYY-MM-DD') AS last_day
     FROM pred p LEFT JOIN unit_replica u ON u.id = p.unit_id
     WHERE p.unit_id <> $1
     ORDER BY p.unit_id`,
    unitId,
  );
  return rows
    .map((r) => ({ unitId: r.unit_id, name: r.name, lastDay: r.last_day as LocalDate | null }))
    .sort((a, b) => (a.lastDay ?? "").localeCompare(b.lastDay ?? "") || a.name.localeCompare(b.name, "vi"));
}

export interface UnitPeriodFigures {
  unitId: string;
  unitName: string;
  predecessor: boolean;
  lastDay: LocalDate | null;
  label: string;
  figures: Figure[];
}

export interface PeriodAcross {
  periodKey: string;
  periodLabel: string;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  units: UnitPeriodFigures[];
  total: Figure[];
}

const MAX_PERIODS = 12;

/**
 * A unit's projected figures of a report kind over periods, with its predecessors' beside them (each that
 * still existed during the period), labelled, and their sum: the comparable figure across the change. Read
 * by whoever reads the unit's reports. Five statements whatever the number of periods and predecessors.
 */
export async function figuresAcrossReorganisation(
  tx: Tx,
  actor: Actor,
  unitId: string,
  kindCode: string,
  periods: readonly PeriodInput[],
  calendar: WorkingCalendar,
  today: LocalDate,
): Promise<PeriodAcross[]> {
  const own = readableUnit(actor);
  if (own !== null && own !== unitId) throw forbidden("Bạn chỉ xem được số liệu của đơn vị mình.");
  if (periods.length === 0 || periods.length > MAX_PERIODS) throw badInput(`Cần từ 1 đến ${MAX_PERIODS} kỳ báo cáo.`, "periods");
  const kind = await findKind(tx, kindCode);
  if (!kind || !kind.active) throw badInput("Không có loại báo cáo này.", "kindCode");
  const windows = periods.map((input) => {
    const result = reportPeriod(kind, input, calendar);
    if (!result.ok) throw badInput(result.message, "periods");
    return result.period;
  });
  const predecessors = await predecessorsOf(tx, unitId);
  const names = await unitNames(tx, [unitId]);
  const indicators = await indicatorsOf(tx, kind.indicatorCodes);
  const measures = [...new Set(indicators.flatMap((i) => i.measures))];
  const sums = await sumMeasuresByUnitAndWindow(tx, measures, windows, [unitId, ...predecessors.map((p) => p.unitId)], today);
  return windows.map((period, i) => {
    const self: UnitPeriodFigures = {
      unitId,
      unitName: names.get(unitId) ?? unitId,
      predecessor: false,
      lastDay: null,
      label: names.get(unitId) ?? unitId,
      figures: figuresOf(indicators, sums.get(`${i}|${unitId}`)!),
    };
    const before = predecessors
      // A predecessor closed before the period began has no figures of it.
      .filter((p) => p.lastDay === null || p.lastDay >= period.start)
      .map((p) => ({
        unitId: p.unitId,
        unitName: p.name,
        predecessor: true,
        lastDay: p.lastDay,
        label: p.lastDay ? `${p.name} (đến ${formatVi(p.lastDay)}, nay thuộc ${self.unitName})` : `${p.name} (nay thuộc ${self.unitName})`,
        figures: figuresOf(indicators, sums.get(`${i}|${p.unitId}`)!),
      }));
    const units = [...before, self];
    const total = self.figures.map((f, k) => {
      const projected = units.reduce((n, u) => n + u.figures[k]!.projected, 0);
      return { ...f, projected, value: projected, correctionReason: null };
    });
    return { periodKey: period.key, periodLabel: period.label, periodStart: period.start, periodEnd: period.end, units, total };
  });
}
