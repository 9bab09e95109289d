/**
 * The dashboard (bảng điều khiển, issue 12 item 7): per panel one aggregate over the daily facts, for the units
 * the reader may see. The root query checks the reader and the window once; each panel's field runs its own
 * statement only when the page asks for it.
 */
import { fromDbDate, monthsApart, type LocalDate } from "@tthc/calendar";
import { forbidden, invalidInput, type Actor } from "@tthc/service-kit";
import { unitNames } from "@tthc/unit-replica";
import type { Tx } from "../db/client.ts";
import { listContributors, sumPanelByMonth, sumPanelByUnit, type PanelMeasures } from "../db/dashboard.ts";
import { listResolvedSteps } from "../db/dossier-steps.ts";
import { pageOf } from "./dossier-import.ts";
import { MEASURES, UNASSIGNED } from "../domain/measures.ts";
import { readableUnit } from "./unit-reports.ts";

/** The longest window one request may aggregate (a by-month panel draws a bar per month). */
export const DASHBOARD_MAX_MONTHS = 24;
/** The most units a panel draws: more bars than this do not read as a chart. */
export const DASHBOARD_MAX_UNITS = 50;

/** What the panels' fields receive: the checked window and the reader's scope. */
export interface DashboardScope {
  from: LocalDate;
  to: LocalDate;
  /**
   * The day stocks (what is open, what is overdue) are read at: the window's last day, or today when that
   * comes first. The facts already hold the days to come (an occurrence not done counts as overdue from the day
   * after its due day, written when it is issued), so a window ending after today would count as overdue what
   * is only due.
   */
  stocksAt: LocalDate;
  /** A unit officer's own unit; null for every unit. */
  unitId: string | null;
  first: number;
}

/** Checks the reader (readableUnit: the same readers as the reports) and the window. */
export function dashboardScope(
  actor: Actor,
  args: { from: LocalDate; to: LocalDate; first?: number | null },
  today: LocalDate,
): DashboardScope {
  const unitId = readableUnit(actor);
  if (args.from > args.to)
    throw invalidInput("to", "Ngày kết thúc không được trước ngày bắt đầu.", "The last day must not be before the first.");
  if (monthsApart(args.from, args.to) >= DASHBOARD_MAX_MONTHS)
    throw invalidInput(
      "to",
      `Khoảng thời gian tối đa ${DASHBOARD_MAX_MONTHS} tháng.`,
      `The window is at most ${DASHBOARD_MAX_MONTHS} months.`,
    );
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > DASHBOARD_MAX_UNITS)
    throw invalidInput(
      "first",
      `Số đơn vị mỗi biểu đồ phải từ 1 đến ${DASHBOARD_MAX_UNITS}.`,
      `Units per chart: 1 to ${DASHBOARD_MAX_UNITS}.`,
    );
  return { from: args.from, to: args.to, stocksAt: args.to < today ? args.to : today, unitId, first };
}

const PLAN: PanelMeasures = {
  flows: [MEASURES.occurrenceDoneOnTime, MEASURES.occurrenceDoneLate],
  stocks: [MEASURES.occurrenceOpenOverdue],
  rankBy: [MEASURES.occurrenceDoneOnTime],
};
const COMPLAINTS: PanelMeasures = {
  flows: [MEASURES.paknReceived, MEASURES.paknSettledOnTime, MEASURES.paknSettledLate],
  stocks: [MEASURES.paknOpenOverdue],
  rankBy: [MEASURES.paknReceived],
};
const DOSSIERS: PanelMeasures = {
  flows: [MEASURES.dossierResolvedOnTime, MEASURES.dossierResolvedEarly, MEASURES.dossierResolvedLate],
  stocks: [],
  rankBy: [MEASURES.dossierResolvedOnTime, MEASURES.dossierResolvedEarly],
};
const INSPECTIONS: PanelMeasures = {
  flows: [MEASURES.inspectionConcluded],
  stocks: [MEASURES.recommendationOpen, MEASURES.recommendationOpenOverdue],
  rankBy: [MEASURES.recommendationOpen],
};

/** One panel by unit, with the units' names (one more query for the page's units). */
async function byUnit<T>(
  tx: Tx,
  scope: DashboardScope,
  measures: PanelMeasures,
  row: (sums: (m: string) => number) => T,
): Promise<{ total: number; items: Array<T & { unitId: string | null; unitName: string | null }> }> {
  const page = await sumPanelByUnit(tx, measures, scope, scope.unitId, scope.first);
  const names = await unitNames(
    tx,
    page.items.map((i) => i.unitId).filter((id) => id !== UNASSIGNED),
  );
  return {
    total: page.total,
    items: page.items.map(({ unitId, sums }) => ({
      ...row((m) => sums.get(m) ?? 0),
      unitId: unitId === UNASSIGNED ? null : unitId,
      unitName: names.get(unitId) ?? null,
    })),
  };
}

const complaintFigures = (sum: (m: string) => number) => ({
  received: sum(MEASURES.paknReceived),
  handled: sum(MEASURES.paknSettledOnTime) + sum(MEASURES.paknSettledLate),
  overdue: sum(MEASURES.paknOpenOverdue),
});

export const planProgress = (tx: Tx, scope: DashboardScope) =>
  byUnit(tx, scope, PLAN, (sum) => ({
    doneOnTime: sum(MEASURES.occurrenceDoneOnTime),
    doneLate: sum(MEASURES.occurrenceDoneLate),
    openOverdue: sum(MEASURES.occurrenceOpenOverdue),
  }));

