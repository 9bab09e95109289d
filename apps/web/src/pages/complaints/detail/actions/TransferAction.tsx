import { Button, Form, Select } from "antd";
import { useI18n } from "../../../../i18n/I18nProvider.tsx";
import { TRANSFER_COMPLAINT } from "../detail-mutations.ts";
import { useLifecycleMutation } from "../lifecycle.tsx";
import { useAssignableUnits } from "../units.ts";
import { ActionPanel } from "./ActionPanel.tsx";

/** Chuyển xử lý: one lead unit (chủ trì) and any others that contribute (phối hợp). */
export function TransferAction({ id }: { id: string }) {
  const { t } = useI18n();
  // The units that can take the PAKN on the day it is transferred (today): a unit closed since the PAKN
  // arrived no longer handles anything, and its successor — perhaps created after receipt — does.
  const options = useAssignableUnits(null);
  const { run, pending } = useLifecycleMutation(TRANSFER_COMPLAINT);
  return (
    <ActionPanel title="complaints.action.transfer">
      <Form<{ lead: string; others?: string[] }>
        name="transfer"
        layout="vertical"
        className="stack"
        onFinish={({ lead, others = [] }) =>
          void run({
            id,
            units: [{ unitId: lead, lead: true }, ...others.filter((o) => o !== lead).map((unitId) => ({ unitId, lead: false }))],
          })
        }
      >
        <Form.Item
          label={t("complaints.leadUnit")}
          name="lead"
          rules={[{ required: true, message: t("complaints.fieldRequired", { field: t("complaints.leadUnit") }) }]}
        >
          <Select showSearch={{ optionFilterProp: "label" }} placeholder={t("complaints.choose")} options={options} />
        </Form.Item>
        <Form.Item label={t("complaints.otherUnits")} name="others">
          <Select mode="multiple" showSearch={{ optionFilterProp: "label" }} options={options} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t("complaints.action.transfer")}
        </Button>
      </Form>
    </ActionPanel>
  );
}
