import { Alert } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../api/query.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { PLANS_QUERY, type PlanSummary } from "./planning-api.ts";
import { ProgressMeter } from "./ProgressMeter.tsx";
import { compareVietnamese } from "../../i18n/collate.ts";
import { DataTable } from "../../ui/DataTable.tsx";

/** Danh sách kế hoạch: every plan the user may see, newest year first, with its roll-up. */
export function PlansPage() {
  const { t, lang } = useI18n();
  const plansQuery = useGraphQLQuery(keys.plans, PLANS_QUERY);
  const plans = plansQuery.data?.plans ?? null;
  const error = plansQuery.isError ? errorText(plansQuery.error, lang, t) : null;

  const columns: ColumnsType<PlanSummary> = [
    { title: t("planning.plans.year"), dataIndex: "year", sorter: (a, b) => a.year - b.year },
    {
      title: t("planning.plans.title"),
      dataIndex: "title",
      sorter: (a, b) => compareVietnamese(a.title, b.title),
      render: (_, p) => (
        <>
          <Link to={`/planning/plans/${p.id}`}>{p.title}</Link>
          <span className="secondary">{p.issuingUnit.name}</span>
        </>
      ),
    },
    {
      title: t("planning.plans.decision"),
      key: "decision",
      className: "nowrap",
      render: (_, p) => (
        <>
          {p.decisionNumber ?? t("planning.plans.noNumber")}
          {p.decisionDate && <span className="secondary">{formatDate(p.decisionDate)}</span>}
        </>
      ),
    },
    { title: t("planning.plans.status"), key: "status", render: (_, p) => t(`planning.status.${p.status}`) },
    { title: t("planning.plans.tasks"), dataIndex: "taskCount", sorter: (a, b) => a.taskCount - b.taskCount },
    {
      title: t("planning.plans.progress"),
      key: "progress",
      sorter: (a, b) => a.progress.percentDone - b.progress.percentDone,
      render: (_, p) => <ProgressMeter progress={p.progress} />,
    },
  ];

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("planning.plans.heading")}</h1>
      {error && <Alert type="error" title={error} />}
      <p className="page-status" role="status">
        {plans === null && !error ? t("planning.loading") : plans?.length === 0 ? t("planning.plans.empty") : ""}
      </p>
      {plans && plans.length > 0 && <DataTable label={t("planning.plans.heading")} rowKey="id" columns={columns} dataSource={plans} />}
    </section>
  );
}
