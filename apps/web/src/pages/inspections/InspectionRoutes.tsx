import { NavLink, Route, Routes } from "react-router-dom";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { InspectionPage } from "./detail/InspectionPage.tsx";
import { InspectionsPage } from "./InspectionsPage.tsx";
import { PlanPage } from "./plans/PlanPage.tsx";
import { PlansPage } from "./plans/PlansPage.tsx";
import { RecommendationsPage } from "./recommendations/RecommendationsPage.tsx";
import { abilities, useCurrentUser } from "./access.ts";
import { CalendarPage } from "./calendar/CalendarPage.tsx";
import { RiskRankingPage } from "./risk/RiskRankingPage.tsx";
import { TemplatesPage } from "./templates/TemplatesPage.tsx";
import { UnitInspectionsPage } from "./units/UnitInspectionsPage.tsx";
// The sub-navigation's look is planning's, the cards and fact lists are the PAKN pages' (one style for every section).
import "../../public/public.css";
import "../planning/planning.css";
import "./inspections.css";

/**
 * Kiểm tra: the inspections, the year's plans, one inspection, the recommendations' follow-up, and the
 * tools of the city office, leaders and inspectors (risk ranking, calendar, checklist templates), whose
 * links only they see (the server refuses the others anyway).
 */
export function InspectionRoutes() {
  const { t } = useI18n();
  const can = abilities(useCurrentUser());
  return (
    <>
      <nav className="subnav" aria-label={t("inspections.nav")}>
        <NavLink to="/inspections" end>
          {t("inspections.nav.list")}
        </NavLink>
        <NavLink to="/inspections/plans">{t("inspections.nav.plans")}</NavLink>
        <NavLink to="/inspections/recommendations">{t("inspections.nav.recommendations")}</NavLink>
        {can.planReader && (
          <>
            <NavLink to="/inspections/calendar">{t("inspections.nav.calendar")}</NavLink>
            <NavLink to="/inspections/risk">{t("inspections.nav.risk")}</NavLink>
            <NavLink to="/inspections/templates">{t("inspections.nav.templates")}</NavLink>
          </>
        )}
      </nav>
      <Routes>
        <Route index element={<InspectionsPage />} />
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/:id" element={<PlanPage />} />
        <Route path="recommendations" element={<RecommendationsPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="risk" element={<RiskRankingPage />} />
        <Route path="templates" element={<TemplatesPage />} />
        <Route path="units/:unitId" element={<UnitInspectionsPage />} />
        <Route path=":id" element={<InspectionPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
