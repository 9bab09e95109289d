import { formatDate } from "../../../i18n/dates.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../i18n/vi.ts";
import type { ComplaintDetail } from "../complaints-query.ts";

/** The answer drafted by the lead unit, with the document that carries it and where it stands. */
export function AnswerCard({ answer }: { answer: NonNullable<ComplaintDetail["answer"]> }) {
  const { t } = useI18n();
  return (
    <div className="card">
      <h2>
        {t("complaints.answer")} — {t(`complaints.answerStatus.${answer.status}` as MessageKey)}
      </h2>
      <p className="secondary">{t("pakn.answerDocument", { number: answer.documentNumber, date: formatDate(answer.documentDate) })}</p>
      <p className="plain-text">{answer.text}</p>
    </div>
  );
}

/** What a contributing unit (phối hợp) added. */
export function ContributionCard({ contribution }: { contribution: ComplaintDetail["contributions"][number] }) {
  const { t } = useI18n();
  return (
    <div className="card">
      <h3>{t("complaints.contribution")}</h3>
      <p className="plain-text">{contribution.text}</p>
    </div>
  );
}

/** Returned as out of scope: the reason and the guidance the sender was given. */
export function ReturnedCard({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  return (
    <div className="card">
      <h2>{t("pakn.returned")}</h2>
      <p className="plain-text">{c.returnedReason}</p>
      <p className="plain-text">{c.returnedGuidance}</p>
    </div>
  );
}
