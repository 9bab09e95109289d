import { Alert, Button, Space } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { Chart } from "../../../ui/Chart.tsx";
import { DataTable } from "../../../ui/DataTable.tsx";
import { DateField } from "../../../ui/DateField.tsx";
import { abilities, useCurrentUser } from "../access.ts";
import { RISK_RANKING_QUERY, RISK_SIGNAL_KINDS, type RiskRow, type RiskSignalKind } from "../inspections-api.ts";
import { riskKindKey } from "../labels.ts";
import { RiskWeightsCard } from "./RiskWeightsCard.tsx";
import { ScheduleSuggestedButton } from "./ScheduleSuggestedButton.tsx";

/** Rows per page of the ranking; the server pages with its cursor. */
const RANKING_PAGE = 20;
/** The chart shows the top of the page: more bars than this stop being readable. */
const CHART_UNITS = 10;

const countOf = (row: RiskRow, kind: RiskSignalKind): number => row.reasons.find((r) => r.kind === kind)?.count ?? 0;

/**
 * Xếp hạng rủi ro: units by risk score (Σ weight × count of their signals over the 12 months up to the
 * chosen day), the signals behind each score, the weights, and the city office's "schedule an
 * unannounced inspection" per unit. The ranking is paged by the server's cursor: the page keeps the
 * cursors it has followed so "previous" needs no second kind of paging.
 */
export function RiskRankingPage() {
  const { t, lang } = useI18n();
  const can = abilities(useCurrentUser());
  // The day is in the address (kept on reload, shareable); the address bar is anyone's input: only a real day reaches the query.
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get("asOf") ?? "";
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(asOfParam) ? asOfParam : null;
  // cursors[i] is the `after` of page i (null for the first).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const variables = { asOf, first: RANKING_PAGE, after };
  const ranking = useGraphQLQuery([...keys.inspections, "risk", "ranking", variables], RISK_RANKING_QUERY, variables, {
    placeholderData: (previous) => previous,
  });
  const page = ranking.data?.riskRanking ?? null;
  const offset = (cursors.length - 1) * RANKING_PAGE;
  const number = (v: number) => v.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 2 });

  const columns: ColumnsType<RiskRow> = [
    { title: t("inspections.risk.rank"), key: "rank", width: 64, render: (_, __, i) => offset + i + 1 },
    {
      title: t("inspections.risk.unit"),
      key: "unit",
      render: (_, r) => <Link to={`/inspections/units/${r.unitId}`}>{r.unitName}</Link>,
    },
    {
      title: t("inspections.risk.score"),
      key: "score",
      className: "nowrap",
      render: (_, r) => <strong data-testid="risk-score">{number(r.score)}</strong>,
    },
    ...RISK_SIGNAL_KINDS.map((kind) => ({
      title: t(riskKindKey(kind)),
      key: kind,
      render: (_: unknown, r: RiskRow) => number(countOf(r, kind)),
    })),
    ...(can.cityOffice
      ? [
          {
            title: t("inspections.risk.actions"),
            key: "actions",
            render: (_: unknown, r: RiskRow) => <ScheduleSuggestedButton unitId={r.unitId} unitName={r.unitName} />,
          },
        ]
      : []),
  ];

  const top = (page?.items ?? []).slice(0, CHART_UNITS);
  return (
    <section aria-labelledby="page-title" className="stack">
      <div className="kit-toolbar">
        <h1 id="page-title">{t("inspections.risk.heading")}</h1>
        <label className="inline-field">
          {t("inspections.risk.asOf")}{" "}
          <DateField
            aria-label={t("inspections.risk.asOf")}
            value={asOf ?? page?.asOf ?? null}
            style={{ width: "10rem" }}
            onChange={(day) => {
              setParams(day ? new URLSearchParams({ asOf: day }) : new URLSearchParams());
              setCursors([null]);
            }}
          />
        </label>
      </div>
      <p className="secondary">{t("inspections.risk.hint")}</p>
      {ranking.isError && <Alert type="error" title={errorText(ranking.error, lang, t)} />}
      <p className="page-status" role="status">
        {ranking.isFetching && !page ? t("inspections.loading") : page ? t("inspections.risk.count", { count: page.total }) : ""}
      </p>
      {page && page.items.length > 0 && (
        <>
          {offset === 0 && top.some((r) => r.score > 0) && (
            <Chart
              title={t("inspections.risk.chart")}
              horizontal
              categories={top.map((r) => r.unitName)}
              series={[{ name: t("inspections.risk.score"), values: top.map((r) => r.score) }]}
            />
          )}
          <DataTable<RiskRow>
            label={t("inspections.risk.table")}
            rowKey="unitId"
            columns={columns}
            dataSource={page.items}
            loading={ranking.isFetching}
          />
          <Space>
            <Button disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
              {t("inspections.risk.previous")}
            </Button>
            <Button disabled={!page.nextCursor} onClick={() => page.nextCursor && setCursors((c) => [...c, page.nextCursor ?? null])}>
              {t("inspections.risk.next")}
            </Button>
          </Space>
        </>
      )}
      <RiskWeightsCard editable={can.cityOffice} />
    </section>
  );
}
