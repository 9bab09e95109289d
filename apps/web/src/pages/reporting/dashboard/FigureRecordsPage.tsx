import type { ColumnsType } from "antd/es/table";
import { Link, useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import type { DashboardFigure } from "../../../graphql/generated/graphql.ts";
import { formatDate } from "../../../i18n/dates.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { usePageParam } from "../../../ui/page-param.ts";
import { PagedTable } from "../../../ui/PagedTable.tsx";
import { StatusBadge } from "../../planning/badges.tsx";
import { UNIT_NAME_QUERY } from "../../units-query.ts";
import { FIGURE_RECORDS_QUERY, type FigureRecordRow } from "./dashboard-api.ts";

const PAGE_SIZE = 20;
const FIGURES: readonly DashboardFigure[] = ["PLAN_DONE_ON_TIME", "PLAN_DONE_LATE", "PLAN_OPEN_OVERDUE", "PAKN_HANDLED", "PAKN_OVERDUE"];
const isPlanFigure = (figure: DashboardFigure) => figure.startsWith("PLAN_");
/** What the day a record counted on means for each figure: the day it was done or handled, or since when it is overdue. */
const DAY_TITLE = {
  PLAN_DONE_ON_TIME: "figureRecords.day.done",
  PLAN_DONE_LATE: "figureRecords.day.done",
  PLAN_OPEN_OVERDUE: "figureRecords.day.overdue",
  PAKN_HANDLED: "figureRecords.day.handled",
  PAKN_OVERDUE: "figureRecords.day.overdue",
} as const;

/**
 * /reporting/records?figure=&unit=&from=&to=: the plan occurrences or PAKN behind a figure of the dashboard's plan
 * or PAKN panel, paged by the server; its count is the figure. Reporting says which records make the figure;
 * planning and complaints give each record (and leave out one the reader may not see).
 */
export function FigureRecordsPage() {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const figure: DashboardFigure = FIGURES.find((f) => f === params.get("figure")) ?? "PLAN_DONE_ON_TIME";
  const unitId = params.get("unit");
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const [page, go] = usePageParam();

  const unit = useGraphQLQuery(
    [...keys.units, "one", unitId ?? ""],
    UNIT_NAME_QUERY,
    { id: unitId ?? "" },
    {
      staleTime: 5 * 60_000,
      enabled: unitId !== null,
    },
  );
  const variables = { figure, unitId, from, to, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const list = useGraphQLQuery([...keys.figureRecords, variables], FIGURE_RECORDS_QUERY, variables, {
    placeholderData: (previous) => previous,
  });
  const name = unitId === null ? t("figureRecords.allUnits") : (unit.data?.unit?.name ?? unitId);
  const hidden = <span className="secondary">{t("figureRecords.hidden")}</span>;
  const dayColumn = {
    title: t(DAY_TITLE[figure]),
    key: "day",
    className: "nowrap",
    render: (_: unknown, r: FigureRecordRow) => formatDate(r.day),
  };

  const columns: ColumnsType<FigureRecordRow> = isPlanFigure(figure)
    ? [
        {
          title: t("figureRecords.task"),
          key: "task",
          render: (_, { occurrence: o }) =>
            o ? <Link to={`/planning/plans/${encodeURIComponent(o.plan.id)}`}>{`${o.task.label} — ${o.label}`}</Link> : hidden,
        },
        { title: t("figureRecords.unit"), key: "unit", render: (_, r) => r.occurrence?.unitName ?? "" },
        {
          title: t("figureRecords.due"),
          key: "due",
          className: "nowrap",
          render: (_, r) => (r.occurrence ? formatDate(r.occurrence.dueDay) : ""),
        },
        {
          title: t("figureRecords.status"),
          key: "status",
          render: (_, r) => (r.occurrence ? <StatusBadge occurrence={r.occurrence} /> : ""),
        },
        dayColumn,
      ]
    : [
        {
          title: t("figureRecords.trackingCode"),
          key: "code",
          render: (_, { complaint: c }) => (c ? <Link to={`/complaints/${encodeURIComponent(c.id)}`}>{c.trackingCode}</Link> : hidden),
        },
        {
          title: t("figureRecords.received"),
          key: "received",
          className: "nowrap",
          render: (_, r) => (r.complaint ? formatDate(r.complaint.receivedDay) : ""),
        },
        { title: t("figureRecords.status"), key: "status", render: (_, r) => r.complaint?.statusText[lang] ?? "" },
        dayColumn,
      ];

  return (
    <section aria-labelledby="page-title" className="stack">
      <p>
        <Link to="/reporting/dashboard">← {t("reports.nav.dashboard")}</Link>
      </p>
      <h1 id="page-title">{t(`figureRecords.heading.${figure}`, { unit: name, from: formatDate(from), to: formatDate(to) })}</h1>
      <div className="card">
        <PagedTable<FigureRecordRow>
          query={list}
          page={list.data?.figureRecords ?? null}
          current={page}
          pageSize={PAGE_SIZE}
          onPageChange={go}
          loadingText={t("figureRecords.loading")}
          countText={(count) => t(isPlanFigure(figure) ? "figureRecords.count.plan" : "figureRecords.count.pakn", { count })}
          emptyText={t("figureRecords.none")}
          label={t("figureRecords.label")}
          rowKey="id"
          columns={columns}
        />
      </div>
    </section>
  );
}
