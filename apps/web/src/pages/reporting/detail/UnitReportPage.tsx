import { Alert } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { REPORT_KINDS_QUERY, reportsLink, UNIT_REPORT_QUERY } from "../reporting-api.ts";
import { FiguresTable } from "./FiguresTable.tsx";
import { NarrativeCard } from "./NarrativeCard.tsx";
import { OutcomeContext, type Outcome } from "./outcome.ts";
import { ReportFacts } from "./ReportFacts.tsx";
import { ReviewActions } from "./ReviewActions.tsx";

/**
 * Báo cáo của đơn vị: the facts, the form's figures pre-filled from the projections (corrections with
 * their reason beside the projected figure), the narrative and submission for the unit's officer, and
 * the city office's review and exception. Only the actions the server allows the reader (allowedActions)
 * are shown; each reports its outcome to the one line above the figures.
 */
export function UnitReportPage() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const detail = useGraphQLQuery(keys.report(id), UNIT_REPORT_QUERY, { id });
  const kinds = useGraphQLQuery(keys.reportKinds, REPORT_KINDS_QUERY, undefined, { staleTime: 10 * 60_000 });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const report = detail.data?.unitReport;

  if (!report) {
    return detail.isError ? (
      <Alert type="error" title={errorText(detail.error, lang, t)} />
    ) : (
      <p className="page-status" role="status">
        {t("reports.loading")}
      </p>
    );
  }
  const kind = kinds.data?.reportKinds.find((k) => k.code === report.kindCode);
  const unitName = report.unit.name;
  const can = (action: (typeof report.allowedActions)[number]) => report.allowedActions.includes(action);
  const failure = outcome && !outcome.ok ? errorText(outcome.error, lang, t) : null;

  return (
    <section aria-labelledby="page-title" className="kit-stack">
      <p>
        <Link to={reportsLink(report.kindCode, report.periodKey)}>← {t("reports.heading")}</Link>
      </p>
      <h1 id="page-title">{t("reports.detail.heading", { unit: unitName, period: report.periodLabel })}</h1>
      <ReportFacts report={report} kindName={kind?.nameText[lang] ?? report.kindCode} />
      {failure && <Alert type="error" title={failure} />}
      {outcome?.ok && <Alert type="success" role="status" title={outcome.message} />}
      <OutcomeContext.Provider value={setOutcome}>
        <FiguresTable report={report} editable={can("EDIT")} />
        <NarrativeCard report={report} editable={can("EDIT")} canSubmit={can("SUBMIT")} />
        {(can("ACCEPT") || can("RETURN") || can("GRANT_EXCEPTION")) && <ReviewActions report={report} can={can} />}
      </OutcomeContext.Provider>
    </section>
  );
}
