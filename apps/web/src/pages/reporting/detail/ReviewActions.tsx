import { Button, DatePicker, Form, Input, Space } from "antd";
import { useState } from "react";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { DATE_INPUT_FORMATS, isoOf, todayInVietnam, dayOf, type Dayjs } from "../../../ui/dayjs.ts";
import { ReasonModal } from "../../../ui/ReasonModal.tsx";
import { ACCEPT_UNIT_REPORT, GRANT_REPORT_EXCEPTION, RETURN_UNIT_REPORT, type ReportAction, type UnitReport } from "../reporting-api.ts";
import { useReportMutation } from "./outcome.ts";

/** The city office's side: accept (an optional comment) or return with a comment; reopen a locked report until a day. */
export function ReviewActions({ report, can }: { report: UnitReport; can(action: ReportAction): boolean }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="review-title" className="kit-stack">
      <h2 id="review-title">{t("reports.review.heading")}</h2>
      {(can("ACCEPT") || can("RETURN")) && <Review report={report} canAccept={can("ACCEPT")} canReturn={can("RETURN")} />}
      {can("GRANT_EXCEPTION") && <GrantException report={report} />}
    </section>
  );
}

function Review({ report, canAccept, canReturn }: { report: UnitReport; canAccept: boolean; canReturn: boolean }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<{ comment?: string }>();
  const accept = useReportMutation(ACCEPT_UNIT_REPORT, t("reports.review.accepted"));
  const giveBack = useReportMutation(RETURN_UNIT_REPORT, t("reports.review.returned"));
  const [returning, setReturning] = useState(false);

  return (
    <Form form={form} layout="vertical" name="review">
      {canAccept && (
        <Form.Item label={t("reports.review.comment")} name="comment">
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <Space wrap>
        {canAccept && (
          <Button
            type="primary"
            loading={accept.pending}
            onClick={() =>
              void accept.run({ id: report.id, comment: (form.getFieldValue("comment") as string | undefined)?.trim() || null })
            }
          >
            {t("reports.review.accept")}
          </Button>
        )}
        {canReturn && <Button onClick={() => setReturning(true)}>{t("reports.review.return")}</Button>}
      </Space>
      <ReasonModal
        open={returning}
        title={t("reports.review.returnTitle")}
        label={t("reports.review.returnComment")}
        okText={t("reports.review.return")}
        onCancel={() => setReturning(false)}
        onSubmit={async (comment) => {
          const failure = await giveBack.attempt({ id: report.id, comment });
          if (failure !== null) return errorText(failure, lang, t);
          setReturning(false);
          return null;
        }}
      />
    </Form>
  );
}

function GrantException({ report }: { report: UnitReport }) {
  const { t } = useI18n();
  const grant = useReportMutation(GRANT_REPORT_EXCEPTION, t("reports.exception.granted"));
  const today = todayInVietnam();
  return (
    <Form<{ until: Dayjs }>
      layout="vertical"
      name="exception"
      onFinish={({ until }) => void grant.run({ id: report.id, until: isoOf(until)! })}
    >
      <p>{t("reports.exception.hint")}</p>
      <Form.Item
        label={t("reports.exception.until")}
        name="until"
        rules={[{ required: true, message: t("reports.exception.untilRequired") }]}
      >
        <DatePicker format={DATE_INPUT_FORMATS} disabledDate={(d) => d.isBefore(dayOf(today)!, "day")} />
      </Form.Item>
      <Button htmlType="submit" loading={grant.pending}>
        {t("reports.exception.grant")}
      </Button>
    </Form>
  );
}
