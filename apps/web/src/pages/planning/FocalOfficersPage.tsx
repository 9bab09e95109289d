import { Alert, Button, Input, Select, Space } from "antd";
import { useId, useState, type FormEvent } from "react";
import { useSearchParams } from "react-router-dom";
import { keys, useGraphQLMutation, useGraphQLQuery } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { DataTable } from "../../ui/DataTable.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { CHANGE_FOCAL_OFFICERS, FOCAL_OFFICERS, type FocalOfficer } from "./planning-api.ts";

const BLANK: FocalOfficer = { name: "", position: "", phone: "", email: "" };
const FIELDS = ["name", "position", "phone", "email"] as const;

/** Cán bộ đầu mối: each unit's current focal officers, the history of changes, and (city office) a change by decision. */
export function FocalOfficersPage() {
  const { state } = useSession();
  const { t, lang } = useI18n();
  const fid = useId();
  const [params, setParams] = useSearchParams();
  const focal = useGraphQLQuery(keys.focalOfficers, FOCAL_OFFICERS);
  const units = focal.data?.focalOfficers ?? [];
  const change = useGraphQLMutation(CHANGE_FOCAL_OFFICERS, [keys.focalOfficers]);
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? (focal.isError ? errorText(focal.error, lang, t) : null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [decisionNumber, setDecisionNumber] = useState("");
  const [decisionDate, setDecisionDate] = useState<string | null>(null);
  const [officers, setOfficers] = useState<FocalOfficer[]>([BLANK]);
  const isAdmin = state.status === "signedIn" && state.user.roles.includes("CITY_ADMIN");

  const selected = units.find((u) => u.unitId === params.get("unit")) ?? units[0];

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!selected) return;
    const day = decisionDate;
    if (!day) {
      setError(t("planning.focal.badDate"));
      return;
    }
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await change.mutateAsync({ unitId: selected.unitId, input: { decisionNumber, decisionDate: day, officers } });
      setNotice(t("planning.focal.saved"));
      setDecisionNumber("");
      setDecisionDate(null);
      setOfficers([BLANK]);
    } catch (err) {
      setError(errorText(err, lang, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("planning.focal.heading")}</h1>
      {error && <Alert type="error" title={error} />}
      {notice && <Alert type="success" role="status" title={notice} />}
      {units.length > 1 && (
        <div className="field">
          <label htmlFor={`${fid}-unit`}>{t("planning.filter.unit")}</label>
          <Select
            id={`${fid}-unit`}
            value={selected?.unitId ?? ""}
            onChange={(unit) => setParams({ unit })}
            showSearch={{ optionFilterProp: "label" }}
            style={{ minWidth: "20rem" }}
            options={units.map((u) => ({ value: u.unitId, label: `${u.unitName} (${u.current.length})` }))}
          />
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
                  <Input id={`${fid}-number`} value={decisionNumber} onChange={(e) => setDecisionNumber(e.target.value)} />
                </div>
                <div className="field">
                  <label htmlFor={`${fid}-date`}>{t("planning.focal.decisionDate")}</label>
                  <DateField id={`${fid}-date`} value={decisionDate} onChange={setDecisionDate} />
                </div>
              </div>
              {officers.map((o, i) => (
                <fieldset key={i} className="filters-row">
                  <legend>{t("planning.focal.officer", { n: i + 1 })}</legend>
                  {FIELDS.map((f) => (
                    <div className="field" key={f}>
                      <label htmlFor={`${fid}-${i}-${f}`}>{t(`planning.focal.${f}`)}</label>
                      <Input
                        id={`${fid}-${i}-${f}`}
                        value={o[f]}
                        onChange={(e) => setOfficers(officers.map((x, j) => (j === i ? { ...x, [f]: e.target.value } : x)))}
                      />
                    </div>
                  ))}
                </fieldset>
              ))}
              <Space className="plan-actions" wrap>
                <Button onClick={() => setOfficers([...officers, BLANK])}>{t("planning.focal.addOfficer")}</Button>
                <Button type="primary" htmlType="submit" loading={busy}>
                  {t("planning.focal.save")}
                </Button>
              </Space>
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
    <DataTable
      label={t("planning.focal.heading")}
      rowKey={(o) => `${o.name}-${o.phone}-${o.email}`}
      dataSource={officers}
      columns={FIELDS.map((f) => ({ title: t(`planning.focal.${f}`), dataIndex: f }))}
    />
  );
}
