import { Alert, Select, Tag } from "antd";
import { Link, useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { useSession } from "../../../auth/SessionProvider.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { DataTable } from "../../../ui/DataTable.tsx";
import { todayInVietnam } from "../../../ui/dayjs.ts";
import { formatPoints } from "./IndicatorTable.tsx";
import { addMonths } from "@tthc/calendar/months";
import { INDEX_PAGE_SIZE, SERVICE_QUALITY_INDEX_QUERY, type IndexRow } from "./index-api.ts";
import { ManualIndicatorForm } from "./ManualIndicatorForm.tsx";
import { scorecardPath } from "../scorecard/scorecard-api.ts";
import { UnitIndexDetail } from "./UnitIndexDetail.tsx";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The months offered: this month and the 23 before it (the server refuses later ones). */
const MONTHS_OFFERED = 24;

/**
 * Chỉ số phục vụ (Decision 766/QĐ-TTg) of a calendar month: the units ranked by points with their trend; a row
 * opens its indicators and its trend chart. The city office enters the indicators the platform has no data for.
 */
export function ServiceQualityPage() {
  const { t, lang } = useI18n();
  const { state } = useSession();
  const roles: readonly string[] = state.status === "signedIn" ? state.user.roles : [];
  const [params, setParams] = useSearchParams();
  const thisMonth = todayInVietnam().slice(0, 7);
  const asked = params.get("month") ?? "";
  const month = MONTH.test(asked) && asked <= thisMonth ? asked : thisMonth;
  const page = Math.max(Number(params.get("page")) || 1, 1);
  // ?unit= opens that unit's row (the dashboard's index chart links here).
  const opened = params.get("unit");
  const ranking = useGraphQLQuery([...keys.serviceQualityIndex, month, page], SERVICE_QUALITY_INDEX_QUERY, {
    month,
    first: INDEX_PAGE_SIZE,
    offset: (page - 1) * INDEX_PAGE_SIZE,
  });
  const data = ranking.data?.serviceQualityIndex;
  const months = Array.from({ length: MONTHS_OFFERED }, (_, i) => addMonths(thisMonth, -i));
  const trendText = (row: IndexRow) =>
    row.trend === null || row.change === null
      ? t("index.trend.none")
      : t(`index.trend.${row.trend}`, { change: formatPoints(Math.abs(row.change)) });

  return (
    <section aria-labelledby="page-title" className="kit-stack">
      <h1 id="page-title">{t("index.heading")}</h1>
      <p className="reports-note">{t("index.intro")}</p>
      <label className="kit-toolbar">
        <span>{t("index.month")}</span>
        <Select
          aria-label={t("index.month")}
          value={month}
          style={{ width: "10rem" }}
          options={months.map((m) => ({ value: m, label: `${m.slice(5)}/${m.slice(0, 4)}` }))}
          onChange={(m: string) => setParams(new URLSearchParams({ month: m }))}
        />
      </label>
      {ranking.isError && <Alert type="error" title={errorText(ranking.error, lang, t)} />}
      {data && !data.hasFigures && (
        <p className="reports-note" role="status">
          {t("index.noFigures", { month: `${month.slice(5)}/${month.slice(0, 4)}` })}
        </p>
      )}
      {data?.hasFigures && (
        <DataTable<IndexRow>
          label={t("index.table", { month: `${month.slice(5)}/${month.slice(0, 4)}` })}
          rowKey={(r) => r.unitId}
          dataSource={data.items}
          serverPage={{
            current: page,
            size: INDEX_PAGE_SIZE,
            total: data.total,
            onChange: (p) => setParams(new URLSearchParams({ month, page: String(p) })),
          }}
          expandable={{
            expandedRowRender: (row) => <UnitIndexDetail row={row} />,
            expandRowByClick: false,
            defaultExpandedRowKeys: opened ? [opened] : undefined,
          }}
          columns={[
            { title: t("index.rank"), key: "rank", align: "right", render: (_, r) => `${r.rank}/${r.rankedUnits}` },
            {
              title: t("index.unit"),
              key: "unit",
              render: (_, r) => (
                <Link to={scorecardPath(r.unitId)} title={t("scorecard.open")}>
                  {r.unitName}
                </Link>
              ),
            },
            {
              title: t("index.points"),
              key: "total",
              align: "right",
              render: (_, r) => `${formatPoints(r.total)} / ${formatPoints(r.maxTotal)}`,
            },
            {
              title: t("index.trend"),
              key: "trend",
              render: (_, r) => <Tag color={r.trend === "UP" ? "success" : r.trend === "DOWN" ? "error" : "default"}>{trendText(r)}</Tag>,
            },
            {
              title: t("index.pointsLost"),
              key: "lost",
              render: (_, r) =>
                r.pointsLost
                  .slice(0, 3)
                  .map((p) => `${p.indicator.code} (−${formatPoints(p.pointsLost)})`)
                  .join(", "),
            },
          ]}
        />
      )}
      {!data && !ranking.isError && (
        <p className="page-status" role="status">
          {t("index.loading")}
        </p>
      )}
      {roles.includes("CITY_ADMIN") && data && <ManualIndicatorForm month={month} />}
    </section>
  );
}
