import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate, parseDisplayDate } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { DueBadge, StatusBadge } from "./badges.tsx";
import {
  failureText,
  MY_OCCURRENCES,
  OCCURRENCE_STATUSES,
  REPORT_PROGRESS,
  uploadFile,
  type Occurrence,
  type OccurrenceStatus,
  type UploadedFile,
} from "./planning-api.ts";

/** Nhiệm vụ của tôi: the signed-in officer's unit's occurrences, soonest due first, and the progress dialog. */
export function MyTasksPage() {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const status = (params.get("status") ?? "") as OccurrenceStatus | "";
  const overdue = params.get("overdue") === "1";
  const planId = params.get("plan");
  const [rows, setRows] = useState<Occurrence[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reporting, setReporting] = useState<Occurrence | null>(null);

  const load = useCallback(
    (signal?: AbortSignal) => {
      api
        .request<{ myOccurrences: Occurrence[] }>(MY_OCCURRENCES, { status: status || null, overdue: overdue || null, planId }, signal)
        .then((data) => {
          setRows(data.myOccurrences);
          setError(null);
        })
        .catch((err: unknown) => {
          if (!signal?.aborted) setError(failureText(err, lang, t));
        });
    },
    [api, status, overdue, planId, lang, t],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("planning.my.heading")}</h1>
      <div className="filters-row" role="search" aria-label={t("planning.filters")}>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t("planning.filter.status")}</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setFilter("status", e.target.value)}>
            <option value="">{t("planning.filter.all")}</option>
            {OCCURRENCE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`planning.occ.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={overdue}
              onChange={(e) => setFilter("overdue", e.target.checked ? "1" : "")}
              style={{ width: "auto", minHeight: 0 }}
            />{" "}
            {t("planning.filter.overdueOnly")}
          </label>
        </div>
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
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
        <div className="table-scroll">
          <table aria-label={t("planning.my.heading")}>
            <thead>
              <tr>
                <th scope="col">{t("planning.col.number")}</th>
                <th scope="col">{t("planning.col.content")}</th>
                <th scope="col">{t("planning.col.period")}</th>
                <th scope="col">{t("planning.col.due")}</th>
                <th scope="col">{t("planning.col.status")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("planning.col.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id}>
                  <td>{o.task.label}</td>
                  <td className="plan-text">
                    {o.task.content}
                    <span className="secondary">{o.unitName}</span>
                  </td>
                  <td>{o.label}</td>
                  <td className="nowrap">
                    {formatDate(o.dueDay)} <DueBadge occurrence={o} />
                  </td>
                  <td>
                    <StatusBadge occurrence={o} />
                  </td>
                  <td>
                    <button type="button" className="button" onClick={() => setReporting(o)}>
                      {t("planning.report.open")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {reporting && (
        <ProgressDialog
          occurrence={reporting}
          onClose={(saved) => {
            setReporting(null);
            if (saved) load();
          }}
        />
      )}
    </section>
  );
}

function ProgressDialog({ occurrence, onClose }: { occurrence: Occurrence; onClose(saved: boolean): void }) {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<OccurrenceStatus>(occurrence.status === "NOT_STARTED" ? "IN_PROGRESS" : occurrence.status);
  const [note, setNote] = useState("");
  const [evidenceNumber, setEvidenceNumber] = useState("");
  const [evidenceDate, setEvidenceDate] = useState("");
  const [evidenceLink, setEvidenceLink] = useState("");
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  async function addFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const uploaded = await uploadFile(file);
      setFiles((f) => [...f, uploaded]);
    } catch (err) {
      setError(failureText(err, lang, t));
    } finally {
      setBusy(false);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const day = evidenceDate.trim() ? parseDisplayDate(evidenceDate) : null;
    if (day === undefined) {
      setError(t("planning.report.dateInvalid"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.request(REPORT_PROGRESS, {
        id: occurrence.id,
        input: {
          status,
          note,
          evidenceNumber: evidenceNumber || null,
          evidenceDate: day,
          evidenceLink: evidenceLink || null,
          fileIds: files.map((f) => f.id),
        },
      });
      dialog.current?.close();
      onClose(true);
    } catch (err) {
      setError(failureText(err, lang, t));
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} onCancel={() => onClose(false)}>
      <h2 id={`${id}-title`}>{t("planning.report.heading", { task: occurrence.task.label, period: occurrence.label })}</h2>
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
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-status`}>{t("planning.col.status")}</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as OccurrenceStatus)}>
          {OCCURRENCE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`planning.occ.${s}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-note`}>{t("planning.report.note")}</label>
        <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
        <label htmlFor={`${id}-number`}>{t("planning.report.evidenceNumber")}</label>
        <input id={`${id}-number`} value={evidenceNumber} onChange={(e) => setEvidenceNumber(e.target.value)} />
        <label htmlFor={`${id}-date`}>{t("planning.report.evidenceDate")}</label>
        <input
          id={`${id}-date`}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          value={evidenceDate}
          onChange={(e) => setEvidenceDate(e.target.value)}
        />
        <label htmlFor={`${id}-link`}>{t("planning.report.evidenceLink")}</label>
        <input id={`${id}-link`} type="url" value={evidenceLink} onChange={(e) => setEvidenceLink(e.target.value)} />
        <label htmlFor={`${id}-file`}>{t("planning.report.file")}</label>
        <input id={`${id}-file`} type="file" accept=".pdf,.docx,.jpg,.jpeg,.png" onChange={(e) => void addFile(e.target.files?.[0])} />
        {files.length > 0 && (
          <ul aria-label={t("planning.report.files")}>
            {files.map((f) => (
              <li key={f.id}>{f.name}</li>
            ))}
          </ul>
        )}
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        <div className="plan-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t("planning.report.submit")}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              dialog.current?.close();
              onClose(false);
            }}
          >
            {t("planning.report.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
