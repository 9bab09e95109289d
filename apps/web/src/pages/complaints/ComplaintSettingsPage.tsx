import { Alert, Button, Input, InputNumber, Space } from "antd";
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { keys, useGraphQLQuery, useQueryClient } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { errorText } from "../../i18n/error-message.ts";
import { DataTable } from "../../ui/DataTable.tsx";
import { CREATE_TEMPLATE, DELETE_TEMPLATE, RETENTION_QUERY, SET_RETENTION, TEMPLATES_QUERY } from "./complaints-query.ts";

/** The city office's settings of PAKN: answer templates per field and the retention of senders' personal data. */
export function ComplaintSettingsPage() {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const id = useId();
  const client = useQueryClient();
  const templatesQuery = useGraphQLQuery([...keys.complaintSettings, "templates", null], TEMPLATES_QUERY, { field: null });
  const templates = templatesQuery.data?.complaintAnswerTemplates ?? [];
  const retentionQuery = useGraphQLQuery([...keys.complaintSettings, "retention"], RETENTION_QUERY);
  const retention = retentionQuery.data?.complaintPersonalDataRetention ?? null;
  // The field shows the stored months until the user types other ones.
  const [typedMonths, setMonths] = useState<string | null>(null);
  const months = typedMonths ?? (retention ? String(retention.months) : "");
  const [draft, setDraft] = useState({ field: "", title: "", text: "" });
  const [actionError, setError] = useState<unknown>(null);
  const loadError = templatesQuery.error ?? retentionQuery.error;
  const error = actionError ?? loadError;
  const [saved, setSaved] = useState(false);

  /** A write, then the settings (and every template list, e.g. the answer drafts') read again. */
  async function attempt(action: () => Promise<unknown>) {
    setError(null);
    setSaved(false);
    try {
      await action();
      await client.invalidateQueries({ queryKey: keys.complaintSettings });
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  }

  const addTemplate = (e: FormEvent) => {
    e.preventDefault();
    void attempt(async () => {
      await api.request(CREATE_TEMPLATE, { input: draft });
      setDraft({ field: "", title: "", text: "" });
    });
  };
  const saveRetention = (e: FormEvent) => {
    e.preventDefault();
    void attempt(() => api.request(SET_RETENTION, { months: Number(months) }));
  };

  return (
    <section aria-labelledby="page-title" className="stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1 id="page-title">{t("complaints.settings.heading")}</h1>
        <Link to="/complaints" className="button">
          {t("complaints.intake.back")}
        </Link>
      </div>
      {error != null && <Alert type="error" title={errorText(error, lang, t)} />}
      {saved && <Alert type="success" role="status" title={t("complaints.saved")} />}

      <h2>{t("complaints.retention.heading")}</h2>
      {retention && (
        <form className="row" onSubmit={saveRetention} noValidate>
          <div className="field">
            <label htmlFor={`${id}-months`}>{t("complaints.retention.months", { min: retention.min, max: retention.max })}</label>
            <InputNumber id={`${id}-months`} value={months} onChange={(value) => setMonths(value === null ? "" : String(value))} />
            <small>{t("complaints.retention.hint")}</small>
          </div>
          <Button type="primary" htmlType="submit">
            {t("complaints.retention.save")}
          </Button>
        </form>
      )}

      <h2>{t("complaints.templates.heading")}</h2>
      {templates.length === 0 ? (
        <p>{t("complaints.templates.empty")}</p>
      ) : (
        <DataTable
          label={t("complaints.templates.heading")}
          rowKey="id"
          dataSource={templates}
          columns={[
            { title: t("complaints.templates.field"), dataIndex: "field" },
            { title: t("complaints.templates.title"), dataIndex: "title" },
            { title: t("complaints.templates.text"), dataIndex: "text", className: "plain-text" },
            {
              title: <span className="visually-hidden">{t("planning.col.actions")}</span>,
              key: "actions",
              render: (_, tpl) => (
                <Button danger onClick={() => void attempt(() => api.request(DELETE_TEMPLATE, { id: tpl.id }))}>
                  {t("complaints.templates.delete")}
                </Button>
              ),
            },
          ]}
        />
      )}
      <form className="stack" onSubmit={addTemplate} noValidate>
        <label htmlFor={`${id}-field`}>{t("complaints.templates.field")}</label>
        <Input id={`${id}-field`} value={draft.field} onChange={(e) => setDraft({ ...draft, field: e.target.value })} />
        <label htmlFor={`${id}-title`}>{t("complaints.templates.title")}</label>
        <Input id={`${id}-title`} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        <label htmlFor={`${id}-text`}>{t("complaints.templates.text")}</label>
        <Input.TextArea id={`${id}-text`} rows={6} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
        <Space>
          <Button type="primary" htmlType="submit">
            {t("complaints.templates.add")}
          </Button>
        </Space>
      </form>
    </section>
  );
}
