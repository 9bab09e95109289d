import { Button, Form, Input, Space } from "antd";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { SAVE_REPORT_NARRATIVE, SUBMIT_UNIT_REPORT, type UnitReport } from "../reporting-api.ts";
import { useReportMutation } from "./outcome.ts";

/**
 * Thuyết minh: the unit's account of the period. Its officer writes it, saves it, and submits the report
 * (the text in the box is saved first, so what is submitted is what is shown); everyone else reads it.
 */
export function NarrativeCard({ report, editable, canSubmit }: { report: UnitReport; editable: boolean; canSubmit: boolean }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ narrative: string }>();
  const save = useReportMutation(SAVE_REPORT_NARRATIVE, t("reports.narrative.saved"));
  const submit = useReportMutation(SUBMIT_UNIT_REPORT, t("reports.submit.done"));

  /** Saves the text; before a submission only when it changed. */
  async function saveText(onlyIfChanged: boolean): Promise<boolean> {
    const narrative = (form.getFieldValue("narrative") as string | undefined) ?? "";
    if (onlyIfChanged && narrative === (report.narrative ?? "")) return true;
    return save.run({ id: report.id, narrative });
  }

  async function submitReport() {
    await form.validateFields();
    if (await saveText(true)) await submit.run({ id: report.id });
  }

  return (
    <section aria-labelledby="narrative-title" className="kit-stack">
      <h2 id="narrative-title">{t("reports.narrative.heading")}</h2>
      {editable ? (
        <Form form={form} layout="vertical" name="narrative" initialValues={{ narrative: report.narrative ?? "" }}>
          <Form.Item
            label={t("reports.narrative.label")}
            name="narrative"
            extra={t("reports.narrative.hint")}
            rules={[{ max: 50_000, message: t("reports.narrative.tooLong") }]}
          >
            <Input.TextArea rows={6} />
          </Form.Item>
          <Space wrap>
            <Button onClick={() => void saveText(false)} loading={save.pending}>
              {t("reports.narrative.save")}
            </Button>
            {canSubmit && (
              <Button
                type="primary"
                onClick={() => void submitReport().catch(() => undefined)}
                loading={submit.pending}
                disabled={save.pending}
              >
                {t("reports.submit")}
              </Button>
            )}
          </Space>
        </Form>
      ) : (
        <p className="report-narrative" data-testid="report-narrative">
          {report.narrative?.trim() ? report.narrative : t("reports.narrative.none")}
        </p>
      )}
    </section>
  );
}
