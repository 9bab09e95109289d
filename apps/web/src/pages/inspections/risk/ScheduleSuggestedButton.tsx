import { Alert, Button, Form, Input, InputNumber, Modal, Space } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { keys, useGraphQLMutation } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { todayInVietnam } from "../../../ui/dayjs.ts";
import { SCHEDULE_SUGGESTED } from "../inspections-api.ts";

interface ScheduleFields {
  year: number;
  month: number;
  focus?: string;
}

/**
 * Lên lịch kiểm tra: the city office turns a unit of the ranking into an unannounced inspection
 * (kiểm tra đột xuất) in a month it picks (this month by default); the focus is optional (the server
 * words a default). A past month or an unknown unit is refused in Vietnamese and the dialog stays open.
 * Saved, the new inspection's page opens, where the team is formed next.
 */
export function ScheduleSuggestedButton({ unitId, unitName }: { unitId: string; unitName: string }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ScheduleFields>();
  const schedule = useGraphQLMutation(SCHEDULE_SUGGESTED, [keys.inspections]);
  const today = todayInVietnam();
  const initial: ScheduleFields = { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };

  async function submit() {
    const v = await form.validateFields();
    const { scheduleSuggestedInspection } = await schedule.mutateAsync({
      input: { unitId, year: v.year, month: v.month, focus: v.focus?.trim() || null },
    });
    setOpen(false);
    void navigate(`/inspections/${scheduleSuggestedInspection.id}`);
  }

  return (
    <>
      <Button onClick={() => setOpen(true)} aria-label={t("inspections.risk.scheduleFor", { unit: unitName })}>
        {t("inspections.risk.schedule")}
      </Button>
      <Modal
        open={open}
        title={t("inspections.risk.scheduleTitle", { unit: unitName })}
        okText={t("inspections.risk.schedule")}
        cancelText={t("common.cancel")}
        confirmLoading={schedule.isPending}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => {
          schedule.reset();
          setOpen(false);
        }}
        destroyOnHidden
      >
        <p className="secondary">{t("inspections.risk.scheduleHint")}</p>
        {schedule.isError && <Alert type="error" title={errorText(schedule.error, lang, t)} />}
        <Form<ScheduleFields> form={form} name="scheduleSuggested" layout="vertical" initialValues={initial} preserve={false}>
          <Space wrap align="start">
            <Form.Item
              label={t("inspections.year")}
              name="year"
              rules={[{ required: true, type: "number", min: 2000, max: 2100, message: t("inspections.risk.yearInvalid") }]}
            >
              <InputNumber />
            </Form.Item>
            <Form.Item
              label={t("inspections.risk.month")}
              name="month"
              rules={[{ required: true, type: "number", min: 1, max: 12, message: t("inspections.risk.monthInvalid") }]}
            >
              <InputNumber />
            </Form.Item>
          </Space>
          <Form.Item label={t("inspections.col.focus")} name="focus">
            <Input.TextArea rows={2} placeholder={t("inspections.risk.focusPlaceholder")} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
