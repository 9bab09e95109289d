import { useCallback, useEffect, useId, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { DueBadge, StatusBadge } from "./badges.tsx";
import {
  ACTIVITY_KINDS,
  EXPORT_PLAN_DOCX,
  failureText,
  saveStoredFile,
  ISSUE_PLAN,
  LINK_TASK,
  PLAN_OCCURRENCES,
  PLAN_QUERY,
  REVIEW_PROGRESS,
  type Occurrence,
  type PlanDetail,
  type PlanTask,
  type Progress,
} from "./planning-api.ts";
import { ProgressMeter } from "./ProgressMeter.tsx";
import { QuarterTimeline } from "./QuarterTimeline.tsx";
import { UnitPlanBoard } from "./UnitPlanBoard.tsx";

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
  const roles = state.status === "signedIn" ? state.user.roles : [];
  const isAdmin = roles.includes("CITY_ADMIN");
  const isOfficer = roles.includes("UNIT_OFFICER");
  const seesAllUnits = roles.some((r) => r === "CITY_ADMIN" || r === "LEADER" || r === "INSPECTOR");

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

  async function exportDocx(planId: string) {
    setBusy(true);
    setError(null);
    try {
      const { exportPlanDocx: file } = await api.request<{ exportPlanDocx: { url: string; name: string } }>(EXPORT_PLAN_DOCX, { planId });
      if (!(await saveStoredFile(file.url, file.name))) setError(t("planning.export.failed"));
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
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : (
          <p className="page-status" role="status">
            {t("planning.loading")}
          </p>
        )}
      </section>
    );
  }

  const allUnits = new Map(
    plan.sections.flatMap((s) =>
      s.tasks.flatMap((task) => unitsOf(task).flatMap((u) => (u.unitId ? [[u.unitId, u.unitName ?? u.writtenName] as const] : []))),
    ),
  );
  const sections = plan.sections
    .filter((s) => !sectionId || s.id === sectionId)
    .map((s) => ({
      ...s,
      tasks: s.tasks.filter(
        (task) =>
          (!unitId || unitsOf(task).some((u) => u.unitId === unitId)) &&
          (!taskState || taskStates(task.progress).includes(taskState as TaskState)),
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
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="plan-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportDocx(plan.id)}>
          {t("planning.export.docx")}
        </button>
      </div>
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
            {[...allUnits]
              .sort((a, b) => a[1].localeCompare(b[1], "vi"))
              .map(([uid, name]) => (
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
              <SectionBlock
                key={s.id}
                number={s.number}
                title={s.title}
                progress={s.progress}
                tasks={s.tasks}
                onLink={isAdmin ? (taskId, kind) => void act(LINK_TASK, { taskId, kind: kind || null }) : null}
              />
            ))}
          </tbody>
        </table>
      </div>

      {plan.status !== "DRAFT" && <QuarterTimeline planId={plan.id} year={plan.year} />}

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
                          {report?.evidenceNumber && (
                            <div>
                              {t("planning.report.evidenceShort", {
                                number: report.evidenceNumber,
                                date: report.evidenceDate ? formatDate(report.evidenceDate) : "",
                              })}
                            </div>
                          )}
                        </td>
                        <td>
                          {report && (
                            <div className="plan-actions">
                              <button
                                type="button"
                                className="button"
                                disabled={busy}
                                onClick={() => void act(REVIEW_PROGRESS, { id: report.id, decision: "ACCEPT", comment: null })}
                              >
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

      {plan.unitPlans.length > 0 && seesAllUnits && <UnitPlanBoard planId={plan.id} canReview={isAdmin} />}
      {plan.status !== "DRAFT" && isOfficer && (
        <p>
          <Link className="button" to={`/planning/plans/${plan.id}/unit-plan`}>
            {t("planning.unitPlan.open")}
          </Link>
        </p>
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

interface SectionBlockProps {
  number: string | null;
  title: string;
  progress: Progress;
  tasks: PlanTask[];
  /** The city office links a task to a system activity; null for everyone else. */
  onLink: ((taskId: string, kind: string) => void) | null;
}

function SectionBlock({ number, title, progress, tasks, onLink }: SectionBlockProps) {
  const { t } = useI18n();
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
            {onLink ? (
              <select
                aria-label={t("planning.activity.label", { task: task.label })}
                value={task.activityKind ?? ""}
                onChange={(e) => onLink(task.id, e.target.value)}
              >
                <option value="">{t("planning.activity.none")}</option>
                {ACTIVITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`planning.activity.${k}`)}
                  </option>
                ))}
              </select>
            ) : (
              task.activityKind && <div className="secondary">{t(`planning.activity.${task.activityKind}`)}</div>
            )}
          </td>
        </tr>
      ))}
    </>
  );
}
