/**
 * The product's one chart (ECharts, chosen in issue 10 for every dashboard: planning, PAKN, inspections,
 * reporting). The library (only the parts of echarts/core it draws with, ui/echarts.ts) loads on demand
 * when a chart mounts: pages without a chart, and the public PAKN page, never load it.
 *
 * Every chart has a text alternative: the drawing is an image named by `title` with a one-line summary,
 * and the same numbers are a table under a disclosure ("Bảng số liệu") that keyboard and screen-reader
 * users open; tests read the numbers there or from `data-chart`.
 *
 * A figure that stands for records drills down to them (`drillDown`): a click on its bar or point, or
 * on its number in the table (a link, so the keyboard reaches it too), opens the owning page's list
 * filtered to exactly those records.
 */
import { useEffect, useId, useRef } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useI18n } from "../i18n/I18nProvider.tsx";

/** The palette of the kit's theme: each colour readable on white (WCAG AA for the legend's swatches). */
export const CHART_COLORS = {
  primary: "#1d4ed8",
  done: "#15803d",
  warning: "#b45309",
  danger: "#a4161a",
  neutral: "#64748b",
} as const;

export interface ChartSeries {
  name: string;
  values: number[];
  color?: string;
  /** Series with the same stack name are drawn on top of each other. */
  stack?: string;
}

export interface ChartProps {
  /** The chart's accessible name and the caption of its table. */
  title: string;
  /** One label per point (months, units, sections). */
  categories: string[];
  series: ChartSeries[];
  kind?: "bar" | "line";
  /** Bars along the value axis (long category names, e.g. units). */
  horizontal?: boolean;
  /** How a value reads in the tooltip and the table (e.g. "42%"); a stable function (module level), or the chart redraws on every render. */
  format?: (value: number) => string;
  /** Height of the drawing in px; a horizontal chart grows with its categories by default. */
  height?: number;
  /** The value axis' upper bound (100 for percentages). */
  max?: number;
  /** The address of the records behind a figure (category, series), or null where the figure has none. */
  drillDown?: (category: number, series: number) => string | null;
}

interface ChartData {
  categories: string[];
  series: ChartSeries[];
}

export function Chart({
  title,
  categories,
  series,
  kind = "bar",
  horizontal = false,
  format = String,
  height,
  max,
  drillDown,
}: ChartProps) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const ref = useRef<HTMLDivElement>(null);
  // Read at click time: callers pass a fresh drillDown on every render, which must not redraw the chart.
  const open = useRef<(category: number, series: number) => void>(() => {});
  useEffect(() => {
    open.current = (category, series) => {
      const to = drillDown?.(category, series);
      if (to) void navigate(to);
    };
  });
  const drillable = drillDown !== undefined;
  const tableId = useId();
  const drawnHeight = height ?? (horizontal ? Math.max(160, 40 + categories.length * 32) : 280);

  // The props are usually fresh arrays on every render: the drawing follows their content, not their identity.
  const data = JSON.stringify({ categories, series } satisfies ChartData);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let disposed = false;
    let cleanup = () => {};
    void import("./echarts.ts").then(({ echarts }) => {
      if (disposed) return;
      const { categories, series } = JSON.parse(data) as ChartData;
      const chart = echarts.init(element, null, { renderer: "svg", locale: lang === "vi" ? "VI" : "EN" });
      const categoryAxis = {
        type: "category" as const,
        data: categories,
        inverse: horizontal,
        axisLabel: { color: "#334155", width: horizontal ? 180 : undefined, overflow: "truncate" as const },
      };
      const valueAxis = { type: "value" as const, max, axisLabel: { color: "#334155", formatter: (v: number) => format(v) } };
      const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
      chart.setOption({
        animation: !reduced,
        color: Object.values(CHART_COLORS),
        grid: { left: 8, right: 16, top: series.length > 1 ? 36 : 12, bottom: 8, containLabel: true },
        legend: series.length > 1 ? { top: 0, textStyle: { color: "#1f2937" } } : undefined,
        tooltip: { trigger: "axis", valueFormatter: (v: unknown) => (typeof v === "number" ? format(v) : String(v)) },
        xAxis: horizontal ? valueAxis : categoryAxis,
        yAxis: horizontal ? categoryAxis : valueAxis,
        series: series.map((s) => ({
          type: kind,
          name: s.name,
          data: s.values,
          stack: s.stack,
          itemStyle: s.color ? { color: s.color } : undefined,
          lineStyle: s.color ? { color: s.color } : undefined,
          barMaxWidth: 28,
          cursor: drillable ? "pointer" : "default",
        })),
      });
      if (drillable) chart.on("click", (params) => open.current(params.dataIndex, params.seriesIndex ?? 0));
      // Tests and screenshots wait for the drawing, not for a delay.
      element.dataset.drawn = "true";
      const observer = new ResizeObserver(() => chart.resize());
      observer.observe(element);
      cleanup = () => {
        observer.disconnect();
        chart.dispose();
        delete element.dataset.drawn;
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [data, kind, horizontal, max, lang, format, drillable]);

  const summary = series.map((s) => `${s.name}: ${s.values.map((v, i) => `${categories[i]} ${format(v)}`).join(", ")}`).join("; ");
  return (
    <figure className="chart" data-chart={data}>
      <figcaption className="chart__title">{title}</figcaption>
      {/* The drawing is one image; its numbers are in the summary and in the table below. */}
      <div ref={ref} role="img" aria-label={`${title}. ${summary}`} style={{ width: "100%", height: drawnHeight }} />
      <details className="chart__data">
        <summary aria-controls={tableId}>{t("chart.table")}</summary>
        <div className="table-scroll">
          <table id={tableId} aria-label={title}>
            <thead>
              <tr>
                <th scope="col">{t("chart.category")}</th>
                {series.map((s) => (
                  <th key={s.name} scope="col">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((category, i) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {series.map((s, j) => {
                    const to = drillDown?.(i, j);
                    const value = format(s.values[i] ?? 0);
                    return <td key={s.name}>{to ? <Link to={to}>{value}</Link> : value}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
