import { Alert, Form, Input, InputNumber, Modal } from "antd";
import { useState } from "react";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { CORRECT_REPORT_FIGURE, type ReportFigure } from "../reporting-api.ts";
import { useReportMutation } from "./outcome.ts";

interface Fields {
  value: number;
  reason: string;
}

/** Replace a pre-filled figure: the figure from the projections stays in view (and on the server), a reason is required. */
export function CorrectFigureModal({ reportId, figure, onClose }: { reportId: string; figure: ReportFigure; onClose(): void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Fields>();
  const correct = useReportMutation(CORRECT_REPORT_FIGURE, t("reports.figures.corrected"));
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    const { value, reason } = await form.validateFields();
    setError(null);
    const failure = await correct.attempt({ id: reportId, indicatorCode: figure.code, value, reason: reason.trim() });
    if (failure === null) onClose();
    else setError(errorText(failure, lang, t));
  }

  return (
    <Modal
      open
      title={t("reports.figures.correctTitle", { indicator: `${figure.groupName}: ${figure.label}` })}
      okText={t("reports.figures.save")}
      cancelText={t("common.cancel")}
      confirmLoading={correct.pending}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} />}
      <p data-testid="projected-figure">{t("reports.figures.projectedLine", { value: figure.projected })}</p>
      <Form<Fields>
        form={form}
        layout="vertical"
        name="correctFigure"
        initialValues={{ value: figure.value, reason: figure.correctionReason ?? "" }}
        onFinish={() => void submit().catch(() => undefined)}
      >
        <Form.Item
          label={t("reports.figures.newValue")}
          name="value"
          rules={[{ required: true, type: "integer", min: 0, message: t("reports.figures.valueInvalid") }]}
        >
          <InputNumber min={0} precision={0} style={{ width: "12rem" }} autoFocus />
        </Form.Item>
        <Form.Item
          label={t("reports.figures.reason")}
          name="reason"
          rules={[
            { required: true, whitespace: true, message: t("reports.figures.reasonRequired") },
            { min: 5, message: t("reports.figures.reasonRequired") },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
