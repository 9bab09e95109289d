import { Alert, Button, Space } from "antd";
import { useState } from "react";
import { saveBlob } from "../../api/client.ts";
import { keys, useGraphQLMutation, useGraphQLQuery } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import type { CityReportsQuery } from "../../graphql/generated/graphql.ts";
import { formatDate } from "../../i18n/dates.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/DataTable.tsx";
import { CITY_REPORTS_PAGE_SIZE, CITY_REPORTS_QUERY, ISSUE_CITY_REPORT } from "./reporting-api.ts";

type CityReport = CityReportsQuery["cityReports"]["items"][number];

/**
 * Báo cáo của thành phố: the city office issues the period's report to the province (the accepted unit
 * reports consolidated) and every city reader downloads the issued ones as DOCX and XLSX.
 */
export function CityReportsPanel({ kindCode, periodKey, canIssue }: { kindCode: string; periodKey: string; canIssue: boolean }) {
  const { t, lang } = useI18n();
  const { api } = useSession();
  const [page, setPage] = useState(1);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  // Under the reports key: accepting a unit report or issuing refetches it.
  const list = useGraphQLQuery([...keys.reports, "city", kindCode, periodKey, page], CITY_REPORTS_QUERY, {
    kindCode,
    periodKey,
    first: CITY_REPORTS_PAGE_SIZE,
    offset: (page - 1) * CITY_REPORTS_PAGE_SIZE,
  });
  const issue = useGraphQLMutation(ISSUE_CITY_REPORT, [keys.reports]);
  const data = list.data?.cityReports;

  async function download(file: { url: string; name: string }) {
    setDownloadError(null);
    try {
      saveBlob(await api.download(file.url), file.name);
    } catch (err) {
      setDownloadError(err);
    }
  }

  return (
    <section aria-labelledby="city-reports-title" className="kit-stack">
      <div className="kit-toolbar">
        <h2 id="city-reports-title">{t("reports.city.heading")}</h2>
        {canIssue && (
          <Button loading={issue.isPending} onClick={() => issue.mutate({ kindCode, periodKey }, { onSuccess: () => setPage(1) })}>
            {t("reports.city.issue")}
          </Button>
        )}
      </div>
      {issue.isError && <Alert type="error" role="alert" title={errorText(issue.error, lang, t)} />}
      {issue.isSuccess && (
        <p role="status" className="reports-note">
          {t("reports.city.issued", { number: issue.data.issueCityReport.number })}
        </p>
      )}
      {list.isError && <Alert type="error" title={errorText(list.error, lang, t)} />}
      {downloadError !== null && <Alert type="error" role="alert" title={errorText(downloadError, lang, t)} />}
      {data && data.total === 0 && <p className="page-status">{t("reports.city.none")}</p>}
      {data && data.total > 0 && (
        <DataTable<CityReport>
          label={t("reports.city.heading")}
          rowKey="id"
          dataSource={data.items}
          serverPage={{ current: page, size: CITY_REPORTS_PAGE_SIZE, total: data.total, onChange: setPage }}
          columns={[
            { title: t("reports.city.col.number"), dataIndex: "number", key: "number" },
            { title: t("reports.city.col.issuedOn"), key: "issuedOn", render: (_, r) => formatDate(r.issuedOn) },
            {
              title: t("reports.city.col.units"),
              key: "units",
              render: (_, r) => t("reports.city.units", { accepted: r.accepted, expected: r.expected }),
            },
            {
              title: t("reports.city.col.files"),
              key: "files",
              render: (_, r) => (
                <Space>
                  <Button size="small" onClick={() => void download(r.docx)} aria-label={`${t("reports.city.docx")} ${r.number}`}>
                    {t("reports.city.docx")}
                  </Button>
                  <Button size="small" onClick={() => void download(r.xlsx)} aria-label={`${t("reports.city.xlsx")} ${r.number}`}>
                    {t("reports.city.xlsx")}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
