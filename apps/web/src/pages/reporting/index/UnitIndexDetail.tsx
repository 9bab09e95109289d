import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { Chart, CHART_COLORS } from "../../../ui/Chart.tsx";
import { addMonths } from "@tthc/calendar/months";
import { UNIT_SERVICE_QUALITY_QUERY, type IndexRow } from "./index-api.ts";
import { formatPoints, IndicatorTable } from "./IndicatorTable.tsx";

/** The months of the trend line: the row's month and the 11 before it. */
const TREND_MONTHS = 12;

/** One unit's month opened: its indicators with their figures and sources, and its total over a year (echarts line). */
export function UnitIndexDetail({ row }: { row: IndexRow }) {
  const { t } = useI18n();
  const fromMonth = addMonths(row.month, -(TREND_MONTHS - 1));
  const history = useGraphQLQuery([...keys.serviceQualityIndex, "unit", row.unitId, row.month], UNIT_SERVICE_QUALITY_QUERY, {
    unitId: row.unitId,
    fromMonth,
    toMonth: row.month,
  });
  const months = history.data?.unitServiceQuality ?? [];
  return (
    <div className="kit-stack">
      <IndicatorTable row={row} />
      {months.length > 0 && (
        <Chart
          title={t("index.chart", { unit: row.unitName })}
          kind="line"
          categories={months.map((m) => `${m.month.slice(5)}/${m.month.slice(0, 4)}`)}
          series={[{ name: t("index.points"), values: months.map((m) => m.total), color: CHART_COLORS.primary }]}
          format={formatPoints}
          max={row.maxTotal}
        />
      )}
    </div>
  );
}
