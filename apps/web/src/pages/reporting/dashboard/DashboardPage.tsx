import { Alert, Select } from "antd";
import type { ReactNode } from "react";
import { useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { todayInVietnam } from "../../../ui/dayjs.ts";
import { addMonths, monthBounds } from "@tthc/calendar/months";
import { DashboardIndexPanel } from "./DashboardIndexPanel.tsx";
import { DashboardPlanSectionsPanel } from "./DashboardPlanSectionsPanel.tsx";
import { DASHBOARD_UNITS, monthLabel, REPORTING_DASHBOARD_QUERY } from "./dashboard-api.ts";
import { ComplaintPanels, DossierPanel, InspectionPanel, PlanPanel } from "./panels.tsx";
import "./dashboard.css";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The months offered: this month and the 23 before it (the server aggregates at most 24). */
const MONTHS_OFFERED = 24;
/** The window a visit opens on: the last twelve months. */
const DEFAULT_MONTHS = 12;

/**
 * Bảng điều khiển: the reporting figures of a window of months as charts, each figure a link to the records
 * behind it. The server decides whose figures a reader gets (a unit officer: their own unit's).
 */
export function DashboardPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const thisMonth = todayInVietnam().slice(0, 7);
  const months = Array.from({ length: MONTHS_OFFERED }, (_, i) => addMonths(thisMonth, -i));
  const pick = (key: string, fallback: string) => {
    const asked = params.get(key) ?? "";
    return MONTH.test(asked) && months.includes(asked) ? asked : fallback;
  };
  const toMonth = pick("to", thisMonth);
  const askedFrom = pick("from", addMonths(toMonth, 1 - DEFAULT_MONTHS));
  const fromMonth = askedFrom > toMonth ? toMonth : askedFrom;
  const range = { from: monthBounds(fromMonth).start, to: monthBounds(toMonth).end };
  const query = useGraphQLQuery([...keys.reports, "dashboard", range], REPORTING_DASHBOARD_QUERY, { ...range, first: DASHBOARD_UNITS });
  const data = query.data?.reportingDashboard;
  const choose = (key: "from" | "to", month: string) => setParams(new URLSearchParams({ from: fromMonth, to: toMonth, [key]: month }));
  const monthOptions = months.map((m) => ({ value: m, label: monthLabel(m) }));

  let body: ReactNode;
  if (query.isError) body = <Alert type="error" title={errorText(query.error, lang, t)} />;
  else if (!data)
    body = (
      <p className="page-status" role="status">
        {t("dashboard.loading")}
      </p>
    );
  else
    body = (
      <div className="dashboard-grid">
        <PlanPanel data={data} />
        <DashboardPlanSectionsPanel year={Number(toMonth.slice(0, 4))} />
        <ComplaintPanels data={data} />
        <DossierPanel data={data} />
        <InspectionPanel data={data} />
        <DashboardIndexPanel month={toMonth} />
      </div>
    );

  return (
    <section aria-labelledby="page-title" className="kit-stack">
      <h1 id="page-title">{t("dashboard.heading")}</h1>
      <p className="reports-note">{t("dashboard.intro")}</p>
      <div className="kit-toolbar" role="group" aria-label={t("dashboard.window")}>
        <label>
          <span>{t("dashboard.fromMonth")}</span>
          <Select
            aria-label={t("dashboard.fromMonth")}
            value={fromMonth}
            style={{ width: "9rem" }}
            options={monthOptions.filter((o) => o.value <= toMonth)}
            onChange={(m: string) => choose("from", m)}
          />
        </label>
        <label>
          <span>{t("dashboard.toMonth")}</span>
          <Select
            aria-label={t("dashboard.toMonth")}
            value={toMonth}
            style={{ width: "9rem" }}
            options={monthOptions.filter((o) => o.value >= fromMonth)}
            onChange={(m: string) => choose("to", m)}
          />
        </label>
      </div>
      {body}
    </section>
  );
}
