import { Alert, Button, DatePicker, Form, Input, Space } from "antd";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { DATE_INPUT_FORMATS, isoOf, type Dayjs } from "../../../ui/dayjs.ts";
import { actsForTeam, useCurrentUser } from "../access.ts";
import { CLOSE_INSPECTION, CONCLUDE_INSPECTION, type InspectionDetail } from "../inspections-api.ts";
import { useInspectionMutation } from "./use-inspection-mutation.ts";

interface ConclusionFields {
  conclusionNumber: string;
  concludedOn: Dayjs | null;
}

/**
 * Kết luận và kết thúc: the team or the city office records the conclusion notice's number and day while
 * the inspection runs (the notice is then made as DOCX), and closes a concluded inspection once every
 * recommendation is verified or carried over (the server refuses it before, with the reason).
 */
export function ConclusionCard({ inspection: i }: { inspection: InspectionDetail }) {
  const { t, lang } = useI18n();
  const team = actsForTeam(useCurrentUser(), i.team);
  const conclude = useInspectionMutation(CONCLUDE_INSPECTION, i.id);
  const close = useInspectionMutation(CLOSE_INSPECTION, i.id);
  if (!team || (i.status !== "STARTED" && i.status !== "CONCLUDED")) return null;

  return (
    <div className="card no-print">
      <h2>{t(i.status === "STARTED" ? "inspections.conclude.heading" : "inspections.close.heading")}</h2>
      {i.status === "STARTED" ? (
        <Form<ConclusionFields>
          name="conclusion"
          layout="vertical"
          onFinish={(v) =>
            void conclude
              .mutateAsync({ id: i.id, input: { conclusionNumber: v.conclusionNumber.trim(), concludedOn: isoOf(v.concludedOn) ?? "" } })
              .catch(() => undefined)
          }
        >
          <Space wrap align="start">
            <Form.Item
              label={t("inspections.conclude.number")}
              name="conclusionNumber"
              rules={[{ required: true, whitespace: true, message: t("inspections.conclude.numberRequired") }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              label={t("inspections.conclude.day")}
              name="concludedOn"
              rules={[{ required: true, message: t("inspections.team.dateRequired") }]}
            >
              <DatePicker format={DATE_INPUT_FORMATS} />
            </Form.Item>
          </Space>
          {conclude.isError && <Alert type="error" title={errorText(conclude.error, lang, t)} />}
          <Button type="primary" htmlType="submit" loading={conclude.isPending}>
            {t("inspections.conclude.submit")}
          </Button>
        </Form>
      ) : (
        <>
          <p>{t("inspections.close.hint")}</p>
          {close.isError && <Alert type="error" title={errorText(close.error, lang, t)} />}
          <Button loading={close.isPending} onClick={() => close.mutate({ id: i.id })}>
            {t("inspections.close.submit")}
          </Button>
        </>
      )}
    </div>
  );
}
