import { Button, Form, Input } from "antd";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../i18n/vi.ts";

/** One text (a reason, a contribution, an identity check) and a button; cleared once the submit succeeds. */
export function ReasonForm({
  label,
  button,
  optional,
  pending,
  onSubmit,
}: {
  label: MessageKey;
  button: MessageKey;
  optional?: boolean;
  pending?: boolean;
  onSubmit(reason: string): Promise<boolean>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason?: string }>();
  return (
    <Form
      form={form}
      layout="vertical"
      className="stack"
      onFinish={({ reason }) => void onSubmit((reason ?? "").trim()).then((ok) => ok && form.resetFields())}
    >
      <Form.Item
        label={t(label)}
        name="reason"
        rules={optional ? [] : [{ required: true, whitespace: true, message: t("common.reasonRequired") }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t(button)}
      </Button>
    </Form>
  );
}
