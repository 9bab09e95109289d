import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useSession } from "../../auth/SessionProvider.tsx";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { shownError, type ShownError } from "../../public/public-api.ts";
import {
  CREATE_TEMPLATE,
  DELETE_TEMPLATE,
  RETENTION_QUERY,
  SET_RETENTION,
  TEMPLATES_QUERY,
  type AnswerTemplate,
} from "./complaints-query.ts";

interface Retention {
  months: number;
  min: number;
  max: number;
}

/** The city office's settings of PAKN: answer templates per field and the retention of senders' personal data. */
export function ComplaintSettingsPage() {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const id = useId();
  const [templates, setTemplates] = useState<AnswerTemplate[]>([]);
  const [retention, setRetention] = useState<Retention | null>(null);
  const [months, setMonths] = useState("");
  const [draft, setDraft] = useState({ field: "", title: "", text: "" });
  const [error, setError] = useState<ShownError | null>(null);
  const [saved, setSaved] = useState(false);

  const load = useCallback(async () => {
    const [list, setting] = await Promise.all([
      api.request<{ complaintAnswerTemplates: AnswerTemplate[] }>(TEMPLATES_QUERY, {}),
      api.request<{ complaintPersonalDataRetention: Retention }>(RETENTION_QUERY),
    ]);
    setTemplates(list.complaintAnswerTemplates);
    setRetention(setting.complaintPersonalDataRetention);
    setMonths(String(setting.complaintPersonalDataRetention.months));
  }, [api]);

  useEffect(() => {
    load().catch((err: unknown) => setError(shownError(err, lang)));
  }, [load, lang]);

  async function attempt(action: () => Promise<unknown>) {
    setError(null);
    setSaved(false);
    try {
      await action();
      await load();
      setSaved(true);
    } catch (err) {
      setError(shownError(err, lang));
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
      {error && (
        <p className="notice notice--error" role="alert">
          {"text" in error ? error.text : t(error.key)}
        </p>
      )}
      {saved && (
        <p className="notice" role="status">
          {t("complaints.saved")}
        </p>
      )}

      <h2>{t("complaints.retention.heading")}</h2>
      {retention && (
        <form className="row" onSubmit={saveRetention} noValidate>
          <div className="field">
            <label htmlFor={`${id}-months`}>{t("complaints.retention.months", { min: retention.min, max: retention.max })}</label>
            <input
              id={`${id}-months`}
              type="number"
              min={retention.min}
              max={retention.max}
              value={months}
              onChange={(e) => setMonths(e.target.value)}
            />
            <small>{t("complaints.retention.hint")}</small>
          </div>
          <button type="submit" className="button button--primary">
            {t("complaints.retention.save")}
          </button>
        </form>
      )}

      <h2>{t("complaints.templates.heading")}</h2>
      {templates.length === 0 ? (
        <p>{t("complaints.templates.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("complaints.templates.field")}</th>
                <th scope="col">{t("complaints.templates.title")}</th>
                <th scope="col">{t("complaints.templates.text")}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {templates.map((tpl) => (
                <tr key={tpl.id}>
                  <td>{tpl.field}</td>
                  <td>{tpl.title}</td>
                  <td className="plain-text">{tpl.text}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      onClick={() => void attempt(() => api.request(DELETE_TEMPLATE, { id: tpl.id }))}
                    >
                      {t("complaints.templates.delete")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="stack" onSubmit={addTemplate} noValidate>
        <label htmlFor={`${id}-field`}>{t("complaints.templates.field")}</label>
        <input id={`${id}-field`} value={draft.field} onChange={(e) => setDraft({ ...draft, field: e.target.value })} />
        <label htmlFor={`${id}-title`}>{t("complaints.templates.title")}</label>
        <input id={`${id}-title`} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        <label htmlFor={`${id}-text`}>{t("complaints.templates.text")}</label>
        <textarea id={`${id}-text`} rows={6} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
        <div>
          <button type="submit" className="button button--primary">
            {t("complaints.templates.add")}
          </button>
        </div>
      </form>
    </section>
  );
}
