import { Button, Form, Input } from "antd";
import { useI18n } from "../../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../../i18n/vi.ts";
import { RETURN_COMPLAINT } from "../detail-mutations.ts";
import { useLifecycleMutation } from "../lifecycle.tsx";
import { requiredText } from "../units.ts";
import { ActionPanel } from "./ActionPanel.tsx";

/** Trả lại (out of scope): the reason and where the sender should go instead, both shown to the sender. */
export function ReturnAction({ id }: { id: string }) {
  const { t } = useI18n();
  const { run, pending } = useLifecycleMutation(RETURN_COMPLAINT);
  const required = (label: MessageKey) => requiredText(t("complaints.fieldRequired", { field: t(label) }));
  return (
    <ActionPanel title="complaints.action.return">
      <Form<{ reason: string; guidance: string }>
        name="return"
        layout="vertical"
        className="stack"
        onFinish={({ reason, guidance }) => void run({ id, reason, guidance })}
      >
        <Form.Item label={t("complaints.reason")} name="reason" rules={required("complaints.reason")}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t("complaints.guidance")} name="guidance" rules={required("complaints.guidance")}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t("complaints.action.return")}
        </Button>
      </Form>
    </ActionPanel>
  );
}
