import { Button } from "antd";
import { useI18n } from "../../../../i18n/I18nProvider.tsx";
import { SEND_COMPLAINT_ANSWER } from "../detail-mutations.ts";
import { useLifecycleMutation } from "../lifecycle.tsx";

/** Gửi trả lời: the approved answer goes to the sender; nothing to fill in, so a button and no panel. */
export function SendAnswerAction({ id }: { id: string }) {
  const { t } = useI18n();
  const { run, pending } = useLifecycleMutation(SEND_COMPLAINT_ANSWER);
  return (
    <Button type="primary" loading={pending} onClick={() => void run({ id })}>
      {t("complaints.action.send")}
    </Button>
  );
}
