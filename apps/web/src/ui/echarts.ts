/**
 * The parts of ECharts the kit's Chart draws with — bar and line series, a grid, tooltip and legend,
 * the SVG renderer — registered once. Loaded on demand by Chart.tsx, so a page shows its tables before
 * the library arrives and pages without a chart never load it.
 */
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import langVI from "echarts/i18n/langVI-obj.js";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);
echarts.registerLocale("VI", langVI);

export { echarts };
