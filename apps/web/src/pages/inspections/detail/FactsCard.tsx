import { Alert, Button, Space } from "antd";
import { useState } from "react";
import { saveBlob } from "../../../api/client.ts";
import { useSession } from "../../../auth/SessionProvider.tsx";
import { formatDate } from "../../../i18n/dates.ts";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { formatInstant } from "../../../ui/dayjs.ts";
import { EXPORT_RECORD, type InspectionDetail } from "../inspections-api.ts";
import { dayRange, statusKey, typeKey } from "../labels.ts";

/** The inspection at a glance: status, type, focus, window and visit, the decision, the self-assessment's due day, the documents. */
export function FactsCard({ inspection: i }: { inspection: InspectionDetail }) {
  const { t } = useI18n();
  return (
    <div className="card">
      <dl className="facts">
        <dt>{t("inspections.col.status")}</dt>
        <dd data-testid="inspection-status">{t(statusKey(i.status))}</dd>
        <dt>{t("inspections.col.type")}</dt>
        <dd>{t(typeKey(i.type))}</dd>
        <dt>{t("inspections.col.focus")}</dt>
        <dd>{i.focus}</dd>
        <dt>{t("inspections.window")}</dt>
        <dd>{dayRange(i.windowStart, i.windowEnd)}</dd>
        <dt>{t("inspections.visit")}</dt>
        <dd>{i.startDay && i.endDay ? dayRange(i.startDay, i.endDay) : "—"}</dd>
        <dt>{t("inspections.template")}</dt>
        <dd data-testid="inspection-template">
          {i.template ? t("inspections.templateVersion", { name: i.template.name, version: i.template.version }) : "—"}
        </dd>
        <dt>{t("inspections.decision")}</dt>
        <dd>{i.decisionNumber ? `${i.decisionNumber} · ${formatDate(i.decisionDate ?? "")}` : "—"}</dd>
        <dt>{t("inspections.selfDue")}</dt>
        <dd>
          {i.selfAssessmentDue ? formatDate(i.selfAssessmentDue) : "—"}
          {i.selfSubmittedAt && ` · ${t("inspections.selfSubmitted", { at: formatInstant(i.selfSubmittedAt) })}`}
          {i.selfAssessmentLate && ` · ${t("inspections.selfLate")}`}
        </dd>
        {i.conclusionNumber && (
          <>
            <dt>{t("inspections.conclusion")}</dt>
            <dd>
              {i.conclusionNumber} · {formatDate(i.concludedOn ?? "")}
            </dd>
          </>
        )}
      </dl>
      <Documents inspection={i} />
    </div>
  );
}

/** The record (biên bản kiểm tra) as it stands, made on request; the conclusion notice once issued. */
function Documents({ inspection: i }: { inspection: InspectionDetail }) {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function download(file: () => Promise<{ url: string; name: string }>) {
    setBusy(true);
    setError(null);
    try {
      const { url, name } = await file();
      saveBlob(await api.download(url), name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Space wrap className="no-print">
        <Button
          loading={busy}
          onClick={() => void download(async () => (await api.request(EXPORT_RECORD, { id: i.id })).exportInspectionRecord)}
        >
          {t("inspections.record.download")}
        </Button>
        {i.conclusionNotice && (
          <Button onClick={() => void download(() => Promise.resolve(i.conclusionNotice!))}>{t("inspections.notice.download")}</Button>
        )}
      </Space>
      {error != null && <Alert type="error" title={errorText(error, lang, t)} />}
    </>
  );
}
