/**
 * The dashboard's aggregates over the daily facts: one statement per panel. Flow measures are summed over the
 * window; stock measures are read at `stocksAt` (their value is the sum of every day up to it): the window's
 * last day, or today when that comes first (use-cases/dashboard.ts).
 */
import type { LocalDate } from "@tthc/calendar";
import type { Tx } from "./client.ts";

/** The measures a panel reads: flows summed over the window, stocks as they stood at `stocksAt`; units rank by the sum of `rankBy`. */
export interface PanelMeasures {
  flows: readonly string[];
  stocks: readonly string[];
  rankBy: readonly string[];
}

type SumRow = { measure: string; value: bigint | null };

/** A panel's window: flows from `from` to `to`, stocks at `stocksAt` (not after `to`). */
export interface PanelWindow {
  from: LocalDate;
  to: LocalDate;
  stocksAt: LocalDate;
}

function sumsOf(measures: PanelMeasures, rows: readonly SumRow[]): Map<string, number> {
  const sums = new Map<string, number>([...measures.flows, ...measures.stocks].map((m) => [m, 0]));
  for (const r of rows) sums.set(r.measure, Number(r.value ?? 0));
  return sums;
}

/**
 * Per unit: the flows over `from`..`to` and the stocks at `stocksAt`, for every unit (null) or one unit. Units with
 * no figure are left out; the `limit` units with the largest sum of `rankBy` come first (ties by id), and
 * `total` counts every unit with a figure.
 */
export async function sumPanelByUnit(
  tx: Tx,
  measures: PanelMeasures,
  { from, to, stocksAt }: PanelWindow,
  unitId: string | null,
  limit: number,
): Promise<{ total: number; items: Array<{ unitId: string; sums: Map<string, number> }> }> {
  const all = [...measures.flows, ...measures.stocks];
  const rows = await tx.$queryRaw<Array<{ unitId: string; measure: string; value: bigint | null; total: bigint }>>`
    WITH sums AS (
      SELECT "unitId", "measure",
             CASE WHEN "measure" = ANY(${[...measures.stocks]}::text[])
                  THEN SUM("value") FILTER (WHERE "day" <= ${stocksAt}::date)
                  ELSE SUM("value") FILTER (WHERE "day" >= ${from}::date) END AS "value"
      FROM "DailyFact"
      WHERE "measure" = ANY(${all}::text[]) AND "day" <= ${to}::date
        AND ("day" >= ${from}::date OR "measure" = ANY(${[...measures.stocks]}::text[]))
        AND (${unitId}::text IS NULL OR "unitId" = ${unitId}::text)
      GROUP BY "unitId", "measure"
    ), units AS (
      SELECT "unitId", COALESCE(SUM("value") FILTER (WHERE "measure" = ANY(${[...measures.rankBy]}::text[])), 0) AS "rank"
      FROM sums GROUP BY "unitId" HAVING bool_or(COALESCE("value", 0) <> 0)
    ), page AS (
      SELECT "unitId", "rank", COUNT(*) OVER () AS "total" FROM units ORDER BY "rank" DESC, "unitId" LIMIT ${limit}
    )
    SELECT p."unitId", s."measure", s."value", p."total"
    FROM page p JOIN sums s ON s."unitId" = p."unitId"
    ORDER BY p."rank" DESC, p."unitId"`;
  const byUnit = new Map<string, SumRow[]>();
  let total = 0;
  for (const r of rows) {
    total = Number(r.total);
    byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  }
  return { total, items: [...byUnit].map(([id, unitRows]) => ({ unitId: id, sums: sumsOf(measures, unitRows) })) };
}

/**
 * Per calendar month of `from`..`to` (every month, zeros included): the flows within the month (and the window)
 * and the stocks at the month's last day (or `stocksAt`; none for a month that starts after it), for every unit
 * (null) or one unit.
 */
export async function sumPanelByMonth(
  tx: Tx,
  measures: PanelMeasures,
  { from, to, stocksAt }: PanelWindow,
  unitId: string | null,
): Promise<Array<{ month: string; sums: Map<string, number> }>> {
  const all = [...measures.flows, ...measures.stocks];
  const rows = await tx.$queryRaw<Array<{ month: string; measure: string | null; value: bigint | null }>>`
    WITH months AS (
      SELECT m::date AS "start", LEAST((m + interval '1 month' - interval '1 day')::date, ${to}::date) AS "end"
      FROM generate_series(date_trunc('month', ${from}::date), ${to}::date, interval '1 month') AS m
    )
    SELECT to_char(m."start", 'YYYY-MM') AS "month", f."measure",
           CASE WHEN f."measure" = ANY(${[...measures.stocks]}::text[])
                THEN SUM(f."value") FILTER (WHERE f."day" <= ${stocksAt}::date AND m."start" <= ${stocksAt}::date)
                ELSE SUM(f."value") FILTER (WHERE f."day" >= GREATEST(m."start", ${from}::date)) END AS "value"
    FROM months m
    LEFT JOIN "DailyFact" f ON f."day" <= m."end" AND f."measure" = ANY(${all}::text[])
      AND (f."day" >= GREATEST(m."start", ${from}::date) OR f."measure" = ANY(${[...measures.stocks]}::text[]))
      AND (${unitId}::text IS NULL OR f."unitId" = ${unitId}::text)
    GROUP BY m."start", f."measure"
    ORDER BY m."start"`;
  const byMonth = new Map<string, SumRow[]>();
  for (const r of rows) {
    const list = byMonth.get(r.month) ?? [];
    if (r.measure !== null) list.push({ measure: r.measure, value: r.value });
    byMonth.set(r.month, list);
  }
  return [...byMonth].map(([month, monthRows]) => ({ month, sums: sumsOf(measures, monthRows) }));
}

/**
 * The entities behind one figure of a panel: those whose contributions to `measures` for the unit (or every unit)
 * sum above zero — over `from`..`to` for a flow, over every day up to `to` for a stock (what was still open then).
 * Each comes with the first day it counted; newest first, one page, and how many there are, in one statement.
 */
export async function listContributors(
  tx: Tx,
  args: {
    measures: readonly string[];
    stock: boolean;
    unitId: string | null;
    from: LocalDate;
    to: LocalDate;
    first: number;
    offset: number;
  },
): Promise<{ total: number; items: Array<{ entity: string; day: Date }> }> {
  const rows = await tx.$queryRaw<Array<{ total: bigint; entity: string | null; day: Date | null }>>`
    WITH e AS (
      SELECT "entity", MIN("day") AS "day"
      FROM "FactContribution"
      WHERE "measure" = ANY(${[...args.measures]}::text[]) AND "day" <= ${args.to}::date
        AND (${args.stock} OR "day" >= ${args.from}::date)
        AND (${args.unitId}::text IS NULL OR "unitId" = ${args.unitId}::text)
      GROUP BY "entity" HAVING SUM("value") > 0
    )
    SELECT t."total", p."entity", p."day"
    FROM (SELECT COUNT(*) AS "total" FROM e) t
    LEFT JOIN LATERAL (SELECT * FROM e ORDER BY "day" DESC, "entity" LIMIT ${args.first} OFFSET ${args.offset}) p ON true`;
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.flatMap((r) => (r.entity !== null && r.day !== null ? [{ entity: r.entity, day: r.day }] : [])),
  };
}
