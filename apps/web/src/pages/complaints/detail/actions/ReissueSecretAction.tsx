import { useMutation } from "@tanstack/react-query";
import { Button } from "antd";
import { useSession } from "../../../../auth/SessionProvider.tsx";
import { errorText } from "../../../../i18n/error-message.ts";
import { useI18n } from "../../../../i18n/I18nProvider.tsx";
import { REISSUE_SECRET } from "../../complaints-query.ts";
import { ReasonForm } from "../ReasonForm.tsx";
import { ActionPanel } from "./ActionPanel.tsx";

/**
 * Cấp lại mã bí mật after an identity check: the new secret is shown once, on a printable receipt. It
 * changes nothing the page shows, so it reports here rather than on the page's outcome line.
 */
export function ReissueSecretAction({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { api } = useSession();
  const reissue = useMutation({ mutationFn: (reason: string) => api.request(REISSUE_SECRET, { id, reason }) });
  const receipt = reissue.data?.reissueComplaintSecret;
  return (
    <ActionPanel title="complaints.action.reissue">
      {receipt ? (
        <div className="card">
          <p className="receipt-code">{receipt.trackingCode}</p>
          <p className="receipt-code">{receipt.secret}</p>
          <Button onClick={() => window.print()}>{t("pakn.print")}</Button>
        </div>
      ) : (
        <ReasonForm
          label="complaints.identityCheck"
          button="complaints.action.reissue"
          pending={reissue.isPending}
          onSubmit={(reason) =>
            reissue.mutateAsync(reason).then(
              () => true,
              () => false,
            )
          }
        />
      )}
      {reissue.isError && <p className="field-error">{errorText(reissue.error, lang, t)}</p>}
    </ActionPanel>
  );
}