export const complaintsByUnit = (tx: Tx, scope: DashboardScope) =>
  byUnit(tx, scope, COMPLAINTS, (sum) => ({ month: null, ...complaintFigures(sum) }));

export async function complaintsByMonth(tx: Tx, scope: DashboardScope) {
  const months = await sumPanelByMonth(tx, COMPLAINTS, scope, scope.unitId);
  return months.map(({ month, sums }) => ({ month, unitId: null, unitName: null, ...complaintFigures((m) => sums.get(m) ?? 0) }));
}

export const dossiers = (tx: Tx, scope: DashboardScope) =>
  byUnit(tx, scope, DOSSIERS, (sum) => {
    const onTime = sum(MEASURES.dossierResolvedEarly) + sum(MEASURES.dossierResolvedOnTime);
    const late = sum(MEASURES.dossierResolvedLate);
    return { onTime, late, onTimeRate: onTime + late === 0 ? null : onTime / (onTime + late) };
  });

export const inspections = (tx: Tx, scope: DashboardScope) =>
  byUnit(tx, scope, INSPECTIONS, (sum) => ({
    concluded: sum(MEASURES.inspectionConcluded),
    recommendationsOpen: sum(MEASURES.recommendationOpen),
    recommendationsOverdue: sum(MEASURES.recommendationOpenOverdue),
  }));

/** The dossier panel's figures: on time counts the early and the on-time resolutions, as `dossiers` does. */
const RESOLVED_AS = { ON_TIME: ["early", "on-time"], LATE: ["late"] } as const;

export interface DossierDrillDownArgs {
  unitId: string;
  from: LocalDate;
  to: LocalDate;
  outcome: keyof typeof RESOLVED_AS;
  first?: number | null;
  offset?: number | null;
}

/**
 * The dossiers behind a figure of the dossier panel (issue 12: every figure drills down): the unit's
 * resolutions of that outcome in the window, a page at a time. The dashboard's readers and window; a unit
 * officer only their own unit.
 */
export async function dossierDrillDown(tx: Tx, actor: Actor, args: DossierDrillDownArgs, today: LocalDate) {
  const scope = dashboardScope(actor, { from: args.from, to: args.to }, today);
  if (scope.unitId !== null && scope.unitId !== args.unitId) throw forbidden("Bạn chỉ xem được hồ sơ của đơn vị mình.");
  const { first, offset } = pageOf(args);
  return listResolvedSteps(tx, { unitId: args.unitId, from: args.from, to: args.to, resolvedAs: RESOLVED_AS[args.outcome], first, offset });
}

/**
 * The figures of the plan, PAKN and inspection panels whose records live in another service (issue 12: every figure drills
 * down): which measures each sums, as the panels do, whether it is a stock, and whose records they are.
 */
const FIGURES = {
  PLAN_DONE_ON_TIME: { measures: [MEASURES.occurrenceDoneOnTime], stock: false, kind: "occurrence" },
  PLAN_DONE_LATE: { measures: [MEASURES.occurrenceDoneLate], stock: false, kind: "occurrence" },
  PLAN_OPEN_OVERDUE: { measures: [MEASURES.occurrenceOpenOverdue], stock: true, kind: "occurrence" },
  PAKN_HANDLED: { measures: [MEASURES.paknSettledOnTime, MEASURES.paknSettledLate], stock: false, kind: "complaint" },
  PAKN_OVERDUE: { measures: [MEASURES.paknOpenOverdue], stock: true, kind: "complaint" },
  INSPECTIONS_CONCLUDED: { measures: [MEASURES.inspectionConcluded], stock: false, kind: "inspection" },
  RECOMMENDATIONS_OPEN: { measures: [MEASURES.recommendationOpen], stock: true, kind: "recommendation" },
  RECOMMENDATIONS_OVERDUE: { measures: [MEASURES.recommendationOpenOverdue], stock: true, kind: "recommendation" },
} as const;

export interface FigureRecordsArgs {
  figure: keyof typeof FIGURES;
  /** One unit's figure; none for every unit's (a month of the PAKN panel). */
  unitId?: string | null;
  from: LocalDate;
  to: LocalDate;
  first?: number | null;
  offset?: number | null;
}

/**
 * The records behind a figure of the plan, PAKN or inspection panel, a page at a time: reporting knows which
 * entities make the figure (their contributions), and hands each on as a reference the owning service resolves
 * (planning's Occurrence, complaints' Complaint, inspections' Inspection and Recommendation), checking there
 * again who may read it. The dashboard's readers and window; a unit officer only their own unit.
 */
export async function figureRecords(tx: Tx, actor: Actor, args: FigureRecordsArgs, today: LocalDate) {
  const scope = dashboardScope(actor, { from: args.from, to: args.to }, today);
  const unitId = args.unitId ?? null;
  if (scope.unitId !== null && scope.unitId !== unitId) throw forbidden("Bạn chỉ xem được số liệu của đơn vị mình.");
  const figure = FIGURES[args.figure];
  const { first, offset } = pageOf(args);
  const page = await listContributors(tx, {
    ...figure,
    unitId,
    from: args.from,
    to: figure.stock ? scope.stocksAt : args.to,
    first,
    offset,
  });
  return {
    total: page.total,
    items: page.items.map(({ entity, day }) => {
      const id = entity.slice(figure.kind.length + 1);
      // One of occurrence, complaint, inspection, recommendation: the others stay absent (null in GraphQL).
      return { id, day: fromDbDate(day), [figure.kind]: { id } };
    }),
  };
}
