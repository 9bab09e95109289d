import { Alert, Button, Form, Select, Space } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useState } from "react";
import { Link, useLocation, useParams } from "react-router-dom";
import { saveBlob } from "../../api/client.ts";
import { keys, useGraphQLMutation, useGraphQLQuery } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { DueBadge, StatusBadge } from "./badges.tsx";
import {
  ACTIVITY_KINDS,
  EXPORT_PLAN_DOCX,
  ISSUE_PLAN,
  LINK_TASK,
  PLAN_OCCURRENCES,
  PLAN_QUERY,
  REVIEW_PROGRESS,
  type Occurrence,
  type PlanTask,
  type Progress,
} from "./planning-api.ts";
import { ProgressMeter } from "./ProgressMeter.tsx";
import { ProgressChart } from "./PlanCharts.tsx";
import { QuarterTimeline } from "./QuarterTimeline.tsx";
import { UnitPlanBoard } from "./UnitPlanBoard.tsx";
import { compareVietnamese } from "../../i18n/collate.ts";
import { DataTable } from "../../ui/DataTable.tsx";
import { ReasonModal } from "../../ui/ReasonModal.tsx";
import { sectionLabel } from "./labels.ts";

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
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [sectionId, setSectionId] = useState("");
  const [unitId, setUnitId] = useState("");
  const [taskState, setTaskState] = useState("");
  /** The report whose return reason the dialog asks for. */
  const [returning, setReturning] = useState<string | null>(null);
  const roles = state.status === "signedIn" ? state.user.roles : [];
  const isAdmin = roles.includes("CITY_ADMIN");
  const isOfficer = roles.includes("UNIT_OFFICER");
  const seesAllUnits = roles.some((r) => r === "CITY_ADMIN" || r === "LEADER" || r === "INSPECTOR");

  const planQuery = useGraphQLQuery(keys.plan(id), PLAN_QUERY, { id });
  const plan = planQuery.data?.plan ?? null;
  // #section-<id> (the dashboard's section bars) scrolls to the section once the plan's table is drawn.
  const { hash } = useLocation();
  const loaded = plan !== null;
  useEffect(() => {
    if (loaded && hash.startsWith("#section-")) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [loaded, hash]);
  // The reports awaiting the city office's review: every occurrence of the issued plan, those pending kept.
  const occurrencesQuery = useGraphQLQuery(
    [...keys.occurrences, "plan", id],
    PLAN_OCCURRENCES,
    { planId: id, filter: null },
    { enabled: isAdmin && plan?.status === "ISSUED" },
  );
  const pending = (occurrencesQuery.data?.occurrences ?? []).filter((o) => o.review === "PENDING");
  // A plan's writes change its roll-up, the plans list and the occurrences' review state.
  const changes = [keys.plans, keys.occurrences];
  const issuePlan = useGraphQLMutation(ISSUE_PLAN, changes);
  const linkTask = useGraphQLMutation(LINK_TASK, changes);
  const reviewProgress = useGraphQLMutation(REVIEW_PROGRESS, changes);
  const busy = issuePlan.isPending || linkTask.isPending || reviewProgress.isPending;

  /** Runs a mutation (the cache refetches what it changed); returns the failure's text (also shown on the page), or null. */
  async function act(mutation: { mutateAsync(variables: Record<string, unknown>): Promise<unknown> }, variables: Record<string, unknown>) {
    setError(null);
    try {
      await mutation.mutateAsync(variables);
      return null;
    } catch (err) {
      const text = errorText(err, lang, t);
      setError(text);
      return text;
    }
  }

  async function exportDocx(planId: string) {
    setExporting(true);
    setError(null);
    try {
      const { exportPlanDocx: file } = await api.request(EXPORT_PLAN_DOCX, { planId });
      saveBlob(await api.download(file.url), file.name);
    } catch (err) {
      setError(errorText(err, lang, t));
    } finally {
      setExporting(false);
    }
  }

  if (!plan) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t("planning.plan.heading")}</h1>
        {planQuery.isError || planQuery.data?.plan === null ? (
          <Alert type="error" title={planQuery.isError ? errorText(planQuery.error, lang, t) : t("errors.NOT_FOUND")} />
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

  const reviewColumns: ColumnsType<Occurrence> = [
    { title: t("planning.col.number"), key: "task", render: (_, o) => o.task.label },
    { title: t("planning.filter.unit"), dataIndex: "unitName" },
    {
      title: t("planning.col.period"),
      key: "period",
      className: "nowrap",
      render: (_, o) => (
        <>
          {o.label} · {formatDate(o.dueDay)} <DueBadge occurrence={o} />
          <div>
            <StatusBadge occurrence={o} />
          </div>
        </>
      ),
    },
    {
      title: t("planning.report.note"),
      key: "note",
      className: "plan-text",
      render: (_, o) => {
        const report = o.reports[0];
        return (
          <>
            {report?.note}
            {report?.evidenceNumber && (
              <div>
                {t("planning.report.evidenceShort", {
                  number: report.evidenceNumber,
                  date: report.evidenceDate ? formatDate(report.evidenceDate) : "",
                })}
              </div>
            )}
          </>
        );
      },
    },
    {
      title: t("planning.col.actions"),
      key: "actions",
      render: (_, o) => {
        const report = o.reports[0];
        return (
          report && (
            <Space wrap>
              <Button disabled={busy} onClick={() => void act(reviewProgress, { id: report.id, decision: "ACCEPT", comment: null })}>
                {t("planning.review.accept")}
              </Button>
              <Button disabled={busy} onClick={() => setReturning(report.id)}>
                {t("planning.review.return")}
              </Button>
            </Space>
          )
        );
      },
    },
  ];

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
      {error && !returning && <Alert type="error" title={error} />}
      <Space className="plan-actions" wrap>
        <Button loading={exporting} onClick={() => void exportDocx(plan.id)}>
          {t("planning.export.docx")}
        </Button>
        {isAdmin && plan.status === "DRAFT" && (
          <Button type="primary" loading={busy} onClick={() => void act(issuePlan, { id: plan.id })}>
            {t("planning.plan.issue")}
          </Button>
        )}
      </Space>

      <Form className="filters-row" role="search" aria-label={t("planning.filters")} layout="vertical" name="planFilters">
        <Form.Item label={t("planning.filter.section")} htmlFor="plan-section">
          <Select
            id="plan-section"
            value={sectionId}
            onChange={setSectionId}
            popupMatchSelectWidth={false}
            options={[
              { value: "", label: t("planning.filter.all") },
              ...plan.sections.map((s) => ({ value: s.id, label: sectionLabel(s) })),
            ]}
          />
        </Form.Item>
        <Form.Item label={t("planning.filter.unit")} htmlFor="plan-unit">
          <Select
            id="plan-unit"
            value={unitId}
            onChange={setUnitId}
            showSearch={{ optionFilterProp: "label" }}
            options={[
              { value: "", label: t("planning.filter.all") },
              ...[...allUnits].sort((a, b) => compareVietnamese(a[1], b[1])).map(([uid, name]) => ({ value: uid, label: name })),
            ]}
          />
        </Form.Item>
        <Form.Item label={t("planning.filter.status")} htmlFor="plan-state">
          <Select
            id="plan-state"
            value={taskState}
            onChange={setTaskState}
            options={[
              { value: "", label: t("planning.filter.all") },
              ...TASK_STATES.map((s) => ({ value: s, label: t(`planning.taskState.${s}`) })),
            ]}
          />
        </Form.Item>
      </Form>

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
                id={s.id}
                number={s.number}
                title={s.title}
                progress={s.progress}
                tasks={s.tasks}
                onLink={isAdmin ? (taskId, kind) => void act(linkTask, { taskId, kind: kind || null }) : null}
              />
            ))}
          </tbody>
        </table>
      </div>

      {plan.status !== "DRAFT" && (
        <div className="chart-row">
          <ProgressChart
            title={t("planning.chart.bySection")}
            rows={plan.sections.map((s) => ({ label: sectionLabel(s), progress: s.progress }))}
          />
          <ProgressChart
            title={t("planning.chart.byUnit")}
            rows={plan.unitProgress.map((u) => ({ label: u.unitName, progress: u.progress }))}
          />
        </div>
      )}

      {plan.status !== "DRAFT" && <QuarterTimeline planId={plan.id} year={plan.year} />}

      {plan.unitProgress.length > 0 && (
        <>
          <h2>{t("planning.plan.byUnit")}</h2>
          <DataTable
            label={t("planning.plan.byUnit")}
            rowKey="unitId"
            dataSource={plan.unitProgress}
            columns={[
              { title: t("planning.filter.unit"), dataIndex: "unitName", sorter: (a, b) => compareVietnamese(a.unitName, b.unitName) },
              {
                title: t("planning.plans.progress"),
                key: "progress",
                sorter: (a, b) => a.progress.percentDone - b.progress.percentDone,
                render: (_, u) => <ProgressMeter progress={u.progress} />,
              },
            ]}
          />
        </>
      )}

      {isAdmin && plan.status === "ISSUED" && (
        <>
          <h2>{t("planning.review.heading")}</h2>
          {pending.length === 0 ? (
            <p>{t("planning.review.none")}</p>
          ) : (
            <DataTable label={t("planning.review.heading")} rowKey="id" dataSource={pending} columns={reviewColumns} />
          )}
          <ReasonModal
            open={returning !== null}
            title={t("planning.review.return")}
            label={t("planning.review.reason")}
            okText={t("planning.review.return")}
            onCancel={() => setReturning(null)}
            onSubmit={async (comment) => {
              const failure = await act(reviewProgress, { id: returning, decision: "RETURN", comment });
              if (!failure) setReturning(null);
              return failure;
            }}
          />
        </>
      )}

      {plan.unitPlans.length > 0 && seesAllUnits && <UnitPlanBoard planId={plan.id} canReview={isAdmin} />}
      {plan.status !== "DRAFT" && isOfficer && (
        <p>
          <Link to={`/planning/plans/${plan.id}/unit-plan`}>{t("planning.unitPlan.open")}</Link>
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
  /** The row's anchor (#section-<id>): the dashboard's section bars open the plan here. */
  id: string;
  number: string | null;
  title: string;
  progress: Progress;
  tasks: PlanTask[];
  /** The city office links a task to a system activity; null for everyone else. */
  onLink: ((taskId: string, kind: string) => void) | null;
}

function SectionBlock({ id, number, title, progress, tasks, onLink }: SectionBlockProps) {
  const { t } = useI18n();
  return (
    <>
      <tr className="section-row" id={`section-${id}`}>
        <th colSpan={6} scope="rowgroup">
          {sectionLabel({ number, title })}
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
              <Select
                aria-label={t("planning.activity.label", { task: task.label })}
                value={task.activityKind ?? ""}
                onChange={(kind) => onLink(task.id, kind)}
                popupMatchSelectWidth={false}
                style={{ minWidth: "10rem" }}
                options={[
                  { value: "", label: t("planning.activity.none") },
                  ...ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`planning.activity.${k}`) })),
                ]}
              />
            ) : (
              task.activityKind && <div className="secondary">{t(`planning.activity.${task.activityKind}`)}</div>
            )}
          </td>
        </tr>
      ))}
    </>
  );
}
