import { formatDate } from "../../../i18n/dates.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../i18n/vi.ts";
import { formatInstant, type ComplaintDetail } from "../complaints-query.ts";

/** The record at a glance: status, channel, receipt, regulation, classification, units and legal deadlines. */
export function FactsCard({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t, lang } = useI18n();
  return (
    <div className="card">
      <dl className="facts">
        <dt>{t("complaints.col.status")}</dt>
        <dd data-testid="complaint-status">{c.statusText[lang]}</dd>
        <dt>{t("complaints.channel")}</dt>
        <dd>{t(`complaints.channel.${c.channel}` as MessageKey)}</dd>
        <dt>{t("complaints.col.received")}</dt>
        <dd>{formatInstant(c.receivedAt)}</dd>
        <dt>{t("complaints.col.regulation")}</dt>
        <dd>{c.regulation}</dd>
        {c.classification && (
          <>
            <dt>{t("complaints.field")}</dt>
            <dd>
              {c.classification.field} · {t(`complaints.kind.${c.classification.kind}` as MessageKey)} · {c.classification.regulation}
            </dd>
          </>
        )}
        <dt>{t("complaints.col.units")}</dt>
        <dd>{c.units.length ? c.units.map((u) => (u.lead ? `${u.name} (${t("complaints.lead")})` : u.name)).join("; ") : "—"}</dd>
        <dt>{t("complaints.dueDates")}</dt>
        <dd>
          {t("complaints.dueLine", {
            classify: formatDate(c.due.classify),
            handle: c.due.handle ? formatDate(c.due.handle) : "—",
            answer: formatDate(c.due.answer),
          })}
          {c.extended && ` · ${t("complaints.extended")}: ${c.extensionReason ?? ""}`}
        </dd>
        {c.rating && (
          <>
            <dt>{t("complaints.rating")}</dt>
            <dd data-testid="complaint-rating">
              {t(c.rating.satisfied ? "pakn.rating.satisfied" : "pakn.rating.unsatisfied")} · {formatInstant(c.rating.ratedAt)}
              {/* The comment reaches only readers who may read the PAKN's content (the field policy). */}
              {c.rating.comment && <div style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{c.rating.comment}</div>}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
