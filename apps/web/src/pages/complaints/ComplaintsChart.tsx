import { keys, useGraphQLQuery } from "../../api/query.tsx";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { Chart, CHART_COLORS } from "../../ui/Chart.tsx";
import { COUNTS_BY_MONTH_QUERY, filtersFromParams, paramsFromFilters } from "./complaints-query.ts";

/**
 * The last twelve months of the caller's PAKN: received, answered and (of each month's receipts) overdue.
 * A month's "received" opens the inbox filtered to the days of that month: the same PAKN, counted the same way.
 * The other two have no inbox filter that selects exactly them, so they do not drill down.
 */
export function ComplaintsChart() {
  const { t } = useI18n();
  // Under the complaints key: an action in the inbox refetches the chart with the list.
  const counts = useGraphQLQuery([...keys.complaints, "byMonth"], COUNTS_BY_MONTH_QUERY, { months: 12 });
  const months = counts.data?.complaintCountsByMonth;
  if (!months) return null;
  return (
    <Chart
      title={t("complaints.chart.title")}
      categories={months.map((m) => `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`)}
      series={[
        { name: t("complaints.chart.received"), values: months.map((m) => m.received), color: CHART_COLORS.primary },
        { name: t("complaints.chart.handled"), values: months.map((m) => m.handled), color: CHART_COLORS.done },
        { name: t("complaints.chart.overdue"), values: months.map((m) => m.overdue), color: CHART_COLORS.danger },
      ]}
      drillDown={(i, series) => (series === 0 ? receivedInMonth(months[i]!.month) : null)}
    />
  );
}

/** The inbox of the PAKN received in a month (YYYY-MM), first to last day. */
function receivedInMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `/complaints?${paramsFromFilters({ ...filtersFromParams(new URLSearchParams()), from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, "0")}` }).toString()}`;
}
