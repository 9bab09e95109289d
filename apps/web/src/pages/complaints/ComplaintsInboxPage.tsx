import { useEffect, useId, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate, parseDisplayDate } from "../../i18n/dates.ts";
import { errorMessageKeyOf } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { downloadFile } from "./download.ts";
import {
  CHANNELS,
  EXPORT_REGISTER,
  filtersFromParams,
  INBOX_QUERY,
  registerPeriod,
  inboxVariables,
  paramsFromFilters,
  STATUSES,
  type InboxFilters,
  type InboxRow,
} from "./complaints-query.ts";

type Result = { status: "loading" } | { status: "ready"; total: number; items: InboxRow[] } | { status: "failed"; error: MessageKey };

/** Hộp PAKN: the city office sees every PAKN, a unit officer what was transferred to their unit. */
export function ComplaintsInboxPage() {
  const { api } = useSession();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const [result, setResult] = useState<Result>({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    setResult({ status: "loading" });
    api
      .request<{ complaints: { total: number; items: InboxRow[] } }>(
        INBOX_QUERY,
        inboxVariables(filtersFromParams(new URLSearchParams(key))),
        controller.signal,
      )
      .then((d) => setResult({ status: "ready", ...d.complaints }))
      .catch((err: unknown) => !controller.signal.aborted && setResult({ status: "failed", error: errorMessageKeyOf(err) }));
    return () => controller.abort();
  }, [api, key]);

  return (
    <section aria-labelledby="page-title">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1 id="page-title">{t("complaints.inbox.heading")}</h1>
        <div className="row">
          <ExportRegister filters={filtersFromParams(params)} />
          <Link to="/complaints/intake" className="button">
            {t("complaints.intake.open")}
          </Link>
          <Link to="/complaints/settings" className="button">
            {t("complaints.settings.open")}
          </Link>
          <Link to="/pakn" className="button">
            {t("complaints.publicForm")}
          </Link>
        </div>
      </div>
      <Filters key={key} initial={filtersFromParams(params)} onApply={(f) => setParams(paramsFromFilters(f))} />
      <p className="page-status" role="status">
        {result.status === "loading"
          ? t("complaints.loading")
          : result.status === "ready"
            ? t("complaints.inbox.count", { count: result.total })
            : ""}
      </p>
      {result.status === "failed" && (
        <p className="notice notice--error" role="alert">
          {t(result.error)}
        </p>
      )}
      {result.status === "ready" && result.items.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("complaints.col.code")}</th>
                <th scope="col">{t("complaints.col.received")}</th>
                <th scope="col">{t("complaints.col.regulation")}</th>
                <th scope="col">{t("complaints.col.status")}</th>
                <th scope="col">{t("complaints.col.units")}</th>
                <th scope="col">{t("complaints.col.due")}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((c) => (
                <tr key={c.id}>
                  <td className="code">
                    <Link to={`/complaints/${c.id}`}>{c.trackingCode}</Link>
                  </td>
                  <td className="nowrap">{formatDate(c.receivedDay)}</td>
                  <td>
                    {c.regulation}
                    {c.classification && <span className="secondary">{c.classification.field}</span>}
                  </td>
                  <td>{c.statusLabel}</td>
                  <td>{c.units.map((u) => (u.lead ? `${u.name} (${t("complaints.lead")})` : u.name)).join("; ")}</td>
                  <td className="nowrap">
                    {formatDate(c.due.handle ?? c.due.answer)}
                    {c.dueStatus && c.dueStatus !== "ON_TRACK" && (
                      <span className="secondary field-error">{t(`complaints.due.${c.dueStatus}` as MessageKey)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type ExportState = { status: "idle" | "busy" } | { status: "failed"; error: MessageKey };

/** Sổ theo dõi PAKN as XLSX for the filtered period (a unit officer gets their own unit's). */
function ExportRegister({ filters }: { filters: InboxFilters }) {
  const { api } = useSession();
  const { t } = useI18n();
  const [state, setState] = useState<ExportState>({ status: "idle" });

  async function exportRegister() {
    setState({ status: "busy" });
    try {
      const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Ho_Chi_Minh" });
      const { exportComplaintRegister: file } = await api.request<{ exportComplaintRegister: { fileId: string; name: string } }>(
        EXPORT_REGISTER,
        registerPeriod(filters, today),
      );
      const saved = await downloadFile(`/files/complaints/${file.fileId}`, file.name);
      setState(saved ? { status: "idle" } : { status: "failed", error: "complaints.register.failed" });
    } catch (err) {
      setState({ status: "failed", error: errorMessageKeyOf(err) });
    }
  }

  return (
    <>
      <button type="button" className="button" disabled={state.status === "busy"} onClick={() => void exportRegister()}>
        {t(state.status === "busy" ? "complaints.register.busy" : "complaints.register.export")}
      </button>
      {state.status === "failed" && (
        <span className="field-error" role="alert">
          {t(state.error)}
        </span>
      )}
    </>
  );
}

function Filters({ initial, onApply }: { initial: InboxFilters; onApply(f: InboxFilters): void }) {
  const { t } = useI18n();
  const id = useId();
  const [f, setF] = useState(initial);
  const [from, setFrom] = useState(initial.from ? formatDate(initial.from) : "");
  const [to, setTo] = useState(initial.to ? formatDate(initial.to) : "");
  const [badDate, setBadDate] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fromIso = from.trim() ? parseDisplayDate(from) : "";
    const toIso = to.trim() ? parseDisplayDate(to) : "";
    if (fromIso === undefined || toIso === undefined) return setBadDate(true);
    setBadDate(false);
    onApply({ ...f, from: fromIso, to: toIso });
  }

  return (
    <form className="filters" role="search" aria-label={t("complaints.filters")} onSubmit={submit} noValidate>
      <div className="field field--wide">
        <label htmlFor={`${id}-q`}>{t("complaints.search")}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={f.search}
          onChange={(e) => setF({ ...f, search: e.target.value })}
          aria-describedby={`${id}-qh`}
        />
        <small id={`${id}-qh`}>{t("complaints.searchHint")}</small>
      </div>
      <div className="field">
        <label htmlFor={`${id}-s`}>{t("complaints.col.status")}</label>
        <select id={`${id}-s`} value={f.status} onChange={(e) => setF({ ...f, status: e.target.value })}>
          <option value="">{t("complaints.all")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`complaints.status.${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-c`}>{t("complaints.channel")}</label>
        <select id={`${id}-c`} value={f.channel} onChange={(e) => setF({ ...f, channel: e.target.value })}>
          <option value="">{t("complaints.all")}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`complaints.channel.${c}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-f`}>{t("complaints.field")}</label>
        <input id={`${id}-f`} value={f.field} onChange={(e) => setF({ ...f, field: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t("complaints.from")}</label>
        <input
          id={`${id}-from`}
          placeholder="dd/mm/yyyy"
          inputMode="numeric"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-invalid={badDate}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t("complaints.to")}</label>
        <input
          id={`${id}-to`}
          placeholder="dd/mm/yyyy"
          inputMode="numeric"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-invalid={badDate}
        />
        {badDate && (
          <small className="field-error" role="alert">
            {t("complaints.badDate")}
          </small>
        )}
      </div>
      <label className="check">
        <input type="checkbox" checked={f.overdue} onChange={(e) => setF({ ...f, overdue: e.target.checked })} />{" "}
        {t("complaints.overdueOnly")}
      </label>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {t("complaints.apply")}
        </button>
      </div>
    </form>
  );
}
