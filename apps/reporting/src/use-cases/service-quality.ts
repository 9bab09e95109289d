/**
 * The Decision 766/QĐ-TTg service-quality index (issue 12 item 6, docs/domain.md §4): the ranking of a month,
 * one unit's months with every indicator, and the city office's manual values. Readers as for unit reports
 * (readableUnit): a unit officer its own unit only; the city office, leaders, inspectors and partners with
 * reports:read every unit. Nothing is published: no other service needs the index.
 */
import type { LocalDate } from "@tthc/calendar";
import { actorId, badInput, forbidden, requireRole, type Actor } from "@tthc/service-kit";
import { findReplicatedUnit } from "@tthc/unit-replica";
import type { Db, Tx } from "../db/client.ts";
import type { IndexIndicator } from "../db/generated/client.ts";
import { cellsOf, monthHasFigures, rankingPage, unitMonths, type CellRow, type RankedRow } from "../db/service-quality.ts";
import { addMonths, isMonth, monthsBetween } from "@tthc/calendar";
import { checkManualValue, roundPoints, trend, type ManualValueInput } from "../domain/service-quality.ts";
import { readableUnit } from "./unit-reports.ts";

/** The longest range of months one unit's query reads. */
export const UNIT_MONTHS_MAX = 24;
export const INDEX_PAGE_MAX = 100;

const currentMonth = (today: LocalDate) => today.slice(0, 7);

function checkMonth(month: string, field: string, today: LocalDate): void {
  if (!isMonth(month)) throw badInput("Tháng phải có dạng YYYY-MM.", field);
  if (month > currentMonth(today)) throw badInput(`Chưa có chỉ số của tháng sau ${currentMonth(today)}.`, field);
}

export const activeIndicators = (tx: Tx): Promise<IndexIndicator[]> =>
  tx.indexIndicator.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } });

export interface IndicatorDetail {
  indicator: IndexIndicator;
  manual: boolean;
  numerator: number | null;
  denominator: number | null;
  rate: number | null;
  points: number;
  pointsLost: number;
  valueSource: string | null;
}

export interface UnitIndexMonth extends RankedRow {
  maxTotal: number;
  change: number | null;
  trend: "UP" | "DOWN" | "SAME" | null;
  indicators: IndicatorDetail[];
}

/** The most points a unit can score: the sum of the active indicators' maxima. */
export const indexMaxTotal = (indicators: readonly IndexIndicator[]): number =>
  roundPoints(indicators.reduce((sum, i) => sum + i.maxPoints, 0));

/** The page's rows with their indicators: the figures and points of every row in one statement, scored by the SQL that ranks. */
async function withDetails(tx: Tx, rows: RankedRow[]): Promise<UnitIndexMonth[]> {
  const [indicators, cells] = await Promise.all([activeIndicators(tx), cellsOf(tx, rows)]);
  const byKey = new Map<string, CellRow>(cells.map((c) => [`${c.month}|${c.unitId}|${c.code}`, c]));
  const maxTotal = indexMaxTotal(indicators);
  return rows.map((row) => ({
    ...row,
    maxTotal,
    ...trend(row.total, row.previousTotal),
    indicators: indicators.map((indicator) => {
      const cell = byKey.get(`${row.month}|${row.unitId}|${indicator.code}`);
      const points = cell?.points ?? 0;
      return {
        indicator,
        manual: indicator.denominatorMeasures.length === 0,
        numerator: cell?.numerator ?? null,
        denominator: cell?.denominator ?? null,
        rate: cell?.rate ?? null,
        points: roundPoints(points),
        pointsLost: roundPoints(indicator.maxPoints - points),
        valueSource: cell?.valueSource ?? null,
      };
    }),
  }));
}

