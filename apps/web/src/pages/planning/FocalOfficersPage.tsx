import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { useSearchParams } from "react-router-dom";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate, parseDisplayDate } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { CHANGE_FOCAL_OFFICERS, failureText, FOCAL_OFFICERS, type FocalOfficer, type UnitFocalOfficers } from "./planning-api.ts";

const BLANK: FocalOfficer = { name: "", position: "", phone: "", email: "" };
const FIELDS = ["name", "position", "phone", "email"] as const;

/** Cán bộ đầu mối: each unit's current focal officers, the history of changes, and (city office) a change by decision. */
export function FocalOfficersPage() {
  const { api, state } = useSession();
  const { t, lang } = useI18n();
  const fid = useId();
  const [params, setParams] = useSearchParams();
  const [units, setUnits] = useState<UnitFocalOfficers[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [decisionNumber, setDecisionNumber] = useState("");
  const [decisionDate, setDecisionDate] = useState("");
  const [officers, setOfficers] = useState<FocalOfficer[]>([BLANK]);
  const isAdmin = state.status === "signedIn" && state.user.roles.includes("CITY_ADMIN");

  const load = useCallback(async () => {
    try {
      setUnits((await api.request<{ focalOfficers: UnitFocalOfficers[] }>(FOCAL_OFFICERS)).focalOfficers);
    } catch (err) {
      setError(failureText(err, lang, t));
    }
  }, [api, lang, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const selected = units.find((u) => u.unitId === params.get("unit")) ?? units[0];

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!selected) return;
    const day = parseDisplayDate(decisionDate);
    if (!day) {
      setError(t("planning.focal.badDate"));
      return;
    }
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await api.request(CHANGE_FOCAL_OFFICERS, { unitId: selected.unitId, input: { decisionNumber, decisionDate: day, officers } });
      setNotice(t("planning.focal.saved"));
      setDecisionNumber("");
      setDecisionDate("");
      setOfficers([BLANK]);
      await load();
    } catch (err) {
      setError(failureText(err, lang, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("planning.focal.heading")}</h1>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {units.length > 1 && (
        <div className="field">
          <label htmlFor={`${fid}-unit`}>{t("planning.filter.unit")}</label>
          <select id={`${fid}-unit`} value={selected?.unitId ?? ""} onChange={(e) => setParams({ unit: e.target.value })}>
            {units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {u.unitName} ({u.current.length})
              </option>
            ))}
          </select>
        </div>
      )}
      {selected && (
        <>
          <h2>{t("planning.focal.current", { unit: selected.unitName })}</h2>
          {selected.current.length === 0 ? <p>{t("planning.focal.none")}</p> : <OfficerTable officers={selected.current} />}
          {selected.history.length > 0 && (
            <>
              <h2>{t("planning.focal.history")}</h2>
              <ul className="report-list">
                {selected.history.map((c) => (
                  <li key={c.id}>
                    {t("planning.focal.decision", { number: c.decisionNumber, date: formatDate(c.decisionDate) })}:{" "}
                    {c.officers.map((o) => o.name).join(", ")}
                  </li>
                ))}
              </ul>
            </>
          )}
          {isAdmin && (
            <form onSubmit={(e) => void submit(e)} noValidate>
              <h2>{t("planning.focal.change")}</h2>
              <div className="filters-row">
                <div className="field">
                  <label htmlFor={`${fid}-number`}>{t("planning.focal.decisionNumber")}</label>
                  <input id={`${fid}-number`} value={decisionNumber} onChange={(e) => setDecisionNumber(e.target.value)} />
                </div>
                <div className="field">
                  <label htmlFor={`${fid}-date`}>{t("planning.focal.decisionDate")}</label>
                  <input
                    id={`${fid}-date`}
                    placeholder="dd/mm/yyyy"
                    value={decisionDate}
                    onChange={(e) => setDecisionDate(e.target.value)}
                  />
                </div>
              </div>
              {officers.map((o, i) => (
                <fieldset key={i} className="filters-row">
                  <legend>{t("planning.focal.officer", { n: i + 1 })}</legend>
                  {FIELDS.map((f) => (
                    <div className="field" key={f}>
                      <label htmlFor={`${fid}-${i}-${f}`}>{t(`planning.focal.${f}`)}</label>
                      <input
                        id={`${fid}-${i}-${f}`}
                        value={o[f]}
                        onChange={(e) => setOfficers(officers.map((x, j) => (j === i ? { ...x, [f]: e.target.value } : x)))}
                      />
                    </div>
                  ))}
                </fieldset>
              ))}
              <div className="plan-actions">
                <button type="button" className="button" onClick={() => setOfficers([...officers, BLANK])}>
                  {t("planning.focal.addOfficer")}
                </button>
                <button type="submit" className="button button--primary" disabled={busy}>
                  {t("planning.focal.save")}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}

function OfficerTable({ officers }: { officers: FocalOfficer[] }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table aria-label={t("planning.focal.heading")}>
        <thead>
          <tr>
            {FIELDS.map((f) => (
              <th scope="col" key={f}>
                {t(`planning.focal.${f}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {officers.map((o, i) => (
            <tr key={i}>
              {FIELDS.map((f) => (
                <td key={f}>{o[f]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
