import { NavLink, Route, Routes } from "react-router-dom";
import { useSession } from "../../auth/SessionProvider.tsx";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { FocalOfficersPage } from "./FocalOfficersPage.tsx";
import { ImportPlanPage } from "./ImportPlanPage.tsx";
import { MyTasksPage } from "./MyTasksPage.tsx";
import { PlanPage } from "./PlanPage.tsx";
import { PlansPage } from "./PlansPage.tsx";
import { UnitPlanPage } from "./UnitPlanPage.tsx";
import "./planning.css";

/** Kế hoạch: the plans, one plan as a table like the document, the import, and a unit's own tasks. */
export function PlanningRoutes() {
  const { t } = useI18n();
  const { state } = useSession();
  const isAdmin = state.status === "signedIn" && state.user.roles.includes("CITY_ADMIN");
  return (
    <>
      <nav className="subnav" aria-label={t("planning.nav")}>
        <NavLink to="/planning" end>
          {t("planning.nav.plans")}
        </NavLink>
        <NavLink to="/planning/my-tasks">{t("planning.nav.myTasks")}</NavLink>
        <NavLink to="/planning/focal-officers">{t("planning.nav.focalOfficers")}</NavLink>
        {isAdmin && <NavLink to="/planning/import">{t("planning.nav.import")}</NavLink>}
      </nav>
      <Routes>
        <Route index element={<PlansPage />} />
        <Route path="import" element={<ImportPlanPage />} />
        <Route path="plans/:id" element={<PlanPage />} />
        <Route path="plans/:id/unit-plan" element={<UnitPlanPage />} />
        <Route path="my-tasks" element={<MyTasksPage />} />
        <Route path="focal-officers" element={<FocalOfficersPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
