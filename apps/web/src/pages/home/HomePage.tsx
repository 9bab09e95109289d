import { useQueries } from "@tanstack/react-query";
import { Alert, Card, Tag } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { formatInstant } from "../../ui/dayjs.ts";
import { ExportXlsxButton } from "../../ui/ExportXlsxButton.tsx";
import { MarkReadButton, NotificationTitle } from "../notifications/NotificationsPage.tsx";
import { NOTIFICATION_PAGE, notificationKeys } from "../notifications/notifications-query.ts";
import { DueBadge } from "../planning/badges.tsx";
import { UNIT_PLAN_BOARD } from "../planning/planning-api.ts";
import {
  HOME_COMPLAINTS,
  HOME_LIST_SIZE,
  HOME_OCCURRENCES,
  HOME_AWAITING_REVIEW,
  HOME_PLANS,
  OPEN_COMPLAINT_STATUSES,
  type HomeComplaint,
  type HomeOccurrence,
} from "./home-query.ts";

/**
 * Việc cần làm: the landing page of every role — unread notifications, the occurrences of my unit due
 * soon or overdue, the PAKN of my inbox by legal deadline, and what waits for my review. Each row links
 * to its record; each list reads through the query cache under the keys its own page uses, so an
 * action anywhere (marking read, reporting progress, reviewing) refreshes it.
 */
export function HomePage() {
  const { t } = useI18n();
  const { state } = useSession();
  const roles = state.status === "signedIn" ? state.user.roles : [];
  const reviews = roles.includes("CITY_ADMIN") || roles.includes("LEADER");
  return (
    <section aria-labelledby="page-title" className="todo">
      <h1 id="page-title">{t("home.heading")}</h1>
      <div className="todo__grid">
        <NotificationsCard />
        <OccurrencesCard />
        <ComplaintsCard />
        {reviews && <ReviewCard approvesAnswers={roles.includes("CITY_ADMIN")} />}
      </div>
    </section>
  );
}

/** One card of the page: a heading (h2) that names its list, the list or a status line, a "see all" link. */
function TodoCard({ id, title, more, children }: { id: string; title: string; more?: ReactNode; children: ReactNode }) {
  return (
    <Card
      className="todo__card"
      title={
        <h2 id={id} className="todo__title">
          {title}
        </h2>
      }
      extra={more}
    >
      {children}
    </Card>
  );
}

/** The status line of a list: loading, the error, or the empty text. */
function ListStatus({ loading, error, emptyText }: { loading: boolean; error: unknown; emptyText: string | null }) {
  const { t, lang } = useI18n();
  if (error) return <Alert type="error" title={errorText(error, lang, t)} />;
  const text = loading ? t("home.loading") : emptyText;
  return text ? (
    <p className="page-status" role="status">
      {text}
    </p>
  ) : null;
}

function NotificationsCard() {
  const { t } = useI18n();
  const variables = { unreadOnly: true, limit: HOME_LIST_SIZE, offset: 0 };
  const query = useGraphQLQuery(notificationKeys.page(variables), NOTIFICATION_PAGE, variables);
  const page = query.data?.myNotificationPage;
  return (
    <TodoCard
      id="todo-notifications"
      title={page ? t("home.notifications.titleCount", { count: page.total }) : t("home.notifications.title")}
      more={<Link to="/notifications">{t("home.notifications.all")}</Link>}
    >
      <ListStatus loading={query.isPending} error={query.error} emptyText={page?.total === 0 ? t("home.notifications.empty") : null} />
      {page && page.items.length > 0 && (
        <ul className="todo__list" aria-labelledby="todo-notifications">
          {page.items.map((n) => (
            <li key={n.id}>
              <div className="todo__main">
                <NotificationTitle notification={n} />
                <span className="secondary">{formatInstant(n.createdAt)}</span>
              </div>
              <MarkReadButton notification={n} />
            </li>
          ))}
        </ul>
      )}
    </TodoCard>
  );
}

/** Not done and not yet overdue: the statuses whose occurrences can be due soon. */
const OPEN_OCCURRENCE_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "BLOCKED"] as const;

