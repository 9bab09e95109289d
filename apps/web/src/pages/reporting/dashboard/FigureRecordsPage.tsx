import type { ColumnsType } from "antd/es/table";
import { Link, useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import type { DashboardFigure } from "../../../graphql/generated/graphql.ts";
import { formatDate } from "../../../i18n/dates.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { usePageParam } from "../../../ui/page-param.ts";
import { PagedTable } from "../../../ui/PagedTable.tsx";
import type { Lang, Translate } from "../../../i18n/translate.ts";
import type { MessageKey } from "../../../i18n/vi.ts";
import { recommendationStatusKey, statusKey, typeKey } from "../../inspections/labels.ts";
import { StatusBadge } from "../../planning/badges.tsx";
import { UNIT_NAME_QUERY } from "../../units-query.ts";
import { FIGURE_RECORDS_QUERY, type FigureRecordRow } from "./dashboard-api.ts";

const PAGE_SIZE = 20;
/** Whose records each figure lists, and what the day a record counted on means for it. */
const FIGURES = {
  PLAN_DONE_ON_TIME: { kind: "plan", day: "figureRecords.day.done" },
  PLAN_DONE_LATE: { kind: "plan", day: "figureRecords.day.done" },
  PLAN_OPEN_OVERDUE: { kind: "plan", day: "figureRecords.day.overdue" },
  PAKN_HANDLED: { kind: "pakn", day: "figureRecords.day.handled" },
  PAKN_OVERDUE: { kind: "pakn", day: "figureRecords.day.overdue" },
  INSPECTIONS_CONCLUDED: { kind: "inspection", day: "figureRecords.day.concluded" },
  RECOMMENDATIONS_OPEN: { kind: "recommendation", day: "figureRecords.day.issued" },
  RECOMMENDATIONS_OVERDUE: { kind: "recommendation", day: "figureRecords.day.overdue" },
} as const satisfies Record<DashboardFigure, { kind: string; day: MessageKey }>;
type Kind = (typeof FIGURES)[DashboardFigure]["kind"];
const isFigure = (value: string | null): value is DashboardFigure => value !== null && Object.hasOwn(FIGURES, value);

/** Each kind's own columns, before the day the record counted on. */
function kindColumns(kind: Kind, t: Translate, lang: Lang): ColumnsType<FigureRecordRow> {
  const hidden = <span className="secondary">{t("figureRecords.hidden")}</span>;
  switch (kind) {
    case "plan":
      return [
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
      ];
    case "pakn":
      return [
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
      ];
    case "inspection":
      return [
        {
          title: t("figureRecords.inspection"),
          key: "inspection",
          render: (_, { inspection: i }) => (i ? <Link to={`/inspections/${encodeURIComponent(i.id)}`}>{i.focus}</Link> : hidden),
        },
        { title: t("figureRecords.unit"), key: "unit", render: (_, r) => r.inspection?.unitName ?? "" },
        { title: t("figureRecords.inspectionType"), key: "type", render: (_, r) => (r.inspection ? t(typeKey(r.inspection.type)) : "") },
        { title: t("figureRecords.status"), key: "status", render: (_, r) => (r.inspection ? t(statusKey(r.inspection.status)) : "") },
      ];
    case "recommendation":
      return [
        {
          title: t("figureRecords.recommendation"),
          key: "recommendation",
          render: (_, { recommendation: r }) =>
            r ? <Link to={`/inspections/${encodeURIComponent(r.inspectionId)}`}>{r.text}</Link> : hidden,
        },
        { title: t("figureRecords.unit"), key: "unit", render: (_, r) => r.recommendation?.responsibleUnitName ?? "" },
        {
          title: t("figureRecords.due"),
          key: "due",
          className: "nowrap",
          render: (_, r) => (r.recommendation ? formatDate(r.recommendation.dueDay) : ""),
        },
        {
          title: t("figureRecords.status"),
          key: "status",
          render: (_, r) => (r.recommendation ? t(recommendationStatusKey(r.recommendation.status)) : ""),
        },
      ];
  }
}

/**
 * /reporting/records?figure=&unit=&from=&to=: the records behind a figure of the dashboard's plan, PAKN or
 * inspection panel, paged by the server; its count is the figure. Reporting says which records make the figure;
 * planning, complaints and inspections give each record (and leave out one the reader may not see).
 */
export function FigureRecordsPage() {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const requested = params.get("figure");
  const figure: DashboardFigure = isFigure(requested) ? requested : "PLAN_DONE_ON_TIME";
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
  const { kind, day } = FIGURES[figure];
  const columns: ColumnsType<FigureRecordRow> = [
    ...kindColumns(kind, t, lang),
    { title: t(day), key: "day", className: "nowrap", render: (_, r) => formatDate(r.day) },
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
          countText={(count) => t(`figureRecords.count.${kind}`, { count })}
          emptyText={t("figureRecords.none")}
          label={t("figureRecords.label")}
          rowKey="id"
          columns={columns}
        />
      </div>
    </section>
  );
}
