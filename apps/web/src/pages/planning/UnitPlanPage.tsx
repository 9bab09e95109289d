import { useCallback, useEffect, useId, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import {
  failureText,
  GENERATE_UNIT_PLAN,
  MY_UNIT_PLAN,
  SUBMIT_UNIT_PLAN,
  UPDATE_UNIT_PLAN,
  type UnitPlan,
  type UnitPlanItem,
} from "./planning-api.ts";
import { UnitPlanStatusBadge, UnitPlanText } from "./UnitPlanBoard.tsx";

interface PlanHead {
  id: string;
  title: string;
  year: number;
  unitPlanDeadline: string | null;
}

const EDITABLE = new Set(["MISSING", "DRAFT", "RETURNED"]);
const BLANK_ITEM: UnitPlanItem = { taskId: null, taskLabel: "", role: "LEAD", content: "", timeframeText: "", expectedResult: "" };

/** A unit officer's own plan (kế hoạch của đơn vị): draft it from the city plan, edit, save and submit. */
export function UnitPlanPage() {
  const { id = "" } = useParams();
  const { api } = useSession();
  const { t, lang } = useI18n();
  const fid = useId();
  const [plan, setPlan] = useState<PlanHead | null>(null);
  const [unitPlan, setUnitPlan] = useState<UnitPlan | null>(null);
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [items, setItems] = useState<UnitPlanItem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = useCallback((up: UnitPlan | null) => {
    setUnitPlan(up);
    setTitle(up?.title ?? "");
    setBody(up?.body ?? "");
    setItems(up?.items ?? []);
  }, []);

  useEffect(() => {
    api
      .request<{ myUnitPlan: UnitPlan | null; plan: PlanHead | null }>(MY_UNIT_PLAN, { planId: id })
      .then((data) => {
        setPlan(data.plan);
        show(data.myUnitPlan);
      })
      .catch((err: unknown) => setError(failureText(err, lang, t)))
      .finally(() => setLoaded(true));
  }, [api, id, lang, t, show]);

  /** Runs the mutation; `saveFirst` stores the edits on screen before (submitting sends what is saved). */
  async function run(query: string, variables: Record<string, unknown>, field: string, done: string, saveFirst = false) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      if (saveFirst) await api.request(UPDATE_UNIT_PLAN, { planId: id, input: { title, body, items } });
      const data = await api.request<Record<string, UnitPlan>>(query, variables);
      show(data[field] ?? null);
      setNotice(done);
    } catch (err) {
      setError(failureText(err, lang, t));
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    run(UPDATE_UNIT_PLAN, { planId: id, input: { title, body, items } }, "updateUnitPlanDraft", t("planning.unitPlan.saved"));
  const setItem = (index: number, patch: Partial<UnitPlanItem>) =>
    setItems(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("planning.unitPlan.heading")}</h1>
      {plan && (
        <p>
          <Link to={`/planning/plans/${plan.id}`}>{plan.title}</Link>
          {" · "}
          {t("planning.plan.unitPlanDeadline")}: {plan.unitPlanDeadline ? formatDate(plan.unitPlanDeadline) : "—"}
        </p>
      )}
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
      {!loaded && (
        <p className="page-status" role="status">
          {t("planning.loading")}
        </p>
      )}
      {loaded && !unitPlan && !error && <p>{t("planning.unitPlan.notAsked")}</p>}
      {unitPlan && (
        <>
          <p data-testid="unit-plan-status">
            <UnitPlanStatusBadge row={unitPlan} />
            {unitPlan.submittedOn && ` ${t("planning.unitPlan.submittedOn", { date: formatDate(unitPlan.submittedOn) })}`}
          </p>
          {unitPlan.reviewComment && <p className="notice">{t("planning.unitPlan.comment", { comment: unitPlan.reviewComment })}</p>}
          {!EDITABLE.has(unitPlan.status) ? (
            <UnitPlanText plan={unitPlan} />
          ) : (
            <>
              <div className="plan-actions">
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => {
                    if (items.length === 0 || window.confirm(t("planning.unitPlan.regenerateConfirm")))
                      void run(GENERATE_UNIT_PLAN, { planId: id }, "generateUnitPlanDraft", t("planning.unitPlan.generated"));
                  }}
                >
                  {t("planning.unitPlan.generate")}
                </button>
              </div>
              {unitPlan.status !== "MISSING" && (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void save();
                  }}
                >
                  <div className="field">
                    <label htmlFor={`${fid}-title`}>{t("planning.unitPlan.title")}</label>
                    <input id={`${fid}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${fid}-body`}>{t("planning.unitPlan.body")}</label>
                    <textarea id={`${fid}-body`} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
                  </div>
                  <div className="table-scroll">
                    <table aria-label={t("planning.unitPlan.items")}>
                      <thead>
                        <tr>
                          <th scope="col">{t("planning.col.number")}</th>
                          <th scope="col">{t("planning.col.content")}</th>
                          <th scope="col">{t("planning.unitPlan.role")}</th>
                          <th scope="col">{t("planning.col.timeframe")}</th>
                          <th scope="col">{t("planning.col.result")}</th>
                          <th scope="col">{t("planning.col.actions")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {items.map((item, i) => (
                          <tr key={i} data-testid="unit-plan-item">
                            <td>
                              <input
                                aria-label={t("planning.col.number")}
                                value={item.taskLabel}
                                size={6}
                                onChange={(e) => setItem(i, { taskLabel: e.target.value })}
                              />
                            </td>
                            <td>
                              <textarea
                                aria-label={t("planning.col.content")}
                                rows={3}
                                value={item.content}
                                onChange={(e) => setItem(i, { content: e.target.value })}
                              />
                            </td>
                            <td>
                              <select
                                aria-label={t("planning.unitPlan.role")}
                                value={item.role}
                                onChange={(e) => setItem(i, { role: e.target.value as UnitPlanItem["role"] })}
                              >
                                <option value="LEAD">{t("planning.col.lead")}</option>
                                <option value="COORDINATING">{t("planning.col.coordinating")}</option>
                              </select>
                            </td>
                            <td>
                              <textarea
                                aria-label={t("planning.col.timeframe")}
                                rows={2}
                                value={item.timeframeText}
                                onChange={(e) => setItem(i, { timeframeText: e.target.value })}
                              />
                            </td>
                            <td>
                              <textarea
                                aria-label={t("planning.col.result")}
                                rows={2}
                                value={item.expectedResult}
                                onChange={(e) => setItem(i, { expectedResult: e.target.value })}
                              />
                            </td>
                            <td>
                              <button type="button" className="button" onClick={() => setItems(items.filter((_, j) => j !== i))}>
                                {t("planning.unitPlan.removeItem")}
                              </button>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  <div className="plan-actions">
                    <button type="button" className="button" onClick={() => setItems([...items, BLANK_ITEM])}>
                      {t("planning.unitPlan.addItem")}
                    </button>
                    <button type="submit" className="button" disabled={busy}>
                      {t("planning.unitPlan.save")}
                    </button>
                    <button
                      type="button"
                      className="button button--primary"
                      disabled={busy}
                      onClick={() => {
                        if (window.confirm(t("planning.unitPlan.submitConfirm")))
                          void run(SUBMIT_UNIT_PLAN, { planId: id }, "submitUnitPlan", t("planning.unitPlan.submitted"), true);
                      }}
                    >
                      {t("planning.unitPlan.submit")}
                    </button>
                  </div>
                </form>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