function OccurrencesCard() {
  const { t } = useI18n();
  const { api } = useSession();
  const overdueVariables = { overdue: true, limit: HOME_LIST_SIZE };
  const overdue = useGraphQLQuery([...keys.occurrences, "home", overdueVariables], HOME_OCCURRENCES, overdueVariables);
  // Soonest due first by status, cut by the server; those within the due-soon window are kept.
  const upcoming = useQueries({
    queries: OPEN_OCCURRENCE_STATUSES.map((status) => {
      const variables = { status, overdue: false, limit: HOME_LIST_SIZE };
      return {
        queryKey: [...keys.occurrences, "home", variables],
        queryFn: ({ signal }: { signal: AbortSignal }) => api.request(HOME_OCCURRENCES, variables, signal),
      };
    }),
  });
  const dueSoon = upcoming
    .flatMap((q) => q.data?.myOccurrences ?? [])
    .filter((o) => o.dueSoon)
    .sort((a, b) => a.dueDay.localeCompare(b.dueDay));
  const pressing = [...(overdue.data?.myOccurrences ?? []), ...dueSoon].slice(0, HOME_LIST_SIZE);
  const loading = overdue.isPending || upcoming.some((q) => q.isPending);
  const error = overdue.error ?? upcoming.find((q) => q.error)?.error ?? null;
  return (
    <TodoCard
      id="todo-occurrences"
      title={t("home.occurrences.title")}
      more={
        <Link to={pressing.some((o) => o.overdue) ? "/planning/my-tasks?overdue=1" : "/planning/my-tasks"}>
          {t("home.occurrences.all")}
        </Link>
      }
    >
      <ListStatus loading={loading} error={error} emptyText={!loading && pressing.length === 0 ? t("home.occurrences.empty") : null} />
      {pressing.length > 0 && (
        <>
          <ul className="todo__list" aria-labelledby="todo-occurrences">
            {pressing.map((o) => (
              <OccurrenceItem key={o.id} occurrence={o} />
            ))}
          </ul>
          {/* Like every list of the app, this one exports as it is shown (the tasks page exports them all). */}
          <ExportXlsxButton
            fileName="nhiem-vu-sap-den-han-va-qua-han"
            header={[
              t("planning.col.number"),
              t("planning.col.content"),
              t("planning.col.period"),
              t("planning.plan.heading"),
              t("planning.col.due"),
              t("planning.col.status"),
            ]}
            rows={() =>
              pressing.map((o) => [
                o.task.label,
                o.task.content,
                o.label,
                o.plan.title,
                formatDate(o.dueDay),
                o.overdue ? t("planning.due.overdue", { count: -o.workingDaysLeft }) : t("planning.due.soon", { count: o.workingDaysLeft }),
              ])
            }
          />
        </>
      )}
    </TodoCard>
  );
}

function OccurrenceItem({ occurrence: o }: { occurrence: HomeOccurrence }) {
  const { t } = useI18n();
  return (
    <li>
      <div className="todo__main">
        <Link to={`/planning/my-tasks?plan=${o.plan.id}`}>{t("home.occurrences.item", { task: o.task.label, period: o.label })}</Link>
        <span className="todo__text">{o.task.content}</span>
        <span className="secondary">
          {t("home.occurrences.due", { date: o.dueDay })} · {o.plan.title}
        </span>
      </div>
      <DueBadge occurrence={o} />
    </li>
  );
}

function ComplaintsCard() {
  const { t } = useI18n();
  const variables = { filter: { statuses: [...OPEN_COMPLAINT_STATUSES] }, limit: HOME_LIST_SIZE };
  const query = useGraphQLQuery([...keys.complaints, "home", variables], HOME_COMPLAINTS, variables);
  const page = query.data?.complaints;
  return (
    <TodoCard
      id="todo-complaints"
      title={page ? t("home.complaints.titleCount", { count: page.total }) : t("home.complaints.title")}
      more={<Link to="/complaints">{t("home.complaints.all")}</Link>}
    >
      <ListStatus loading={query.isPending} error={query.error} emptyText={page?.total === 0 ? t("home.complaints.empty") : null} />
      {page && page.items.length > 0 && <ComplaintList labelledBy="todo-complaints" items={page.items} />}
    </TodoCard>
  );
}

