import { Alert, Button, DatePicker, Form, Input, Select, Space } from "antd";
import { useState } from "react";
import { formatDate } from "../../../i18n/dates.ts";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { DATE_INPUT_FORMATS, formatInstant, isoOf, type Dayjs } from "../../../ui/dayjs.ts";
import { actsForTeam, useCurrentUser } from "../access.ts";
import {
  ISSUE_RECOMMENDATION,
  RECORD_FINDING,
  SEVERITIES,
  type Finding,
  type InspectionDetail,
  type Severity,
} from "../inspections-api.ts";
import { recommendationStatusKey, severityKey } from "../labels.ts";
import { useInspectionMutation } from "./use-inspection-mutation.ts";

/** Phát hiện và kiến nghị: what the team found and what it asks the unit to fix; the team records them while the inspection runs. */
export function FindingsCard({ inspection: i }: { inspection: InspectionDetail }) {
  const { t } = useI18n();
  const team = actsForTeam(useCurrentUser(), i.team) && i.status === "STARTED";
  return (
    <div className="card">
      <h2>{t("inspections.findings.heading")}</h2>
      {i.findings.length === 0 && <p>{t("inspections.findings.none")}</p>}
      {i.findings.map((f, index) => (
        <FindingItem key={f.id} inspection={i} finding={f} index={index + 1} team={team} />
      ))}
      {team && <FindingForm inspection={i} />}
    </div>
  );
}

function FindingItem({
  inspection: i,
  finding: f,
  index,
  team,
}: {
  inspection: InspectionDetail;
  finding: Finding;
  index: number;
  team: boolean;
}) {
  const { t } = useI18n();
  const criterion = i.checklist.flatMap((g) => g.criteria).find((c) => c.id === f.criterionId);
  return (
    <article className="finding" aria-label={t("inspections.findings.item", { n: index })}>
      <h3>
        {t("inspections.findings.item", { n: index })} · {t(severityKey(f.severity))}
        {criterion && ` · ${criterion.code}`}
      </h3>
      <p>{f.description}</p>
      <p className="secondary">{t("inspections.findings.recordedAt", { at: formatInstant(f.recordedAt) })}</p>
      {f.recommendations.length > 0 && (
        <ul>
          {f.recommendations.map((r) => (
            <li key={r.id}>
              {r.text} — {r.responsibleUnitName} · {t("inspections.rec.due", { day: formatDate(r.dueDay) })} ·{" "}
              <strong>{t(recommendationStatusKey(r.status))}</strong>
            </li>
          ))}
        </ul>
      )}
      {team && <RecommendationForm inspection={i} finding={f} />}
    </article>
  );
}

interface FindingFields {
  criterionId?: string;
  severity: Severity;
  description: string;
}

function FindingForm({ inspection: i }: { inspection: InspectionDetail }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<FindingFields>();
  const record = useInspectionMutation(RECORD_FINDING, i.id);
  const criteria = i.checklist.flatMap((g) => g.criteria);
  return (
    <Form<FindingFields>
      form={form}
      name="finding"
      layout="vertical"
      initialValues={{ criterionId: "", severity: "MINOR", description: "" }}
      onFinish={(v) =>
        void record
          .mutateAsync({
            inspectionId: i.id,
            input: { criterionId: v.criterionId || null, severity: v.severity, description: v.description.trim() },
          })
          .then(
            () => form.resetFields(),
            () => undefined,
          )
      }
    >
      <h3>{t("inspections.findings.new")}</h3>
      <Space wrap align="start">
        <Form.Item label={t("inspections.findings.criterion")} name="criterionId" style={{ minWidth: "16rem" }}>
          <Select
            options={[
              { value: "", label: t("inspections.findings.whole") },
              ...criteria.map((c) => ({ value: c.id, label: `${c.code} ${c.text}` })),
            ]}
          />
        </Form.Item>
        <Form.Item label={t("inspections.findings.severity")} name="severity">
          <Select style={{ minWidth: "9rem" }} options={SEVERITIES.map((s) => ({ value: s, label: t(severityKey(s)) }))} />
        </Form.Item>
      </Space>
      <Form.Item
        label={t("inspections.findings.description")}
        name="description"
        rules={[{ required: true, whitespace: true, message: t("inspections.findings.descriptionRequired") }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      {record.isError && <Alert type="error" title={errorText(record.error, lang, t)} />}
      <Button htmlType="submit" type="primary" loading={record.isPending}>
        {t("inspections.findings.record")}
      </Button>
    </Form>
  );
}

interface RecommendationFields {
  text: string;
  dueDay: Dayjs | null;
}

function RecommendationForm({ inspection: i, finding: f }: { inspection: InspectionDetail; finding: Finding }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<RecommendationFields>();
  const issue = useInspectionMutation(ISSUE_RECOMMENDATION, i.id);
  if (!open) return <Button onClick={() => setOpen(true)}>{t("inspections.rec.new")}</Button>;
  return (
    <Form<RecommendationFields>
      form={form}
      name={`recommendation-${f.id}`}
      layout="vertical"
      onFinish={(v) =>
        void issue.mutateAsync({ findingId: f.id, input: { text: v.text.trim(), dueDay: isoOf(v.dueDay) } }).then(
          () => setOpen(false),
          () => undefined,
        )
      }
    >
      <Form.Item
        label={t("inspections.rec.text")}
        name="text"
        rules={[{ required: true, whitespace: true, message: t("inspections.rec.textRequired") }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item
        label={t("inspections.rec.dueDay")}
        name="dueDay"
        rules={[{ required: true, message: t("inspections.team.dateRequired") }]}
      >
        <DatePicker format={DATE_INPUT_FORMATS} />
      </Form.Item>
      {issue.isError && <Alert type="error" title={errorText(issue.error, lang, t)} />}
      <Space>
        <Button htmlType="submit" type="primary" loading={issue.isPending}>
          {t("inspections.rec.issue")}
        </Button>
        <Button onClick={() => setOpen(false)}>{t("common.cancel")}</Button>
      </Space>
    </Form>
  );
}
