import { useCallback, useEffect, useId, useState } from "react";
import { useParams } from "react-router-dom";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { DueBadge, StatusBadge } from "./badges.tsx";
import { failureText, ISSUE_PLAN, PLAN_OCCURRENCES, PLAN_QUERY, REVIEW_PROGRESS, type Occurrence, type PlanDetail, type PlanTask, type Progress } from "./planning-api.ts";
import { ProgressMeter } from "./ProgressMeter.tsx";

type TaskState = "DONE" | "OVERDUE" | "IN_PROGRESS" | "BLOCKED" | "NOT_STARTED" | "NONE";
const TASK_STATES: readonly TaskState[] = ["NOT_STARTED", "IN_PROGRESS", "BLOCKED", "DONE", "OVERDUE"];

/** A task's state read from its roll-up, for the table's status filter. */
function taskStates(p: Progress): TaskState[] {
  if (p.total === 0) return ["NONE"];
  const states: TaskState[] = [];
  if (p.done === p.total) states.push("DONE");
  if (p.overdue > 0) states.push("OVERDUE");
  if (p.blocked > 0) states.push("BLOCKED");
  if (p.inProgress > 0 || (p.done > 0 && p.done < p.total)) states.push("IN_PROGRESS");
  if (p.notStarted === p.total) states.push("NOT_STARTED");
  return states;
}

const unitsOf = (task: PlanTask) => [...task.leadUnits, ...task.coordinatingUnits];

/** The names a task's unit cell shows: the document's wording, once per written name. */
const writtenNames = (units: PlanTask["leadUnits"]) => [...new Set(units.map((u) => u.writtenName))].join("; ");

