import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { DataTable } from "../../../ui/DataTable.tsx";
import type { IndexRow } from "./index-api.ts";

/** Points as read in Vietnamese (two decimals at most). */
export const formatPoints = (points: number) => points.toLocaleString("vi-VN", { maximumFractionDigits: 2 });

/** The indicators of one row (the expanded row's table). */
export function IndicatorTable({ row }: { row: IndexRow }) {
  const { t, lang } = useI18n();
  const percent = (v: number | null) => (v === null ? t("index.noData") : `${formatPoints(v * 100)}%`);
  return (
    <DataTable<IndexRow["indicators"][number]>
      size="small"
      label={t("index.indicators", { unit: row.unitName })}
      rowKey={(i) => i.indicator.code}
      dataSource={row.indicators}
      columns={[
        { title: t("index.code"), key: "code", render: (_, i) => i.indicator.code },
        {
          title: t("index.indicator"),
          key: "name",
          render: (_, i) => (
            <>
              <div>{lang === "en" ? i.indicator.nameEn : i.indicator.name}</div>
              <div className="reports-note">
                {(lang === "en" ? i.indicator.groupNameEn : i.indicator.groupName) + (i.indicator.manual ? ` · ${t("index.manual")}` : "")}
              </div>
            </>
          ),
        },
        { title: t("index.numerator"), key: "num", align: "right", render: (_, i) => i.numerator ?? "—" },
        { title: t("index.denominator"), key: "den", align: "right", render: (_, i) => i.denominator ?? "—" },
        { title: t("index.rate"), key: "rate", align: "right", render: (_, i) => percent(i.rate) },
        { title: t("index.target"), key: "target", align: "right", render: (_, i) => percent(i.indicator.target) },
        {
          title: t("index.points"),
          key: "points",
          align: "right",
          render: (_, i) => `${formatPoints(i.points)} / ${formatPoints(i.indicator.maxPoints)}`,
        },
        {
          title: t("index.source"),
          key: "source",
          render: (_, i) => (
            <>
              <div className="reports-note">{i.indicator.source}</div>
              {i.valueSource && <div>{t("index.valueSource", { source: i.valueSource })}</div>}
            </>
          ),
        },
      ]}
    />
  );
}
