import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../i18n/vi.ts";
import { DataTable } from "../../../ui/DataTable.tsx";
import { formatInstant, type ComplaintDetail } from "../complaints-query.ts";

/** Nhật ký: every change of status, who made it, when and why. */
export function AuditCard({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  return (
    <div className="card">
      <h2>{t("complaints.audit")}</h2>
      <DataTable
        data-testid="audit-trail"
        label={t("complaints.audit")}
        rowKey={(a) => `${a.at}-${a.action}-${a.toStatus}`}
        dataSource={c.auditTrail}
        columns={[
          { title: t("complaints.audit.at"), key: "at", className: "nowrap", render: (_, a) => formatInstant(a.at) },
          {
            title: t("complaints.audit.action"),
            key: "action",
            render: (_, a) => `${a.action} → ${t(`complaints.status.${a.toStatus}` as MessageKey)}`,
          },
          { title: t("complaints.audit.actor"), dataIndex: "actorId", className: "code" },
          { title: t("complaints.audit.reason"), dataIndex: "reason", className: "plain-text" },
        ]}
      />
    </div>
  );
}