/** One plan: its header, the task table like the document with filters, the roll-up by unit and the reports awaiting review. */
export function PlanPage() {
  const { id = "" } = useParams();
  const { api, state } = useSession();
  const { t, lang } = useI18n();
  const fid = useId();
  const [plan, setPlan] = useState<PlanDetail | null>(null);
  const [pending, setPending] = useState<Occurrence[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sectionId, setSectionId] = useState("");
  const [unitId, setUnitId] = useState("");
  const [taskState, setTaskState] = useState("");
  const isAdmin = state.status === "signedIn" && state.user.roles.includes("CITY_ADMIN");

  const load = useCallback(async () => {
    try {
      const data = await api.request<{ plan: PlanDetail | null }>(PLAN_QUERY, { id });
      setPlan(data.plan);
      if (!data.plan) setError(t("errors.NOT_FOUND"));
      if (data.plan?.status === "ISSUED" && isAdmin) {
        const occ = await api.request<{ occurrences: Occurrence[] }>(PLAN_OCCURRENCES, { planId: id, filter: null });
        setPending(occ.occurrences.filter((o) => o.review === "PENDING"));
      }
    } catch (err) {
      setError(failureText(err, lang, t));
    }
  }, [api, id, isAdmin, lang, t]);

  useEffect(() => {
    void load();
  }, [load]);

  async function act(query: string, variables: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    try {
      await api.request(query, variables);
      await load();
    } catch (err) {
      setError(failureText(err, lang, t));
    } finally {
      setBusy(false);
    }
  }

  if (!plan) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t("planning.plan.heading")}</h1>
        {error ? <p className="notice notice--error" role="alert">{error}</p> : <p className="page-status" role="status">{t("planning.loading")}</p>}
      </section>
    );
  }

  const allUnits = new Map(plan.sections.flatMap((s) => s.tasks.flatMap((task) => unitsOf(task).flatMap((u) => (u.unitId ? [[u.unitId, u.unitName ?? u.writtenName] as const] : [])))));
  const sections = plan.sections
    .filter((s) => !sectionId || s.id === sectionId)
    .map((s) => ({
      ...s,
      tasks: s.tasks.filter(
        (task) => (!unitId || unitsOf(task).some((u) => u.unitId === unitId)) && (!taskState || taskStates(task.progress).includes(taskState as TaskState)),
      ),
    }));

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{plan.title}</h1>
      <dl className="facts">
        <dt>{t("planning.plans.status")}</dt>
        <dd>{t(`planning.status.${plan.status}`)}</dd>
        <dt>{t("planning.plans.decision")}</dt>
        <dd>
          {plan.decisionNumber ?? t("planning.plans.noNumber")}
          {plan.decisionDate ? ` · ${formatDate(plan.decisionDate)}` : ""}
        </dd>
        <dt>{t("planning.plan.unitPlanDeadline")}</dt>
        <dd>{plan.unitPlanDeadline ? formatDate(plan.unitPlanDeadline) : "—"}</dd>
        <dt>{t("planning.plans.progress")}</dt>
        <dd data-testid="plan-progress">
          <ProgressMeter progress={plan.progress} />
        </dd>
      </dl>
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {isAdmin && plan.status === "DRAFT" && (
        <div className="plan-actions">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void act(ISSUE_PLAN, { id: plan.id })}>
            {t("planning.plan.issue")}
          </button>
        </div>
      )}

      <div className="filters-row" role="search" aria-label={t("planning.filters")}>
        <div className="field">
          <label htmlFor={`${fid}-section`}>{t("planning.filter.section")}</label>
          <select id={`${fid}-section`} value={sectionId} onChange={(e) => setSectionId(e.target.value)}>
            <option value="">{t("planning.filter.all")}</option>
            {plan.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.number}. {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${fid}-unit`}>{t("planning.filter.unit")}</label>
          <select id={`${fid}-unit`} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">{t("planning.filter.all")}</option>
            {[...allUnits].sort((a, b) => a[1].localeCompare(b[1], "vi")).map(([uid, name]) => (
              <option key={uid} value={uid}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${fid}-state`}>{t("planning.filter.status")}</label>
          <select id={`${fid}-state`} value={taskState} onChange={(e) => setTaskState(e.target.value)}>
            <option value="">{t("planning.filter.all")}</option>
            {TASK_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`planning.taskState.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="table-scroll">
        <table className="plan-doc" aria-label={t("planning.plan.table")}>
          <thead>
            <tr>
              <th scope="col">{t("planning.col.number")}</th>
              <th scope="col">{t("planning.col.content")}</th>
              <th scope="col">{t("planning.col.timeframe")}</th>
              <th scope="col">{t("planning.col.lead")}</th>
              <th scope="col">{t("planning.col.coordinating")}</th>
              <th scope="col">{t("planning.col.result")}</th>
              <th scope="col">{t("planning.plans.progress")}</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <SectionBlock key={s.id} number={s.number} title={s.title} progress={s.progress} tasks={s.tasks} />
            ))}
          </tbody>
        </table>
      </div>

      {plan.unitProgress.length > 0 && (
        <>
          <h2>{t("planning.plan.byUnit")}</h2>
          <div className="table-scroll">
            <table aria-label={t("planning.plan.byUnit")}>
              <thead>
                <tr>
                  <th scope="col">{t("planning.filter.unit")}</th>
                  <th scope="col">{t("planning.plans.progress")}</th>
                </tr>
              </thead>
              <tbody>
                {plan.unitProgress.map((u) => (
                  <tr key={u.unitId}>
                    <td>{u.unitName}</td>
                    <td>
                      <ProgressMeter progress={u.progress} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {isAdmin && plan.status === "ISSUED" && (
        <>
          <h2>{t("planning.review.heading")}</h2>
          {pending.length === 0 ? (
            <p>{t("planning.review.none")}</p>
          ) : (
            <div className="table-scroll">
              <table aria-label={t("planning.review.heading")}>
                <thead>
                  <tr>
                    <th scope="col">{t("planning.col.number")}</th>
                    <th scope="col">{t("planning.filter.unit")}</th>
                    <th scope="col">{t("planning.col.period")}</th>
                    <th scope="col">{t("planning.report.note")}</th>
                    <th scope="col">{t("planning.col.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {pending.map((o) => {
                    const report = o.reports[0];
                    return (
                      <tr key={o.id}>
                        <td>{o.task.label}</td>
                        <td>{o.unitName}</td>
                        <td className="nowrap">
                          {o.label} · {formatDate(o.dueDay)} <DueBadge occurrence={o} />
                          <div>
                            <StatusBadge occurrence={o} />
                          </div>
                        </td>
                        <td className="plan-text">
                          {report?.note}
                          {report?.evidenceNumber && <div>{t("planning.report.evidenceShort", { number: report.evidenceNumber, date: report.evidenceDate ? formatDate(report.evidenceDate) : "" })}</div>}
                        </td>
                        <td>
                          {report && (
                            <div className="plan-actions">
                              <button type="button" className="button" disabled={busy} onClick={() => void act(REVIEW_PROGRESS, { id: report.id, decision: "ACCEPT", comment: null })}>
                                {t("planning.review.accept")}
                              </button>
                              <button
                                type="button"
                                className="button"
                                disabled={busy}
                                onClick={() => {
                                  const comment = window.prompt(t("planning.review.reason"));
                                  if (comment !== null) void act(REVIEW_PROGRESS, { id: report.id, decision: "RETURN", comment });
                                }}
                              >
                                {t("planning.review.return")}
                              </button>
                            </div>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}

      {plan.unitPlans.length > 0 && (
        <>
          <h2>{t("planning.unitPlans.heading")}</h2>
          <p>{t("planning.unitPlans.summary", { missing: plan.unitPlans.filter((u) => u.status === "MISSING").length, total: plan.unitPlans.length })}</p>
        </>
      )}

      {plan.importWarnings.length > 0 && (
        <details>
          <summary>{t("planning.import.warnings", { count: plan.importWarnings.length })}</summary>
          <ul className="warnings">
            {plan.importWarnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function SectionBlock({ number, title, progress, tasks }: { number: string | null; title: string; progress: Progress; tasks: PlanTask[] }) {
  return (
    <>
      <tr className="section-row">
        <th colSpan={6} scope="rowgroup">
          {number}. {title}
        </th>
        <th>
          <ProgressMeter progress={progress} />
        </th>
      </tr>
      {tasks.map((task) => (
        <tr key={task.id}>
          <td>{task.label}</td>
          <td className="plan-text">{task.content}</td>
          <td>{task.timeframeText}</td>
          <td>{writtenNames(task.leadUnits)}</td>
          <td>{writtenNames(task.coordinatingUnits)}</td>
          <td>
            {task.resultItems.length > 1 ? (
              <ul>
                {task.resultItems.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            ) : (
              task.expectedResult
            )}
          </td>
          <td>
            <ProgressMeter progress={task.progress} />
          </td>
        </tr>
      ))}
    </>
  );
}
