import { Button, Form, Input, Select } from "antd";
import { keys, useGraphQLQuery } from "../../../../api/query.tsx";
import { useI18n } from "../../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../../i18n/vi.ts";
import { DateField } from "../../../../ui/DateField.tsx";
import { TEMPLATES_QUERY } from "../../complaints-query.ts";
import { DRAFT_COMPLAINT_ANSWER } from "../detail-mutations.ts";
import { useLifecycleMutation } from "../lifecycle.tsx";
import { requiredText } from "../units.ts";
import { ActionPanel } from "./ActionPanel.tsx";

interface DraftFields {
  template?: string;
  text: string;
  number: string;
  date: string;
}

/** Dự thảo trả lời: the answer's text and the document that carries it (number, date), from a template if one fits. */
export function DraftAnswerAction({ id, field }: { id: string; field: string | null }) {
  const { t } = useI18n();
  const [form] = Form.useForm<DraftFields>();
  const { run, pending } = useLifecycleMutation(DRAFT_COMPLAINT_ANSWER);
  // Templates are optional help: without them the answer is written by hand.
  const templates =
    useGraphQLQuery([...keys.complaintSettings, "templates", field], TEMPLATES_QUERY, { field }).data?.complaintAnswerTemplates ?? [];
  const required = (label: MessageKey) => requiredText(t("complaints.fieldRequired", { field: t(label) }));
  return (
    <ActionPanel title="complaints.action.draft">
      <Form<DraftFields>
        form={form}
        name="draft"
        layout="vertical"
        className="stack"
        onFinish={(v) => void run({ id, text: v.text, documentNumber: v.number, documentDate: v.date })}
      >
        {templates.length > 0 && (
          <Form.Item label={t("complaints.templates.pick")} name="template">
            <Select
              allowClear
              placeholder={t("complaints.templates.none")}
              options={templates.map((tpl) => ({ value: tpl.id, label: tpl.title }))}
              onChange={(templateId?: string) => {
                const tpl = templates.find((x) => x.id === templateId);
                if (tpl) form.setFieldValue("text", tpl.text);
              }}
            />
          </Form.Item>
        )}
        <Form.Item label={t("complaints.answerText")} name="text" rules={required("complaints.answerText")}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Form.Item label={t("complaints.documentNumber")} name="number" rules={required("complaints.documentNumber")}>
          <Input />
        </Form.Item>
        <Form.Item label={t("complaints.documentDate")} name="date" rules={[{ required: true, message: t("complaints.badDate") }]}>
          <DateField />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t("complaints.action.draft")}
        </Button>
      </Form>
    </ActionPanel>
  );
}
