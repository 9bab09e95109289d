import { Alert, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider.tsx";

interface Props {
  open: boolean;
  title: string;
  /** The text field's label. */
  label: string;
  okText: string;
  /** Called with the trimmed reason; resolves to an error text to show, or null when done. */
  onSubmit(reason: string): Promise<string | null>;
  onCancel(): void;
}

/**
 * Asks for a reason in a dialog (a return, a refusal) instead of window.prompt: labelled, required
 * with a Vietnamese message, kept open with the server's refusal shown when the action fails.
 */
export function ReasonModal({ open, title, label, okText, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    const { reason } = await form.validateFields();
    setBusy(true);
    setError(null);
    const failure = await onSubmit(reason.trim());
    setBusy(false);
    if (failure) setError(failure);
    else form.resetFields();
  }

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t("common.cancel")}
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        setError(null);
        form.resetFields();
        onCancel();
      }}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} />}
      <Form form={form} layout="vertical" name="reason" onFinish={() => void submit()}>
        <Form.Item label={label} name="reason" rules={[{ required: true, whitespace: true, message: t("common.reasonRequired") }]}>
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
