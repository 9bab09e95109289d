import { Alert } from "antd";
import { keys, useGraphQLQuery } from "../../api/query.tsx";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { Chart, CHART_COLORS } from "../../ui/Chart.tsx";
import { DataTable } from "../../ui/DataTable.tsx";
import { COMPLETENESS_QUERY } from "./reporting-api.ts";

/** The board's measures, in reading order, each with the chart's colour for it. */
const MEASURES = [
  ["expected", CHART_COLORS.neutral],
  ["submitted", CHART_COLORS.primary],
  ["accepted", CHART_COLORS.done],
  ["onTime", CHART_COLORS.done],
  ["late", CHART_COLORS.warning],
  ["missing", CHART_COLORS.danger],
  ["locked", CHART_COLORS.danger],
] as const;
type Measure = (typeof MEASURES)[number][0];

/** Expected vs received, on time vs late, missing and locked for a kind and period: a one-row table and its chart. */
export function CompletenessBoard({ kindCode, periodKey }: { kindCode: string; periodKey: string }) {
  const { t, lang } = useI18n();
  // Under the reports key: generating, submitting or reviewing a report refetches the board.
  const board = useGraphQLQuery([...keys.reports, "completeness", kindCode, periodKey], COMPLETENESS_QUERY, { kindCode, periodKey });
  const c = board.data?.reportCompleteness;
  if (board.isError) return <Alert type="error" title={errorText(board.error, lang, t)} />;
  if (!c) return null;
  const label = (m: Measure) => t(`reports.completeness.${m}` as MessageKey);

  return (
    <section aria-labelledby="completeness-title" className="kit-stack">
      <h2 id="completeness-title">{t("reports.completeness.heading")}</h2>
      <DataTable<typeof c>
        label={t("reports.completeness.heading")}
        rowKey={() => "completeness"}
        dataSource={[c]}
        columns={MEASURES.map(([m]) => ({ title: label(m), dataIndex: m, key: m, align: "right" as const }))}
      />
      {c.expected > 0 && (
        <Chart
          title={t("reports.completeness.chart")}
          categories={MEASURES.map(([m]) => label(m))}
          series={[{ name: t("reports.completeness.count"), values: MEASURES.map(([m]) => c[m]), color: CHART_COLORS.primary }]}
          horizontal
        />
      )}
    </section>
  );
}