function ComplaintList({ labelledBy, items }: { labelledBy: string; items: readonly HomeComplaint[] }) {
  const { t, lang } = useI18n();
  return (
    <ul className="todo__list" aria-labelledby={labelledBy}>
      {items.map((c) => (
        <li key={c.id}>
          <div className="todo__main">
            <Link to={`/complaints/${c.id}`} className="code">
              {c.trackingCode}
            </Link>
            <span className="todo__text">{c.regulation}</span>
            <span className="secondary">
              {c.statusText[lang]}
              {c.currentDue && ` · ${t("home.complaints.due", { date: c.currentDue })}`}
            </span>
          </div>
          {c.dueStatus && c.dueStatus !== "ON_TRACK" && (
            <Tag color={c.dueStatus === "OVERDUE" ? "error" : "warning"}>{t(`complaints.due.${c.dueStatus}` as MessageKey)}</Tag>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Chờ tôi xem xét: the unit plans submitted to the city office (every issued plan that asks units for
 * one) and, for the city office, the progress reports and the PAKN answers waiting for it.
 */
function ReviewCard({ approvesAnswers }: { approvesAnswers: boolean }) {
  const { t } = useI18n();
  const { api } = useSession();
  const plansQuery = useGraphQLQuery([...keys.plans, "home"], HOME_PLANS);
  const asking = (plansQuery.data?.plans ?? []).filter((p) => p.status === "ISSUED" && p.unitPlanDeadline);
  // One board per plan, under the key the plan page's board uses (a review there refreshes this list).
  const boards = useQueries({
    queries: asking.map((plan) => ({
      queryKey: [...keys.unitPlans, plan.id],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.request(UNIT_PLAN_BOARD, { planId: plan.id }, signal),
    })),
  });
  const submitted = asking.flatMap((plan, i) =>
    (boards[i]?.data?.unitPlanBoard.rows ?? []).filter((r) => r.status === "SUBMITTED").map((row) => ({ plan, row })),
  );
  const answersVariables = { filter: { statuses: ["HANDLED" as const] }, limit: HOME_LIST_SIZE };
  const answers = useGraphQLQuery([...keys.complaints, "home", answersVariables], HOME_COMPLAINTS, answersVariables, {
    enabled: approvesAnswers,
  });
  const answerPage = approvesAnswers ? answers.data?.complaints : undefined;
  // Under the occurrences' cache family: a review on the plan page refreshes this list.
  const progress = useGraphQLQuery(
    [...keys.occurrences, "awaiting-review"],
    HOME_AWAITING_REVIEW,
    { limit: HOME_LIST_SIZE },
    {
      enabled: approvesAnswers,
    },
  );
  const progressPage = approvesAnswers ? progress.data?.occurrencesAwaitingReview : undefined;
  const loading = plansQuery.isPending || boards.some((b) => b.isPending) || (approvesAnswers && (answers.isPending || progress.isPending));
  const error = plansQuery.error ?? boards.find((b) => b.error)?.error ?? (approvesAnswers ? (answers.error ?? progress.error) : null);
  const empty = !loading && submitted.length === 0 && (answerPage?.total ?? 0) === 0 && (progressPage?.total ?? 0) === 0;
  return (
    <TodoCard id="todo-review" title={t("home.review.title")}>
      <ListStatus loading={loading} error={error} emptyText={empty ? t("home.review.empty") : null} />
      {submitted.length > 0 && (
        <>
          <h3 id="todo-review-plans" className="todo__subtitle">
            {t("home.review.unitPlans", { count: submitted.length })}
          </h3>
          <ul className="todo__list" aria-labelledby="todo-review-plans">
            {submitted.slice(0, HOME_LIST_SIZE).map(({ plan, row }) => (
              <li key={row.id}>
                <div className="todo__main">
                  <Link to={`/planning/plans/${plan.id}`}>{row.unitName}</Link>
                  <span className="secondary">
                    {plan.title}
                    {row.submittedOn && ` · ${t("planning.unitPlan.submittedOn", { date: formatDate(row.submittedOn) })}`}
                  </span>
                </div>
                {row.late && <Tag color="warning">{t("planning.unitPlan.late")}</Tag>}
              </li>
            ))}
          </ul>
        </>
      )}
      {progressPage && progressPage.total > 0 && (
        <>
          <h3 id="todo-review-progress" className="todo__subtitle">
            {t("home.review.progress", { count: progressPage.total })}
          </h3>
          <ul className="todo__list" aria-labelledby="todo-review-progress">
            {progressPage.items.map((o) => (
              <li key={o.id}>
                <div className="todo__main">
                  <Link to={`/planning/plans/${o.plan.id}`}>
                    {o.task.label} · {o.unitName}
                  </Link>
                  <span className="secondary">
                    {o.label} · {o.plan.title}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {answerPage && answerPage.total > 0 && (
        <>
          <h3 id="todo-review-answers" className="todo__subtitle">
            {t("home.review.answers", { count: answerPage.total })}
          </h3>
          <ComplaintList labelledBy="todo-review-answers" items={answerPage.items} />
        </>
      )}
    </TodoCard>
  );
}
