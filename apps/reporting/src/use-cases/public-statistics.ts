/**
 * The public statistics page (thống kê công khai; no sign-in): PAKN received, answered and answered on time,
 * and the senders' satisfaction, per unit and month, from the daily facts. Counts only: no PAKN, no sender,
 * no text. And the Decision 766 service-quality index of the last complete calendar month: rank, unit, points.
 */
import { parseLocalDate, type LocalDate } from "@tthc/calendar";
import { invalidInput } from "@tthc/service-kit";
import { unitNames } from "@tthc/unit-replica";
import type { Tx } from "../db/client.ts";
import { sumMeasuresByMonthAndUnit } from "../db/facts.ts";
import { monthHasFigures, rankingPage } from "../db/service-quality.ts";
import { MEASURES, UNASSIGNED } from "../domain/measures.ts";
import { addMonths } from "@tthc/calendar";
import { activeIndicators, indexMaxTotal } from "./service-quality.ts";

/** The largest page one request gets (the gateway's anonymous cost budget counts it). */
export const PUBLIC_STATISTICS_PAGE_MAX = 100;
/** The first year with figures worth asking for; earlier years are refused rather than scanned. */
export const PUBLIC_STATISTICS_FIRST_YEAR = 2020;

const PUBLIC_MEASURES = [
  MEASURES.paknReceived,
  MEASURES.paknSettledOnTime,
  MEASURES.paknSettledLate,
  MEASURES.paknRated,
  MEASURES.paknRatedSatisfied,
] as const;

export interface PublicStatisticsArgs {
  year: number;
  fromMonth?: number | null;
  toMonth?: number | null;
  limit?: number | null;
  offset?: number | null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The window of a year's months `from`..`to` (1–12), checked: at most one year, never in the future's years. */
function window(args: PublicStatisticsArgs, today: LocalDate): { from: LocalDate; to: LocalDate } {
  const fromMonth = args.fromMonth ?? 1;
  const toMonth = args.toMonth ?? 12;
  const thisYear = Number(today.slice(0, 4));
  if (!Number.isInteger(args.year) || args.year < PUBLIC_STATISTICS_FIRST_YEAR || args.year > thisYear)
    throw invalidInput(
      "year",
      `Năm phải từ ${PUBLIC_STATISTICS_FIRST_YEAR} đến ${thisYear}.`,
      `The year must be from ${PUBLIC_STATISTICS_FIRST_YEAR} to ${thisYear}.`,
    );
  if (!Number.isInteger(fromMonth) || !Number.isInteger(toMonth) || fromMonth < 1 || toMonth > 12 || fromMonth > toMonth)
    throw invalidInput(
      "fromMonth",
      "Tháng phải từ 1 đến 12, tháng bắt đầu không sau tháng kết thúc.",
      "Months are 1 to 12, the first not after the last.",
    );
  const last = new Date(Date.UTC(args.year, toMonth, 0)).getUTCDate();
  return { from: parseLocalDate(`${args.year}-${pad(fromMonth)}-01`), to: parseLocalDate(`${args.year}-${pad(toMonth)}-${pad(last)}`) };
}

/** A public page's bounds: at most PUBLIC_STATISTICS_PAGE_MAX rows, offset at most 10 000 (refused beyond). */
function pageOf(args: { limit?: number | null; offset?: number | null }): { limit: number; offset: number } {
  const limit = Math.min(Math.max(args.limit ?? 50, 1), PUBLIC_STATISTICS_PAGE_MAX);
  const offset = Math.max(args.offset ?? 0, 0);
  if (offset > 10_000) throw invalidInput("offset", "Trang yêu cầu vượt quá giới hạn.", "The page is beyond the limit.");
  return { limit, offset };
}

/** Anyone: the figures per month and unit, paged in SQL (month, then unit). */
export async function publicComplaintStatistics(tx: Tx, args: PublicStatisticsArgs, today: LocalDate) {
  const { from, to } = window(args, today);
  const { limit, offset } = pageOf(args);
  const page = await sumMeasuresByMonthAndUnit(tx, PUBLIC_MEASURES, from, to, limit, offset);
  const names = await unitNames(
    tx,
    page.items.map((i) => i.unitId).filter((id) => id !== UNASSIGNED),
  );
  return {
    year: args.year,
    total: page.total,
    items: page.items.map(({ month, unitId, sums }) => {
      const rated = sums.get(MEASURES.paknRated) ?? 0;
      const satisfied = sums.get(MEASURES.paknRatedSatisfied) ?? 0;
      const onTime = sums.get(MEASURES.paknSettledOnTime) ?? 0;
      return {
        month,
        unitId: unitId === UNASSIGNED ? null : unitId,
        unitName: unitId === UNASSIGNED ? null : (names.get(unitId) ?? null),
        received: sums.get(MEASURES.paknReceived) ?? 0,
        answered: onTime + (sums.get(MEASURES.paknSettledLate) ?? 0),
        answeredOnTime: onTime,
        rated,
        satisfied,
        satisfactionRate: rated === 0 ? null : satisfied / rated,
      };
    }),
  };
}

/**
 * Anyone: the service-quality index of the last complete calendar month (the running month's is still
 * changing), best first, paged in SQL. Rank, unit and total only: the indicators stay with signed-in readers.
 */
export async function publicServiceQualityIndex(tx: Tx, args: { limit?: number | null; offset?: number | null }, today: LocalDate) {
  const { limit, offset } = pageOf(args);
  const month = addMonths(today.slice(0, 7), -1);
  if (!(await monthHasFigures(tx, month))) return { month, hasFigures: false, total: 0, items: [] };
  const [page, indicators] = await Promise.all([rankingPage(tx, month, addMonths(month, -1), null, limit, offset), activeIndicators(tx)]);
  const maxTotal = indexMaxTotal(indicators);
  return {
    month,
    hasFigures: true,
    total: page.total,
    items: page.rows.map((r) => ({ rank: r.rank, unitId: r.unitId, unitName: r.unitName, total: r.total, maxTotal })),
  };
}
