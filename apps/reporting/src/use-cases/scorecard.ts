/**
 * The unit scorecard (thẻ điểm đơn vị, issue 12 item 8): one unit's on-time rates over a report period's data
 * window — plan occurrences, PAKN, inspection recommendations, its own reports, one-stop dossiers — and its
 * Decision 766 index of the last complete calendar month inside the window. Readers as for unit reports
 * (readableUnit): a unit officer its own unit only, the city office, leaders, inspectors and partners with
 * reports:read every unit.
 */
import { type LocalDate, type WorkingCalendar } from "@tthc/calendar";
import { badInput, forbidden, notFound, type Actor } from "@tthc/service-kit";
import { findReplicatedUnit } from "@tthc/unit-replica";
import type { Tx } from "../db/client.ts";
import { sumMeasures } from "../db/facts.ts";
import { reportCounts } from "../db/report-counts.ts";
import { unitMonths } from "../db/service-quality.ts";
import { MEASURES } from "../domain/measures.ts";
import { reportPeriod, type PeriodInput } from "../domain/report-periods.ts";
import { addMonths, monthBounds } from "@tthc/calendar";
import { activeIndicators, indexMaxTotal } from "./service-quality.ts";
import { kindOf, readableUnit } from "./unit-reports.ts";

/** numerator / denominator; rate null when nothing was due (the page shows "—", never a division by zero). */
export interface ScorecardRate {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export const rateOf = (numerator: number, denominator: number): ScorecardRate => ({
  numerator,
  denominator,
  rate: denominator > 0 ? numerator / denominator : null,
});

/**
 * The flow rates of the daily facts: what was settled in the window on time, over what was settled in it
 * (as index indicator 5.2 counts PAKN). Work still open is the dashboards' overdue figures, not a rate here.
 */
const FLOW_RATES = {
  planOccurrencesOnTime: { onTime: [MEASURES.occurrenceDoneOnTime], late: [MEASURES.occurrenceDoneLate] },
  paknOnTime: { onTime: [MEASURES.paknSettledOnTime], late: [MEASURES.paknSettledLate] },
  // A recommendation is closed when the team verifies it (domain/facts/inspections.ts).
  recommendationsClosedOnTime: { onTime: [MEASURES.recommendationClosedOnTime], late: [MEASURES.recommendationClosedLate] },
  dossiersOnTime: {
    onTime: [MEASURES.dossierResolvedEarly, MEASURES.dossierResolvedOnTime],
    late: [MEASURES.dossierResolvedLate],
  },
} as const;

type FlowRateName = keyof typeof FLOW_RATES;

/**
 * The calendar month of the index shown for a window: the last month that ends inside it and is over before
 * `today`'s month (the index of a running month is still changing); null when the window holds no such month.
 */
export function scorecardMonth(start: LocalDate, end: LocalDate, today: LocalDate): string | null {
  let month = addMonths(end.slice(0, 7), monthBounds(end.slice(0, 7)).end === end ? 0 : -1);
  const lastComplete = addMonths(today.slice(0, 7), -1);
  if (month > lastComplete) month = lastComplete;
  return monthBounds(month).start >= start ? month : null;
}

export interface ScorecardArgs extends PeriodInput {
  unitId: string;
  kindCode: string;
}

export async function unitScorecard(tx: Tx, actor: Actor, args: ScorecardArgs, calendar: WorkingCalendar, today: LocalDate) {
  const own = readableUnit(actor);
  if (own !== null && own !== args.unitId) throw forbidden("Bạn chỉ xem được thẻ điểm của đơn vị mình.");
  const unit = await findReplicatedUnit(tx, args.unitId);
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  const kind = await kindOf(tx, args.kindCode);
  const result = reportPeriod(kind, args, calendar);
  if (!result.ok) throw badInput(result.message, result.field);
  const period = result.period;

  const measures = Object.values(FLOW_RATES).flatMap((r) => [...r.onTime, ...r.late]);
  const sums = await sumMeasures(tx, measures, period.start, period.end, args.unitId, today);
  const flow = (list: readonly string[]) => list.reduce((total, m) => total + (sums.get(m)?.flow ?? 0), 0);
  const rates = Object.fromEntries(
    Object.entries(FLOW_RATES).map(([name, r]) => {
      const onTime = flow(r.onTime);
      return [name, rateOf(onTime, onTime + flow(r.late))];
    }),
  ) as Record<FlowRateName, ScorecardRate>;

  // The unit's own reports of any kind whose data window ends in this one: due once the deadline has passed
  // (or once submitted); on time as the completeness board counts it (db/report-counts.ts).
  const reports = await reportCounts(tx, { unitId: args.unitId, periodEndFrom: period.start, periodEndTo: period.end }, today);

  const month = scorecardMonth(period.start, period.end, today);
  const [indexRow] = month ? await unitMonths(tx, args.unitId, [month], addMonths(month, -1)) : [];
  const maxTotal = indexRow ? indexMaxTotal(await activeIndicators(tx)) : 0;

  return {
    unitId: unit.id,
    unitName: unit.name,
    kindCode: kind.code,
    periodKey: period.key,
    periodLabel: period.label,
    periodStart: period.start,
    periodEnd: period.end,
    ...rates,
    reportsOnTime: rateOf(reports.onTime, reports.due),
    index: indexRow
      ? { month: indexRow.month, total: indexRow.total, maxTotal, rank: indexRow.rank, rankedUnits: indexRow.rankedUnits }
      : null,
  };
}
