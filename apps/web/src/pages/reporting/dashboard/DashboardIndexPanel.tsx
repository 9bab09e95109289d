import { Alert } from "antd";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { Chart, CHART_COLORS } from "../../../ui/Chart.tsx";
import { formatPoints } from "../index/IndicatorTable.tsx";
import { DASHBOARD_INDEX_QUERY, INDEX_ENDS, indexOfUnit, monthLabel, type IndexEntry } from "./dashboard-api.ts";

/**
 * The service-quality index of the window's last month: the best units and the weakest, each a link to its
 * row on the index page. The ranking is the index page's query, paged by the server: the first page, then
 * (once the number of ranked units is known) the last one.
 */
export function DashboardIndexPanel({ month }: { month: string }) {
  const { t, lang } = useI18n();
  const top = useGraphQLQuery([...keys.serviceQualityIndex, "dashboard", month, "top"], DASHBOARD_INDEX_QUERY, {
    month,
    first: INDEX_ENDS,
    offset: 0,
  });
  const total = top.data?.serviceQualityIndex.total ?? 0;
  const bottomOffset = Math.max(INDEX_ENDS, total - INDEX_ENDS);
  const bottom = useGraphQLQuery(
    [...keys.serviceQualityIndex, "dashboard", month, "bottom", bottomOffset],
    DASHBOARD_INDEX_QUERY,
    { month, first: INDEX_ENDS, offset: bottomOffset },
    { enabled: total > INDEX_ENDS },
  );
  const error = top.error ?? bottom.error;
  if (error) return <Alert type="error" title={errorText(error, lang, t)} />;
  if (!top.data) return null;
  const entries: IndexEntry[] = [...top.data.serviceQualityIndex.items, ...(bottom.data?.serviceQualityIndex.items ?? [])];
  return (
    <div className="panel">
      <Chart
        title={t("dashboard.index.title", { month: monthLabel(month) })}
        horizontal
        categories={entries.map((e) => `${e.rank}. ${e.unitName}`)}
        series={[{ name: t("dashboard.index.points"), values: entries.map((e) => e.total), color: CHART_COLORS.primary }]}
        format={formatPoints}
        drillDown={(i) => indexOfUnit(month, entries[i]!)}
      />
      {entries.length === 0 && <p className="reports-note">{t("dashboard.empty")}</p>}
    </div>
  );
}
