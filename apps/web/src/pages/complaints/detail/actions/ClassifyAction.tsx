import { Button, Form, Input, Select } from "antd";
import { useI18n } from "../../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../../i18n/vi.ts";
import type { ComplaintKind } from "../../../../graphql/generated/graphql.ts";
import { CATEGORIES, type ComplaintDetail } from "../../complaints-query.ts";
import { CLASSIFY_COMPLAINT } from "../detail-mutations.ts";
import { useLifecycleMutation } from "../lifecycle.tsx";
import { requiredText, useAssignableUnits } from "../units.ts";
import { ActionPanel } from "./ActionPanel.tsx";

interface ClassifyFields {
  kind: ComplaintKind;
  category: string;
  field: string;
  regulation: string;
  concernedUnitId: string;
}

/** Phân loại: feedback or petition, its category, field and regulation, and the unit it concerns if any. */
export function ClassifyAction({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  // The PAKN is about a unit as it was when the PAKN arrived (a ward merged since is still named).
  const units = useAssignableUnits(complaint.receivedDay);
  const { run, pending } = useLifecycleMutation(CLASSIFY_COMPLAINT);
  const required = (label: MessageKey) => requiredText(t("complaints.fieldRequired", { field: t(label) }));
  return (
    <ActionPanel title="complaints.action.classify">
      <Form<ClassifyFields>
        name="classify"
        layout="vertical"
        className="stack"
        initialValues={{ kind: "FEEDBACK", category: "other", field: "", regulation: complaint.regulation ?? "", concernedUnitId: "" }}
        onFinish={(v) => void run({ id: complaint.id, input: { ...v, concernedUnitId: v.concernedUnitId || null } })}
      >
        <Form.Item label={t("complaints.kindLabel")} name="kind">
          <Select
            options={[
              { value: "FEEDBACK", label: t("complaints.kind.FEEDBACK") },
              { value: "PETITION", label: t("complaints.kind.PETITION") },
            ]}
          />
        </Form.Item>
        <Form.Item label={t("complaints.category")} name="category">
          <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`complaints.category.${c}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item label={t("complaints.field")} name="field" rules={required("complaints.field")}>
          <Input />
        </Form.Item>
        <Form.Item label={t("complaints.col.regulation")} name="regulation" rules={required("complaints.col.regulation")}>
          <Input />
        </Form.Item>
        <Form.Item label={t("complaints.concernedUnit")} name="concernedUnitId">
          <Select showSearch={{ optionFilterProp: "label" }} options={[{ value: "", label: t("complaints.none") }, ...units]} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t("complaints.action.classify")}
        </Button>
      </Form>
    </ActionPanel>
  );
}
