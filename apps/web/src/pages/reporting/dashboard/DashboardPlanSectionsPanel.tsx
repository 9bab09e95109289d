import { Alert } from "antd";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { Chart, CHART_COLORS } from "../../../ui/Chart.tsx";
import { sectionLabel } from "../../planning/labels.ts";
import { DASHBOARD_PLANS_QUERY, DASHBOARD_PLAN_SECTIONS_QUERY, issuedPlanOf, planSection } from "./dashboard-api.ts";

const percent = (value: number) => `${value}%`;

/**
 * The progress of the issued plan of the window's last year, per section, read from planning (the plan's
 * owner) through the gateway: the plans first (a plan's fields only), then that one plan's sections. Each
 * section's bar opens the plan's page at that section.
 */
export function DashboardPlanSectionsPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const plans = useGraphQLQuery([...keys.plans, "dashboard"], DASHBOARD_PLANS_QUERY, {});
  const plan = plans.data ? issuedPlanOf(plans.data.plans, year) : null;
  const sections = useGraphQLQuery(
    [...keys.plan(plan?.id ?? ""), "dashboard-sections"],
    DASHBOARD_PLAN_SECTIONS_QUERY,
    { id: plan?.id ?? "" },
    {
      enabled: !!plan,
    },
  );
  const error = plans.error ?? sections.error;
  if (error) return <Alert type="error" title={errorText(error, lang, t)} />;
  if (!plans.data) return null;
  if (!plan)
    return (
      <div className="panel">
        <p className="reports-note" role="status">
          {t("dashboard.planSections.none", { year })}
        </p>
      </div>
    );
  const rows = sections.data?.plan?.sections ?? [];
  return (
    <div className="panel">
      <Chart
        title={t("dashboard.planSections.title", { title: plan.title })}
        horizontal
        max={100}
        format={percent}
        categories={rows.map(sectionLabel)}
        series={[{ name: t("dashboard.planSections.done"), values: rows.map((s) => s.progress.percentDone), color: CHART_COLORS.done }]}
        drillDown={(i) => planSection(plan.id, rows[i]!.id)}
      />
    </div>
  );
}
