import { Alert, Select, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../api/query.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { DataTable } from "../../ui/DataTable.tsx";
import { REPORT_STATUSES, REPORTS_PAGE_SIZE, UNIT_REPORTS_QUERY, type UnitReportRow } from "./reporting-api.ts";
import { ReportStatusTag } from "./ReportStatusTag.tsx";

/** The unit reports of a kind and period, paged by the server, filtered by status; each opens the report. */
export function UnitReportsTable({
  kindCode,
  periodKey,
  status,
  page,
  onStatus,
  onPage,
}: {
  kindCode: string;
  periodKey: string;
  status: string;
  page: number;
  onStatus(status: string): void;
  onPage(page: number): void;
}) {
  const { t, lang } = useI18n();
  const variables = { kindCode, periodKey, status: status || null, first: REPORTS_PAGE_SIZE, offset: (page - 1) * REPORTS_PAGE_SIZE };
  const reports = useGraphQLQuery([...keys.reports, "list", variables], UNIT_REPORTS_QUERY, variables, {
    placeholderData: (previous) => previous,
  });
  const data = reports.data?.unitReports;

  const columns: ColumnsType<UnitReportRow> = [
    {
      title: t("reports.col.unit"),
      key: "unit",
      render: (_, r) => <Link to={`/reporting/reports/${r.id}`}>{r.unit.name}</Link>,
    },
    { title: t("reports.col.period"), dataIndex: "periodLabel" },
    { title: t("reports.col.deadline"), key: "deadline", className: "nowrap", render: (_, r) => formatDate(r.deadline) },
    { title: t("reports.col.status"), key: "status", render: (_, r) => <ReportStatusTag status={r.status} locked={r.locked} /> },
    {
      title: t("reports.col.submitted"),
      key: "submitted",
      className: "nowrap",
      render: (_, r) =>
        r.submittedOn ? (
          <>
            {formatDate(r.submittedOn)} {r.submittedLate ? <Tag color="warning">{t("reports.late")}</Tag> : null}
          </>
        ) : r.exceptionUntil ? (
          t("reports.exceptionUntil", { date: formatDate(r.exceptionUntil) })
        ) : (
          "—"
        ),
    },
  ];

  return (
    <section aria-labelledby="unit-reports-title" className="kit-stack">
      <div className="kit-toolbar">
        <h2 id="unit-reports-title">{t("reports.list.heading")}</h2>
        <label>
          {t("reports.col.status")}{" "}
          <Select
            aria-label={t("reports.col.status")}
            className="kit-sort"
            value={status}
            options={[
              { value: "", label: t("reports.status.all") },
              ...REPORT_STATUSES.map((s) => ({ value: s, label: t(`reports.status.${s}` as MessageKey) })),
            ]}
            onChange={onStatus}
          />
        </label>
      </div>
      <p className="page-status" role="status">
        {reports.isFetching ? t("reports.loading") : data ? t("reports.list.count", { count: data.total }) : ""}
      </p>
      {reports.isError && <Alert type="error" title={errorText(reports.error, lang, t)} />}
      {data && data.items.length > 0 && (
        <DataTable<UnitReportRow>
          label={t("reports.list.heading")}
          rowKey="id"
          columns={columns}
          dataSource={data.items}
          loading={reports.isFetching}
          // Paged by the server (first/offset); the page is kept in the address.
          serverPage={{ current: page, size: REPORTS_PAGE_SIZE, total: data.total, onChange: onPage }}
        />
      )}
    </section>
  );
}
