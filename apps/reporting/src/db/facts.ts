/**
 * The fact store: projected events, each entity's contributions and the daily sums. Every write goes
 * through the consumer's transaction, so an event, its processed_event row and its facts commit together.
 */
import { fromDbDate, toDbDate, type LocalDate } from "@tthc/calendar";
import type { Contribution, StoredEvent } from "../domain/facts/contribution.ts";
import type { Measure } from "../domain/measures.ts";
import type { MeasureSums } from "../domain/report-figures.ts";
import type { Tx } from "./client.ts";

/** Store events, each under its entity; returns the ids stored now (the others were stored before: duplicate deliveries). */
export async function storeEvents(tx: Tx, events: ReadonlyArray<{ entity: string; event: StoredEvent }>): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "ProjectedEvent" ("id", "entity", "type", "time", "data")
    -- "time" holds UTC without a zone, as Prisma writes a DateTime.
    SELECT "id"::uuid, "entity", "type", "time"::timestamptz AT TIME ZONE 'UTC', "data"::jsonb
    FROM unnest(${events.map((e) => e.event.id)}::text[], ${events.map((e) => e.entity)}::text[], ${events.map((e) => e.event.type)}::text[],
                ${events.map((e) => e.event.time)}::text[], ${events.map((e) => JSON.stringify(e.event.data))}::text[])
           AS e("id", "entity", "type", "time", "data")
    ON CONFLICT ("id") DO NOTHING
    RETURNING "id"::text`;
  return new Set(rows.map((r) => r.id));
}

/** Every stored event of each entity, in event-time order (then id). */
export async function eventsOfEntities(tx: Tx, entities: readonly string[]): Promise<Map<string, StoredEvent[]>> {
  const rows = await tx.projectedEvent.findMany({ where: { entity: { in: [...entities] } }, orderBy: [{ time: "asc" }, { id: "asc" }] });
  const byEntity = new Map<string, StoredEvent[]>(entities.map((e) => [e, []]));
  for (const r of rows)
    byEntity.get(r.entity)?.push({ id: r.id, type: r.type, time: r.time.toISOString(), data: r.data as Record<string, unknown> });
  return byEntity;
}

const keyOf = (c: Pick<Contribution, "measure" | "unitId" | "day">) => `${c.measure}\u0000${c.unitId}\u0000${c.day}`;

/** Same measure, unit and day added up; zeros dropped. */
function merged(contributions: Iterable<Contribution>): Map<string, Contribution> {
  const byKey = new Map<string, Contribution>();
  for (const c of contributions) {
    const key = keyOf(c);
    const prior = byKey.get(key);
    byKey.set(key, { ...c, value: (prior?.value ?? 0) + c.value });
  }
  for (const [key, c] of byKey) if (c.value === 0) byKey.delete(key);
  return byKey;
}

/** Make `next` each entity's contributions: apply the difference to the daily sums, then keep `next`. */
export async function replaceContributions(tx: Tx, next: ReadonlyMap<string, Contribution[]>): Promise<void> {
  if (next.size === 0) return;
  const entities = [...next.keys()];
  const previous = await tx.factContribution.findMany({ where: { entity: { in: entities } } });
  const before = merged(previous.map((p) => ({ measure: p.measure as Measure, unitId: p.unitId, day: fromDbDate(p.day), value: p.value })));
  const after = [...next].map(([entity, contributions]) => ({ entity, contributions: merged(contributions) }));
  const deltas = merged([
    ...[...before.values()].map((c) => ({ ...c, value: -c.value })),
    ...after.flatMap((a) => [...a.contributions.values()]),
  ]);
  if (deltas.size > 0) {
    const rows = [...deltas.values()];
    const measures = rows.map((r) => r.measure);
    const units = rows.map((r) => r.unitId);
    const days = rows.map((r) => r.day);
    const values = rows.map((r) => r.value);
    await tx.$executeRaw`
      INSERT INTO "DailyFact" ("measure", "unitId", "day", "value")
      SELECT * FROM unnest(${measures}::text[], ${units}::text[], ${days}::date[], ${values}::int[])
      ON CONFLICT ("measure", "unitId", "day") DO UPDATE SET "value" = "DailyFact"."value" + EXCLUDED."value"`;
    // A day whose contributions cancelled out leaves no row, so live and replayed tables are identical.
    await tx.$executeRaw`
      DELETE FROM "DailyFact" f USING unnest(${measures}::text[], ${units}::text[], ${days}::date[]) AS k("measure", "unitId", "day")
      WHERE f."measure" = k."measure" AND f."unitId" = k."unitId" AND f."day" = k."day" AND f."value" = 0`;
  }
  await tx.factContribution.deleteMany({ where: { entity: { in: entities } } });
  await tx.factContribution.createMany({
    data: after.flatMap(({ entity, contributions }) =>
      [...contributions.values()].map((c) => ({ entity, measure: c.measure, unitId: c.unitId, day: toDbDate(c.day), value: c.value })),
    ),
  });
}

/**
 * The sums of `measures` over a window, for one unit or (null) all units: one indexed SUM per call. Only days up
 * to `asOf` (today) count: the facts already hold the days to come (work not done turns overdue the day after its
 * due day, written when it is issued), so a window not yet over is read as it stands today.
 */
export async function sumMeasures(
  tx: Tx,
  measures: readonly string[],
  from: LocalDate,
  to: LocalDate,
  unitId: string | null,
  asOf: LocalDate,
): Promise<Map<string, MeasureSums>> {
  const rows = await tx.$queryRaw<Array<{ measure: string; opening: bigint | null; flow: bigint | null; closing: bigint | null }>>`
    SELECT "measure",
           SUM("value") FILTER (WHERE "day" < ${from}::date) AS "opening",
           SUM("value") FILTER (WHERE "day" >= ${from}::date) AS "flow",
           SUM("value") AS "closing"
    FROM "DailyFact"
    WHERE "measure" = ANY(${[...measures]}::text[]) AND "day" <= LEAST(${to}::date, ${asOf}::date)
      AND (${unitId}::text IS NULL OR "unitId" = ${unitId}::text)
    GROUP BY "measure"`;
  const sums = new Map<string, MeasureSums>();
  for (const m of measures) sums.set(m, { opening: 0, flow: 0, closing: 0 });
  for (const r of rows)
    sums.set(r.measure, { opening: Number(r.opening ?? 0), flow: Number(r.flow ?? 0), closing: Number(r.closing ?? 0) });
  return sums;
}

/** Empties every fact table (before a replay from offset 0). */
export async function resetFacts(tx: Tx): Promise<void> {
  await tx.$executeRaw`TRUNCATE "ProjectedEvent", "FactContribution", "DailyFact", "ComplaintFact", "DossierStep"`;
}

/**
 * The sums of `measures` for each of `unitIds` over each window (a period's data window): one statement for
 * every unit and window, keyed `${window index}|${unitId}`. The roll-up across a reorganisation reads the
 * successor's and its predecessors' figures of several periods at once with it. Days after `asOf` do not
 * count, as in sumMeasures.
 */
export async function sumMeasuresByUnitAndWindow(
  tx: Tx,
  measures: readonly string[],
  windows: ReadonlyArray<{ start: LocalDate; end: LocalDate }>,
  unitIds: readonly string[],
  asOf: LocalDate,
): Promise<Map<string, Map<string, MeasureSums>>> {
  const result = new Map<string, Map<string, MeasureSums>>();
  windows.forEach((_, i) => {
    for (const unitId of unitIds) {
      result.set(`${i}|${unitId}`, new Map(measures.map((m) => [m, { opening: 0, flow: 0, closing: 0 }])));
    }
  });
  if (windows.length === 0 || unitIds.length === 0 || measures.length === 0) return result;
  const rows = await tx.$queryRaw<
    Array<{ idx: bigint; unitId: string; measure: string; opening: bigint | null; flow: bigint | null; closing: bigint | null }>
  >`
    SELECT w."idx", f."unitId", f."measure",
           SUM(f."value") FILTER (WHERE f."day" < w."start") AS "opening",
           SUM(f."value") FILTER (WHERE f."day" >= w."start") AS "flow",
           SUM(f."value") AS "closing"
    FROM unnest(${windows.map((w) => w.start)}::date[], ${windows.map((w) => w.end)}::date[]) WITH ORDINALITY AS w("start", "end", "idx")
    JOIN "DailyFact" f ON f."day" <= LEAST(w."end", ${asOf}::date)
    WHERE f."measure" = ANY(${[...measures]}::text[]) AND f."unitId" = ANY(${[...unitIds]}::text[])
    GROUP BY w."idx", f."unitId", f."measure"`;
  for (const r of rows) {
    result
      .get(`${Number(r.idx) - 1}|${r.unitId}`)
      ?.set(r.measure, { opening: Number(r.opening ?? 0), flow: Number(r.flow ?? 0), closing: Number(r.closing ?? 0) });
  }
  return result;
}

/** One unit's flows of some measures in one calendar month. */
export interface MonthlyUnitSums {
  /** yyyy-mm */
  month: string;
  unitId: string;
  sums: Map<string, number>;
}

/**
 * The monthly flows of `measures` per unit from `from` to `to` (inclusive), ordered by month then unit and
 * paged by the database: only the page's (month, unit) pairs are returned, with the number of pairs.
 * A pair appears when any of the measures has a non-zero day in the month.
 */
export async function sumMeasuresByMonthAndUnit(
  tx: Tx,
  measures: readonly string[],
  from: LocalDate,
  to: LocalDate,
  limit: number,
  offset: number,
): Promise<{ total: number; items: MonthlyUnitSums[] }> {
  const rows = await tx.$queryRaw<Array<{ month: string; unitId: string; measure: string; value: bigint; total: bigint }>>`
    WITH pairs AS (
      SELECT DISTINCT to_char("day", 'YYYY-MM') AS "month", "unitId"
      FROM "DailyFact"
      WHERE "measure" = ANY(${[...measures]}::text[]) AND "day" >= ${from}::date AND "day" <= ${to}::date
    ), page AS (
      SELECT "month", "unitId", COUNT(*) OVER () AS "total" FROM pairs
      ORDER BY "month", "unitId" LIMIT ${limit} OFFSET ${offset}
    )
    SELECT p."month", p."unitId", f."measure", SUM(f."value") AS "value", p."total"
    FROM page p
    JOIN "DailyFact" f ON f."unitId" = p."unitId" AND to_char(f."day", 'YYYY-MM') = p."month"
    WHERE f."measure" = ANY(${[...measures]}::text[]) AND f."day" >= ${from}::date AND f."day" <= ${to}::date
    GROUP BY p."month", p."unitId", f."measure", p."total"
    ORDER BY p."month", p."unitId"`;
  const items = new Map<string, MonthlyUnitSums>();
  let total = 0;
  for (const r of rows) {
    total = Number(r.total);
    const key = `${r.month}|${r.unitId}`;
    let item = items.get(key);
    if (!item) {
      item = { month: r.month, unitId: r.unitId, sums: new Map(measures.map((m) => [m, 0])) };
      items.set(key, item);
    }
    item.sums.set(r.measure, Number(r.value));
  }
  // A page past the end returns no rows, and with them no total: count the pairs on their own then.
  if (items.size === 0 && offset > 0) {
    const [count] = await tx.$queryRaw<Array<{ total: bigint }>>`
      SELECT COUNT(*) AS "total" FROM (
        SELECT DISTINCT to_char("day", 'YYYY-MM'), "unitId" FROM "DailyFact"
        WHERE "measure" = ANY(${[...measures]}::text[]) AND "day" >= ${from}::date AND "day" <= ${to}::date
      ) pairs`;
    total = Number(count?.total ?? 0);
  }
  return { total, items: [...items.values()] };
}
