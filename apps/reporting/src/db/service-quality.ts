/**
 * The Decision 766 index in SQL (docs/domain.md §4): every active indicator of every unit that existed during a
 * calendar month, its numerator and denominator summed from the daily facts of that month (or the city office's
 * manual value), its points, the unit's total and its rank that month. One statement per call whatever the
 * number of units; the ranking is paged by the database, because a rank needs every unit's total.
 */
import { Prisma } from "./generated/client.ts";
import type { Tx } from "./client.ts";

/** The directory's level of a heading that groups units (not a unit of its own). */
export const GROUP_LEVEL = "group";

/** The months' scored cells (`cells`) and ranked totals (`ranked`), as CTEs for the statements below. */
function scored(months: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    WITH months AS (
      SELECT m AS "month", to_date(m || '-01', 'YYYY-MM-DD') AS "start",
             (to_date(m || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')::date AS "end"
      FROM unnest(${[...months]}::text[]) AS m
    ), units AS (
      -- A directory group (level 'group', e.g. "Các phòng, ban, đơn vị của UBND thành phố") only gathers units
      -- under one heading: it serves no one, so it has no index and takes no rank.
      SELECT mo."month", u.id AS "unitId", u.name AS "unitName"
      FROM months mo JOIN unit_replica u ON u.valid_from <= mo."end" AND (u.valid_to IS NULL OR u.valid_to >= mo."start")
      WHERE u.level_code <> ${GROUP_LEVEL}
    ), indicators AS (
      SELECT * FROM "IndexIndicator" WHERE "active"
    ), sums AS (
      -- Flows of the month only: the measures of the index are all counted on the day they happen.
      SELECT mo."month", f."unitId", f."measure", SUM(f."value") AS "value"
      FROM months mo JOIN "DailyFact" f ON f."day" >= mo."start" AND f."day" <= mo."end"
      WHERE f."measure" IN (SELECT unnest("numeratorMeasures" || "denominatorMeasures") FROM indicators)
      GROUP BY mo."month", f."unitId", f."measure"
    ), figures AS (
      SELECT un."month", un."unitId", un."unitName", i."code", i."target", i."maxPoints",
             cardinality(i."denominatorMeasures") = 0 AS "manual",
             CASE WHEN cardinality(i."denominatorMeasures") = 0 THEN mv."numerator"
                  ELSE COALESCE((SELECT SUM(s."value") FROM sums s WHERE s."month" = un."month" AND s."unitId" = un."unitId"
                                   AND s."measure" = ANY(i."numeratorMeasures")), 0)::int END AS "numerator",
             CASE WHEN cardinality(i."denominatorMeasures") = 0 THEN mv."denominator"
                  ELSE COALESCE((SELECT SUM(s."value") FROM sums s WHERE s."month" = un."month" AND s."unitId" = un."unitId"
                                   AND s."measure" = ANY(i."denominatorMeasures")), 0)::int END AS "denominator",
             mv."source" AS "valueSource"
      FROM units un CROSS JOIN indicators i
      LEFT JOIN "IndexManualValue" mv ON mv."unitId" = un."unitId" AND mv."month" = un."month" AND mv."indicatorCode" = i."code"
    ), cells AS (
      -- The scoring of §4 [S], here only: full points when the rate reaches the target, else rate / target ×
      -- the maximum. Without a denominator (no dossier, no PAKN, no manual value) the indicator scores 0 and
      -- has no rate: the index rewards what is shown, and the page says "no data".
      SELECT f.*,
             CASE WHEN COALESCE(f."denominator", 0) <= 0 THEN NULL ELSE f."numerator"::float8 / f."denominator" END AS "rate",
             CASE WHEN COALESCE(f."denominator", 0) <= 0 THEN 0
                  WHEN f."target" <= 0 OR f."numerator"::float8 / f."denominator" >= f."target" THEN f."maxPoints"
                  ELSE f."numerator"::float8 / f."denominator" / f."target" * f."maxPoints" END AS "points"
      FROM figures f
    ), totals AS (
      SELECT "month", "unitId", "unitName", round(SUM("points")::numeric, 2)::float8 AS "total"
      FROM cells GROUP BY "month", "unitId", "unitName"
    ), ranked AS (
      SELECT t.*, ROW_NUMBER() OVER (PARTITION BY t."month" ORDER BY t."total" DESC, t."unitName" COLLATE "vi-x-icu", t."unitId")::int AS "rank",
             COUNT(*) OVER (PARTITION BY t."month")::int AS "rankedUnits"
      FROM totals t
    )`;
}

export interface RankedRow {
  month: string;
  unitId: string;
  unitName: string;
  total: number;
  rank: number;
  rankedUnits: number;
  previousTotal: number | null;
  previousRank: number | null;
}

export interface CellRow {
  month: string;
  unitId: string;
  code: string;
  numerator: number | null;
  denominator: number | null;
  /** numerator / denominator; null without a denominator */
  rate: number | null;
  /** unrounded */
  points: number;
  valueSource: string | null;
}

/**
 * One month's ranking, paged in SQL (rank order), each row with the unit's total and rank of the month before;
 * `unitId` narrows it to one unit (a unit officer sees its own row and rank).
 */
export async function rankingPage(
  tx: Tx,
  month: string,
  previous: string,
  unitId: string | null,
  limit: number,
  offset: number,
): Promise<{ total: number; rows: RankedRow[] }> {
  const rows = await tx.$queryRaw<Array<RankedRow & { count: bigint }>>`
    ${scored([month, previous])}
    SELECT r."month", r."unitId", r."unitName", r."total", r."rank", r."rankedUnits",
           p."total" AS "previousTotal", p."rank" AS "previousRank", COUNT(*) OVER () AS "count"
    FROM ranked r LEFT JOIN ranked p ON p."month" = ${previous} AND p."unitId" = r."unitId"
    WHERE r."month" = ${month} AND (${unitId}::text IS NULL OR r."unitId" = ${unitId}::text)
    ORDER BY r."rank" LIMIT ${limit} OFFSET ${offset}`;
  return { total: Number(rows[0]?.count ?? 0), rows: rows.map(({ count: _, ...r }) => r) };
}

/** Every month of `months` (with the month before the first, for the trend) for one unit: ranked rows, no paging needed. */
export async function unitMonths(tx: Tx, unitId: string, months: readonly string[], previous: string): Promise<RankedRow[]> {
  return tx.$queryRaw<RankedRow[]>`
    ${scored([previous, ...months])}
    SELECT r."month", r."unitId", r."unitName", r."total", r."rank", r."rankedUnits",
           p."total" AS "previousTotal", p."rank" AS "previousRank"
    FROM ranked r
    LEFT JOIN ranked p ON p."unitId" = r."unitId"
      AND p."month" = to_char(to_date(r."month" || '-01', 'YYYY-MM-DD') - interval '1 month', 'YYYY-MM')
    WHERE r."unitId" = ${unitId} AND r."month" <> ${previous}
    ORDER BY r."month"`;
}

/**
 * The numerators and denominators of the given (month, unit) pairs, every active indicator: the details of a
 * page in one statement (no query per row). Computed indicators from the month's facts, manual ones as entered.
 */
export async function cellsOf(tx: Tx, pairs: ReadonlyArray<{ month: string; unitId: string }>): Promise<CellRow[]> {
  if (pairs.length === 0) return [];
  const months = [...new Set(pairs.map((p) => p.month))];
  return tx.$queryRaw<CellRow[]>`
    ${scored(months)}
    SELECT c."month", c."unitId", c."code", c."numerator", c."denominator", c."rate", c."points", c."valueSource"
    FROM cells c JOIN unnest(${pairs.map((p) => p.month)}::text[], ${pairs.map((p) => p.unitId)}::text[]) AS k("month", "unitId")
      ON k."month" = c."month" AND k."unitId" = c."unitId"`;
}

/**
 * Whether a calendar month has anything the index is computed from: a daily fact of an active indicator's
 * measures, or a manual value. Without any, every unit would score 0 and the ranking would be the order of
 * the names, so the pages say the month has no figures instead.
 */
export async function monthHasFigures(tx: Tx, month: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<Array<{ has: boolean }>>`
    WITH bounds AS (
      SELECT to_date(${month} || '-01', 'YYYY-MM-DD') AS "start",
             (to_date(${month} || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')::date AS "end"
    )
    SELECT EXISTS (
             SELECT 1 FROM "DailyFact" f, bounds b
             WHERE f."day" >= b."start" AND f."day" <= b."end" AND f."value" <> 0
               AND f."measure" IN (SELECT unnest("numeratorMeasures" || "denominatorMeasures") FROM "IndexIndicator" WHERE "active")
           ) OR EXISTS (
             SELECT 1 FROM "IndexManualValue" mv JOIN "IndexIndicator" i ON i."code" = mv."indicatorCode" AND i."active"
             WHERE mv."month" = ${month}
           ) AS "has"`;
  return row?.has ?? false;
}