/** The ranking of a calendar month, paged in SQL; a unit officer gets its own unit's row only. */
export async function serviceQualityIndex(
  tx: Tx,
  actor: Actor,
  args: { month: string; first?: number | null; offset?: number | null },
  today: LocalDate,
) {
  const unit = readableUnit(actor);
  checkMonth(args.month, "month", today);
  const limit = Math.min(Math.max(args.first ?? 20, 1), INDEX_PAGE_MAX);
  const offset = Math.max(args.offset ?? 0, 0);
  if (offset > 10_000) throw badInput("Trang yêu cầu vượt quá giới hạn.", "offset");
  if (!(await monthHasFigures(tx, args.month))) return { month: args.month, hasFigures: false, total: 0, items: [] };
  const page = await rankingPage(tx, args.month, addMonths(args.month, -1), unit, limit, offset);
  return { month: args.month, hasFigures: true, total: page.total, items: await withDetails(tx, page.rows) };
}

/** One unit's months `fromMonth`..`toMonth` (at most 24), each with its indicators, rank and trend. */
export async function unitServiceQuality(
  tx: Tx,
  actor: Actor,
  args: { unitId: string; fromMonth: string; toMonth: string },
  today: LocalDate,
): Promise<UnitIndexMonth[]> {
  const unit = readableUnit(actor);
  if (unit !== null && unit !== args.unitId) throw forbidden("Bạn chỉ xem được chỉ số của đơn vị mình.");
  checkMonth(args.fromMonth, "fromMonth", today);
  checkMonth(args.toMonth, "toMonth", today);
  if (args.fromMonth > args.toMonth) throw badInput("Tháng bắt đầu không được sau tháng kết thúc.", "fromMonth");
  const months = monthsBetween(args.fromMonth, args.toMonth);
  if (months.length > UNIT_MONTHS_MAX) throw badInput(`Chỉ xem được tối đa ${UNIT_MONTHS_MAX} tháng một lần.`, "fromMonth");
  return withDetails(tx, await unitMonths(tx, args.unitId, months, addMonths(args.fromMonth, -1)));
}

/**
 * The city office enters a manual indicator's value for a unit and month, with its source. Checked first (a
 * refusal changes nothing); the value replaces the previous one and every entry is kept in the audit table.
 */
export async function recordManualValue(
  db: Db,
  actor: Actor,
  args: ManualValueInput & { unitId: string; indicatorCode: string },
  now: Date,
  today: LocalDate,
): Promise<UnitIndexMonth> {
  const admin = requireRole(actor, "CITY_ADMIN");
  const check = checkManualValue(args, currentMonth(today));
  if (!check.ok) throw badInput(check.message, check.field);
  return db.$transaction(async (tx) => {
    const indicator = await tx.indexIndicator.findUnique({ where: { code: args.indicatorCode } });
    if (!indicator || !indicator.active) throw badInput("Không có chỉ tiêu này.", "indicatorCode");
    if (indicator.denominatorMeasures.length > 0)
      throw badInput("Chỉ tiêu này được tính từ dữ liệu của hệ thống, không nhập tay.", "indicatorCode");
    if (!(await findReplicatedUnit(tx, args.unitId))) throw badInput("Không có đơn vị này.", "unitId");
    const key = { unitId: args.unitId, month: args.month, indicatorCode: indicator.code };
    const previous = await tx.indexManualValue.findUnique({ where: { unitId_month_indicatorCode: key } });
    const value = {
      numerator: args.numerator,
      denominator: args.denominator,
      source: args.source.trim(),
      recordedBy: actorId(admin),
      recordedAt: now,
    };
    await tx.indexManualValue.upsert({ where: { unitId_month_indicatorCode: key }, create: { ...key, ...value }, update: value });
    await tx.indexManualValueAudit.create({
      data: { ...key, ...value, previousNumerator: previous?.numerator ?? null, previousDenominator: previous?.denominator ?? null },
    });
    const [month] = await unitMonths(tx, args.unitId, [args.month], addMonths(args.month, -1));
    if (!month) throw badInput("Đơn vị không tồn tại trong tháng này.", "unitId");
    return (await withDetails(tx, [month]))[0]!;
  });
}
