import { Alert, App, Button, Input, Select, Space } from "antd";
import { useCallback, useEffect, useId, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { keys, useGraphQLQuery, useQueryClient } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { GENERATE_UNIT_PLAN, MY_UNIT_PLAN, SUBMIT_UNIT_PLAN, UPDATE_UNIT_PLAN, type UnitPlan, type UnitPlanItem } from "./planning-api.ts";
import { UnitPlanStatusBadge, UnitPlanText } from "./UnitPlanBoard.tsx";

const EDITABLE = new Set(["MISSING", "DRAFT", "RETURNED"]);
const BLANK_ITEM: UnitPlanItem = { taskId: null, taskLabel: "", role: "LEAD", content: "", timeframeText: "", expectedResult: "" };

/** A unit officer's own plan (kế hoạch của đơn vị): draft it from the city plan, edit, save and submit. */
export function UnitPlanPage() {
  const { id = "" } = useParams();
  const { api } = useSession();
  const { t, lang } = useI18n();
  const fid = useId();
  const { modal } = App.useApp();
  /** Asks before an action that cannot be taken back (a dialog of the kit, not window.confirm). */
  const confirmThen = (title: string, action: () => void): void => {
    modal.confirm({ title, onOk: action, okText: t("planning.unitPlan.ok"), cancelText: t("common.cancel") });
  };
  const client = useQueryClient();
  const mine = useGraphQLQuery([...keys.unitPlans, "mine", id], MY_UNIT_PLAN, {
    planId: id,
  });
  const plan = mine.data?.plan ?? null;
  const loaded = !mine.isPending;
  const [unitPlan, setUnitPlan] = useState<UnitPlan | null>(null);
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [items, setItems] = useState<UnitPlanItem[]>([]);
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? (mine.isError ? errorText(mine.error, lang, t) : null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = useCallback((up: UnitPlan | null) => {
    setUnitPlan(up);
    setTitle(up?.title ?? "");
    setBody(up?.body ?? "");
    setItems(up?.items ?? []);
  }, []);

  // The editor starts from what the server holds (again after a refetch); edits stay local until saved.
  const stored = mine.data?.myUnitPlan;
  useEffect(() => {
    if (stored !== undefined) show(stored);
  }, [stored, show]);

  /** Runs the mutation; `saveFirst` stores the edits on screen before (submitting sends what is saved). */
  async function run(send: () => Promise<UnitPlan | null>, done: string, saveFirst = false) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      if (saveFirst) await api.request(UPDATE_UNIT_PLAN, { planId: id, input: { title, body, items } });
      show(await send());
      // The city office's board counts this unit's plan: it is stale now.
      void client.invalidateQueries({ queryKey: keys.unitPlans });
      setNotice(done);
    } catch (err) {
      setError(errorText(err, lang, t));
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    run(
      async () => (await api.request(UPDATE_UNIT_PLAN, { planId: id, input: { title, body, items } })).updateUnitPlanDraft,
      t("planning.unitPlan.saved"),
    );
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
      {error && <Alert type="error" title={error} />}
      {notice && <Alert type="success" role="status" title={notice} />}
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
              <Space className="plan-actions">
                <Button
                  disabled={busy}
                  onClick={() => {
                    const generate = () =>
                      void run(
                        async () => (await api.request(GENERATE_UNIT_PLAN, { planId: id })).generateUnitPlanDraft,
                        t("planning.unitPlan.generated"),
                      );
                    if (items.length === 0) generate();
                    else confirmThen(t("planning.unitPlan.regenerateConfirm"), generate);
                  }}
                >
                  {t("planning.unitPlan.generate")}
                </Button>
              </Space>
              {unitPlan.status !== "MISSING" && (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void save();
                  }}
                >
                  <div className="field">
                    <label htmlFor={`${fid}-title`}>{t("planning.unitPlan.title")}</label>
                    <Input id={`${fid}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${fid}-body`}>{t("planning.unitPlan.body")}</label>
                    <Input.TextArea id={`${fid}-body`} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
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
                              <Input
                                aria-label={t("planning.col.number")}
                                value={item.taskLabel}
                                style={{ width: "5rem" }}
                                onChange={(e) => setItem(i, { taskLabel: e.target.value })}
                              />
                            </td>
                            <td>
                              <Input.TextArea
                                aria-label={t("planning.col.content")}
                                rows={3}
                                value={item.content}
                                onChange={(e) => setItem(i, { content: e.target.value })}
                              />
                            </td>
                            <td>
                              <Select
                                aria-label={t("planning.unitPlan.role")}
                                value={item.role}
                                onChange={(role) => setItem(i, { role })}
                                popupMatchSelectWidth={false}
                                options={[
                                  { value: "LEAD", label: t("planning.col.lead") },
                                  { value: "COORDINATING", label: t("planning.col.coordinating") },
                                ]}
                              />
                            </td>
                            <td>
                              <Input.TextArea
                                aria-label={t("planning.col.timeframe")}
                                rows={2}
                                value={item.timeframeText}
                                onChange={(e) => setItem(i, { timeframeText: e.target.value })}
                              />
                            </td>
                            <td>
                              <Input.TextArea
                                aria-label={t("planning.col.result")}
                                rows={2}
                                value={item.expectedResult}
                                onChange={(e) => setItem(i, { expectedResult: e.target.value })}
                              />
                            </td>
                            <td>
                              <Button onClick={() => setItems(items.filter((_, j) => j !== i))}>{t("planning.unitPlan.removeItem")}</Button>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  <Space className="plan-actions" wrap>
                    <Button onClick={() => setItems([...items, BLANK_ITEM])}>{t("planning.unitPlan.addItem")}</Button>
                    <Button htmlType="submit" disabled={busy}>
                      {t("planning.unitPlan.save")}
                    </Button>
                    <Button
                      type="primary"
                      disabled={busy}
                      onClick={() =>
                        confirmThen(
                          t("planning.unitPlan.submitConfirm"),
                          () =>
                            void run(
                              async () => (await api.request(SUBMIT_UNIT_PLAN, { planId: id })).submitUnitPlan,
                              t("planning.unitPlan.submitted"),
                              true,
                            ),
                        )
                      }
                    >
                      {t("planning.unitPlan.submit")}
                    </Button>
                  </Space>
                </form>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
