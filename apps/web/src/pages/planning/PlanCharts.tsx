import { useI18n } from "../../i18n/I18nProvider.tsx";
import { Chart, CHART_COLORS } from "../../ui/Chart.tsx";
import type { Progress } from "./planning-api.ts";

const percent = (value: number) => `${value}%`;

/** One roll-up as a chart of the share done (0–100 %), a bar per row, with the kit's text alternative. */
export function ProgressChart({ title, rows }: { title: string; rows: Array<{ label: string; progress: Progress }> }) {
  const { t } = useI18n();
  // Rows with nothing due yet have no share to show.
  const counted = rows.filter((r) => r.progress.total > 0);
  if (counted.length === 0) return null;
  return (
    <Chart
      title={title}
      horizontal
      max={100}
      format={percent}
      categories={counted.map((r) => r.label)}
      series={[{ name: t("planning.chart.done"), values: counted.map((r) => r.progress.percentDone), color: CHART_COLORS.done }]}
    />
  );
}
