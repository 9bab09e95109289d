// ECharts ships its locales as plain objects without types.
declare module "echarts/i18n/langVI-obj.js" {
  const locale: Parameters<typeof import("echarts/core").registerLocale>[1];
  export default locale;
}
