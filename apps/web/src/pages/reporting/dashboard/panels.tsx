/**
 * The dashboard's panels over the server's figures: each chart's figures link to the records behind them where
 * the owning service has a page listing exactly those records.
 */
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { Chart, CHART_COLORS } from "../../../ui/Chart.tsx";
import { monthBounds } from "@tthc/calendar/months";
import type { DashboardFigure } from "../../../graphql/generated/graphql.ts";
import { complaintsReceived, dossierResolutions, figureRecords, monthLabel, type Dashboard } from "./dashboard-api.ts";

/** The figure behind each series of the plan chart, and of the PAKN charts after received (the inbox's own filter). */
const PLAN_FIGURES: readonly DashboardFigure[] = ["PLAN_DONE_ON_TIME", "PLAN_DONE_LATE", "PLAN_OPEN_OVERDUE"];
const PAKN_FIGURES: readonly (DashboardFigure | null)[] = [null, "PAKN_HANDLED", "PAKN_OVERDUE"];
const INSPECTION_FIGURES: readonly DashboardFigure[] = ["INSPECTIONS_CONCLUDED", "RECOMMENDATIONS_OPEN", "RECOMMENDATIONS_OVERDUE"];

type Props = { data: Dashboard };

/** A unit's label on an axis: its name, or what a row without a known unit stands for. */
function useUnitLabel() {
  const { t } = useI18n();
  return (row: { unitId?: string | null; unitName?: string | null }) =>
    row.unitName ?? (row.unitId ? row.unitId : t("dashboard.unit.unassigned"));
}

/** "n of m units" under a by-unit chart that shows only the busiest ones. */
function Shown({ shown, total }: { shown: number; total: number }) {
  const { t } = useI18n();
  if (total === 0) return <p className="reports-note">{t("dashboard.empty")}</p>;
  return shown < total ? <p className="reports-note">{t("dashboard.shown", { shown, total })}</p> : null;
}

export function PlanPanel({ data }: Props) {
  const { t } = useI18n();
  const label = useUnitLabel();
  const rows = data.planProgress.items;
  return (
    <div className="panel">
      <Chart
        title={t("dashboard.plan.title")}
        horizontal
        categories={rows.map(label)}
        series={[
          { name: t("dashboard.plan.onTime"), values: rows.map((r) => r.doneOnTime), color: CHART_COLORS.done, stack: "done" },
          { name: t("dashboard.plan.late"), values: rows.map((r) => r.doneLate), color: CHART_COLORS.warning, stack: "done" },
          { name: t("dashboard.plan.overdue"), values: rows.map((r) => r.openOverdue), color: CHART_COLORS.danger },
        ]}
        // Each bar opens the unit's occurrences that make it (reporting's figureRecords, planning's records).
        drillDown={(i, s) => {
          const unitId = rows[i]!.unitId;
          return unitId ? figureRecords(PLAN_FIGURES[s]!, data.from, data.to, unitId) : null;
        }}
      />
      <Shown shown={rows.length} total={data.planProgress.total} />
    </div>
  );
}

export function ComplaintPanels({ data }: Props) {
  const { t } = useI18n();
  const label = useUnitLabel();
  const months = data.complaintsByMonth;
  const units = data.complaintsByUnit.items;
  const series = (rows: ReadonlyArray<{ received: number; handled: number; overdue: number }>) => [
    { name: t("dashboard.pakn.received"), values: rows.map((r) => r.received), color: CHART_COLORS.primary },
    { name: t("dashboard.pakn.handled"), values: rows.map((r) => r.handled), color: CHART_COLORS.done },
    { name: t("dashboard.pakn.overdue"), values: rows.map((r) => r.overdue), color: CHART_COLORS.danger },
  ];
  return (
    <>
      <div className="panel">
        <Chart
          title={t("dashboard.pakn.byMonth")}
          categories={months.map((m) => monthLabel(m.month!))}
          series={series(months)}
          // A month's received PAKN are the inbox's PAKN received on its days (the window's, at its ends); its
          // handled and overdue PAKN, the records behind those figures (of the dashboard's units).
          drillDown={(i, s) => {
            const month = monthBounds(months[i]!.month!);
            const from = month.start < data.from ? data.from : month.start;
            const to = month.end > data.to ? data.to : month.end;
            return s === 0 ? complaintsReceived(from, to) : figureRecords(PAKN_FIGURES[s]!, from, to, data.unitId);
          }}
        />
      </div>
      <div className="panel">
        <Chart
          title={t("dashboard.pakn.byUnit")}
          horizontal
          categories={units.map(label)}
          series={series(units)}
          // A unit's received PAKN are the inbox's PAKN it leads, received in the window; its handled and overdue
          // PAKN, the records behind those figures. PAKN not yet transferred (no unit) have no list of their own.
          drillDown={(i, s) => {
            const unitId = units[i]!.unitId;
            if (!unitId) return null;
            return s === 0 ? complaintsReceived(data.from, data.to, unitId) : figureRecords(PAKN_FIGURES[s]!, data.from, data.to, unitId);
          }}
        />
        <Shown shown={units.length} total={data.complaintsByUnit.total} />
      </div>
    </>
  );
}

export function DossierPanel({ data }: Props) {
  const { t } = useI18n();
  const label = useUnitLabel();
  const rows = data.dossiers.items;
  return (
    <div className="panel">
      <Chart
        title={t("dashboard.dossiers.title")}
        horizontal
        categories={rows.map(label)}
        series={[
          { name: t("dashboard.dossiers.onTime"), values: rows.map((r) => r.onTime), color: CHART_COLORS.done, stack: "resolved" },
          { name: t("dashboard.dossiers.late"), values: rows.map((r) => r.late), color: CHART_COLORS.danger, stack: "resolved" },
        ]}
        // Reporting keeps each counted resolution (its DossierStep rows): the unit's list of the figure's outcome.
        drillDown={(i, s) => dossierResolutions(rows[i]!.unitId, data.from, data.to, s === 0 ? "ON_TIME" : "LATE")}
      />
      <Shown shown={rows.length} total={data.dossiers.total} />
    </div>
  );
}

export function InspectionPanel({ data }: Props) {
  const { t } = useI18n();
  const label = useUnitLabel();
  const rows = data.inspections.items;
  return (
    <div className="panel">
      <Chart
        title={t("dashboard.inspections.title")}
        horizontal
        categories={rows.map(label)}
        series={[
          { name: t("dashboard.inspections.concluded"), values: rows.map((r) => r.concluded), color: CHART_COLORS.primary },
          { name: t("dashboard.inspections.open"), values: rows.map((r) => r.recommendationsOpen), color: CHART_COLORS.warning },
          { name: t("dashboard.inspections.overdue"), values: rows.map((r) => r.recommendationsOverdue), color: CHART_COLORS.danger },
        ]}
        // Each bar opens the unit's inspections or recommendations that make it (inspections' records).
        drillDown={(i, s) => {
          const unitId = rows[i]!.unitId;
          return unitId ? figureRecords(INSPECTION_FIGURES[s]!, data.from, data.to, unitId) : null;
        }}
      />
      <Shown shown={rows.length} total={data.inspections.total} />
    </div>
  );
}
