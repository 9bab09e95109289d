import { useMutation } from "@tanstack/react-query";
import { useSession } from "../../../auth/SessionProvider.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { REVEAL_SENDER, type ComplaintDetail } from "../complaints-query.ts";
import { ReasonForm } from "./ReasonForm.tsx";

/**
 * Người gửi: hidden unless the reader's role sees it; revealing it takes a reason, and the server logs
 * each read. The revealed sender stays on this page only (never in the shared cache).
 */
export function SenderCard({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t, lang } = useI18n();
  const { api } = useSession();
  const reveal = useMutation({ mutationFn: (reason: string) => api.request(REVEAL_SENDER, { id: c.id, reason }) });
  const sender = c.sender ?? reveal.data?.revealComplaintSender;
  return (
    <div className="card">
      <h2>{t("complaints.sender")}</h2>
      {sender ? (
        <dl className="facts" data-testid="sender">
          <dt>{t("pakn.senderName")}</dt>
          <dd>{sender.name}</dd>
          <dt>{t("pakn.senderAddress")}</dt>
          <dd>{sender.address}</dd>
          <dt>{t("pakn.senderPhone")}</dt>
          <dd>{sender.phone ?? "—"}</dd>
          <dt>{t("pakn.senderEmail")}</dt>
          <dd>{sender.email ?? "—"}</dd>
        </dl>
      ) : (
        <>
          <p className="notice" data-testid="sender-hidden">
            {t("complaints.senderHidden")}
          </p>
          <ReasonForm
            label="complaints.revealReason"
            button="complaints.reveal"
            pending={reveal.isPending}
            onSubmit={(reason) =>
              reveal.mutateAsync(reason).then(
                () => true,
                () => false,
              )
            }
          />
          {reveal.isError && <p className="field-error">{errorText(reveal.error, lang, t)}</p>}
        </>
      )}
    </div>
  );
}
