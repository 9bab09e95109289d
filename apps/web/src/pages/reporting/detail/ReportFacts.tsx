import { Descriptions } from "antd";
import { formatDate } from "../../../i18n/dates.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { UnitReport } from "../reporting-api.ts";
import { ReportStatusTag } from "../ReportStatusTag.tsx";

/** The report at a glance: kind, data window, deadline, status, submission, the city office's comment and any exception. */
export function ReportFacts({ report: r, kindName }: { report: UnitReport; kindName: string }) {
  const { t } = useI18n();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: "kind", label: t("reports.kind"), children: kindName, span: { xs: 1, md: 2 } },
        { key: "window", label: t("reports.detail.window"), children: `${formatDate(r.periodStart)} – ${formatDate(r.periodEnd)}` },
        { key: "deadline", label: t("reports.col.deadline"), children: formatDate(r.deadline) },
        {
          key: "status",
          label: t("reports.col.status"),
          children: (
            <span data-testid="report-status">
              <ReportStatusTag status={r.status} locked={r.locked} />
            </span>
          ),
        },
        {
          key: "submitted",
          label: t("reports.col.submitted"),
          children: r.submittedOn ? `${formatDate(r.submittedOn)}${r.submittedLate ? ` (${t("reports.late")})` : ""}` : "—",
        },
        ...(r.exceptionUntil
          ? [
              {
                key: "exception",
                label: t("reports.detail.exception"),
                children: t("reports.exceptionUntil", { date: formatDate(r.exceptionUntil) }),
              },
            ]
          : []),
        ...(r.reviewComment
          ? [{ key: "comment", label: t("reports.detail.reviewComment"), children: r.reviewComment, span: { xs: 1, md: 2 } }]
          : []),
      ]}
    />
  );
}
