import { Alert, Button, Checkbox, Form, Input, Modal, Select, Upload, type UploadFile } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { keys, useGraphQLMutation, useGraphQLQuery } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/DataTable.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { ExportXlsxButton } from "../../ui/ExportXlsxButton.tsx";
import { DueBadge, StatusBadge } from "./badges.tsx";
import { MY_OCCURRENCES, OCCURRENCE_STATUSES, REPORT_PROGRESS, type Occurrence, type OccurrenceStatus } from "./planning-api.ts";

/** Nhiệm vụ của tôi: the signed-in officer's unit's occurrences, soonest due first, and the progress dialog. */
export function MyTasksPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = (params.get("status") ?? "") as OccurrenceStatus | "";
  const overdue = params.get("overdue") === "1";
  const planId = params.get("plan");
  const variables = { status: status || null, overdue: overdue || null, planId };
  const query = useGraphQLQuery([...keys.occurrences, "mine", variables], MY_OCCURRENCES, variables, {
    placeholderData: (previous) => previous,
  });
  const rows = query.data?.myOccurrences ?? null;
  const error = query.isError ? errorText(query.error, lang, t) : null;
  const [reporting, setReporting] = useState<Occurrence | null>(null);

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  const columns: ColumnsType<Occurrence> = [
    { title: t("planning.col.number"), key: "number", render: (_, o) => o.task.label },
    {
      title: t("planning.col.content"),
      key: "content",
      className: "plan-text",
      render: (_, o) => (
        <>
          {o.task.content}
          <span className="secondary">{o.unitName}</span>
        </>
      ),
    },
    { title: t("planning.col.period"), dataIndex: "label" },
    {
      title: t("planning.col.due"),
      key: "due",
      className: "nowrap",
      sorter: (a, b) => a.dueDay.localeCompare(b.dueDay),
      render: (_, o) => (
        <>
          {formatDate(o.dueDay)} <DueBadge occurrence={o} />
        </>
      ),
    },
    { title: t("planning.col.status"), key: "status", render: (_, o) => <StatusBadge occurrence={o} /> },
    {
      title: <span className="visually-hidden">{t("planning.col.actions")}</span>,
      key: "actions",
      render: (_, o) => <Button onClick={() => setReporting(o)}>{t("planning.report.open")}</Button>,
    },
  ];

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("planning.my.heading")}</h1>
      <Form className="filters-row" role="search" aria-label={t("planning.filters")} layout="vertical" name="myTaskFilters">
        <Form.Item label={t("planning.filter.status")} htmlFor="my-status">
          <Select
            id="my-status"
            value={status}
            onChange={(value) => setFilter("status", value)}
            style={{ minWidth: "12rem" }}
            options={[
              { value: "", label: t("planning.filter.all") },
              ...OCCURRENCE_STATUSES.map((s) => ({ value: s, label: t(`planning.occ.${s}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item label=" " colon={false}>
          <Checkbox checked={overdue} onChange={(e) => setFilter("overdue", e.target.checked ? "1" : "")}>
            {t("planning.filter.overdueOnly")}
          </Checkbox>
        </Form.Item>
      </Form>
      {error && <Alert type="error" title={error} />}
      <p className="page-status" role="status">
        {rows === null
          ? error
            ? ""
            : t("planning.loading")
          : rows.length === 0
            ? t("planning.my.empty")
            : t("planning.my.count", { count: rows.length })}
      </p>
      {rows && rows.length > 0 && (
        <ExportXlsxButton
          fileName="nhiem-vu-cua-toi"
          header={[
            t("planning.col.number"),
            t("planning.col.content"),
            t("planning.filter.unit"),
            t("planning.col.period"),
            t("planning.col.due"),
            t("planning.col.status"),
          ]}
          rows={() =>
            rows.map((o) => [
              o.task.label,
              o.task.content,
              o.unitName ?? "",
              o.label,
              formatDate(o.dueDay),
              t(`planning.occ.${o.status}`) + (o.overdue ? ` · ${t("planning.due.overdue", { count: -o.workingDaysLeft })}` : ""),
            ])
          }
        />
      )}
      {rows && rows.length > 0 && (
        <DataTable<Occurrence>
          label={t("planning.my.heading")}
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={query.isFetching}
          pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
        />
      )}
      {reporting && <ProgressDialog occurrence={reporting} onClose={() => setReporting(null)} />}
    </section>
  );
}

interface ReportFields {
  status: OccurrenceStatus;
  note?: string;
  evidenceNumber?: string;
  evidenceDate?: string | null;
  evidenceLink?: string;
}

/** The progress report: status, note, evidence (a document number and day, a link, files uploaded with progress). */
function ProgressDialog({ occurrence, onClose }: { occurrence: Occurrence; onClose(): void }) {
  const { api } = useSession();
  // A report changes the occurrence, its plan's roll-up and what waits for review.
  const report = useGraphQLMutation(REPORT_PROGRESS, [keys.occurrences, keys.plans]);
  const { t, lang } = useI18n();
  const [form] = Form.useForm<ReportFields>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const uploading = files.some((f) => f.status === "uploading");

  async function submit(values: ReportFields) {
    setBusy(true);
    setError(null);
    try {
      await report.mutateAsync({
        id: occurrence.id,
        input: {
          status: values.status,
          note: values.note ?? "",
          evidenceNumber: values.evidenceNumber || null,
          evidenceDate: values.evidenceDate || null,
          evidenceLink: values.evidenceLink || null,
          fileIds: files.flatMap((f) => (f.status === "done" && typeof f.response?.id === "string" ? [f.response.id as string] : [])),
        },
      });
      onClose();
    } catch (err) {
      setError(errorText(err, lang, t));
      setBusy(false);
    }
  }

  const titleId = `report-title-${occurrence.id}`;
  return (
    <Modal
      open
      title={<span id={titleId}>{t("planning.report.heading", { task: occurrence.task.label, period: occurrence.label })}</span>}
      onCancel={onClose}
      footer={null}
      width={640}
      destroyOnHidden
    >
      <p className="plan-text">{occurrence.task.content}</p>
      {occurrence.reports.length > 0 && (
        <ul className="report-list" aria-label={t("planning.report.history")}>
          {occurrence.reports.map((r) => (
            <li key={r.id}>
              <strong>{t(`planning.occ.${r.status}`)}</strong> · {r.bySystem ? t("planning.report.bySystem") : r.unitName} ·{" "}
              {t(`planning.review.${r.reviewState}`)}
              <div className="plan-text">{r.note}</div>
              {r.bySystem && r.evidenceLink?.startsWith("/") && <Link to={r.evidenceLink}>{r.evidenceLink}</Link>}
              {r.evidenceNumber && (
                <div>
                  {t("planning.report.evidenceShort", { number: r.evidenceNumber, date: r.evidenceDate ? formatDate(r.evidenceDate) : "" })}
                </div>
              )}
              {r.reviewComment && <div className="secondary">{t("planning.report.comment", { comment: r.reviewComment })}</div>}
            </li>
          ))}
        </ul>
      )}
      <Form<ReportFields>
        form={form}
        name={`report-${occurrence.id}`}
        layout="vertical"
        initialValues={{ status: occurrence.status === "NOT_STARTED" ? "IN_PROGRESS" : occurrence.status }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item label={t("planning.col.status")} name="status">
          <Select options={OCCURRENCE_STATUSES.map((s) => ({ value: s, label: t(`planning.occ.${s}`) }))} />
        </Form.Item>
        <Form.Item label={t("planning.report.note")} name="note">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label={t("planning.report.evidenceNumber")} name="evidenceNumber">
          <Input />
        </Form.Item>
        <Form.Item label={t("planning.report.evidenceDate")} name="evidenceDate">
          <DateField />
        </Form.Item>
        <Form.Item
          label={t("planning.report.evidenceLink")}
          name="evidenceLink"
          rules={[{ type: "url", message: t("planning.report.linkInvalid") }]}
        >
          <Input type="url" />
        </Form.Item>
        <Form.Item label={t("planning.report.file")} htmlFor={`report-file-${occurrence.id}`}>
          <Upload
            id={`report-file-${occurrence.id}`}
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
            // Through the API client: the session's token (refreshed when due) and the upload's progress.
            customRequest={({ file, onProgress, onSuccess, onError }) => {
              api
                .upload("/files/planning", file as File, (percent) => onProgress?.({ percent }))
                .then((uploaded) => onSuccess?.(uploaded))
                .catch((err: unknown) => {
                  setError(errorText(err, lang, t));
                  onError?.(err as Error);
                });
            }}
          >
            <Button>{t("planning.report.chooseFile")}</Button>
          </Upload>
        </Form.Item>
        {error && <Alert type="error" title={error} />}
        <div className="plan-actions">
          <Button type="primary" htmlType="submit" loading={busy} disabled={uploading}>
            {t("planning.report.submit")}
          </Button>
          <Button onClick={onClose}>{t("planning.report.cancel")}</Button>
        </div>
      </Form>
    </Modal>
  );
}
