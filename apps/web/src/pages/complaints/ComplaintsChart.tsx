import { keys, useGraphQLQuery } from "../../api/query.tsx";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { Chart, CHART_COLORS } from "../../ui/Chart.tsx";
import { COUNTS_BY_MONTH_QUERY } from "./complaints-query.ts";

/** The last twelve months of the caller's PAKN: received, answered and (of each month's receipts) overdue. */
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
    />
  );
}
