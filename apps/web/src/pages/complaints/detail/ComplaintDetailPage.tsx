import { Alert } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { DETAIL_QUERY } from "../complaints-query.ts";
import { ActionsPanel } from "./ActionsPanel.tsx";
import { AnswerCard, ContributionCard, ReturnedCard } from "./AnswerCards.tsx";
import { AuditCard } from "./AuditCard.tsx";
import { ContentCard } from "./ContentCard.tsx";
import { FactsCard } from "./FactsCard.tsx";
import { OutcomeContext, type Outcome } from "./lifecycle.tsx";
import { SenderCard } from "./SenderCard.tsx";

/**
 * Chi tiết PAKN: the record, the sender (each read logged), the lifecycle actions the server allows
 * and the audit trail. Each card and each action is its own component (this folder, actions/); every
 * action is a typed mutation (detail-mutations.ts) run through useLifecycleMutation, which reports
 * its outcome to the one line above the actions.
 */
export function ComplaintDetailPage() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const detail = useGraphQLQuery(keys.complaint(id), DETAIL_QUERY, { id });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const complaint = detail.data?.complaint;
  const failure = outcome && !outcome.ok ? outcome.error : detail.isError ? detail.error : null;
  const error = failure != null ? errorText(failure, lang, t) : null;

  if (complaint === undefined)
    return error ? <Alert type="error" title={error} /> : <p className="page-status">{t("complaints.loading")}</p>;
  if (complaint === null) return <Alert type="error" title={t("complaints.notFound")} />;
  const c = complaint;

  return (
    <section aria-labelledby="page-title" className="stack">
      <p>
        <Link to="/complaints">← {t("complaints.inbox.heading")}</Link>
      </p>
      <h1 id="page-title">
        {t("complaints.detail.heading")} {c.trackingCode}
      </h1>
      <FactsCard complaint={c} />
      <SenderCard complaint={c} />
      <ContentCard complaint={c} />
      {c.answer && <AnswerCard answer={c.answer} />}
      {c.contributions.map((k) => (
        <ContributionCard key={k.at} contribution={k} />
      ))}
      {c.returnedReason && <ReturnedCard complaint={c} />}

      {error && <Alert type="error" title={error} />}
      {outcome?.ok && <Alert type="success" role="status" title={t("complaints.saved")} />}

      <OutcomeContext.Provider value={setOutcome}>
        <ActionsPanel complaint={c} />
      </OutcomeContext.Provider>

      <AuditCard complaint={c} />
    </section>
  );
}
