import { NavLink, Route, Routes } from "react-router-dom";
import { useSession } from "../../auth/SessionProvider.tsx";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { DashboardPage } from "./dashboard/DashboardPage.tsx";
import { DossierResolutionsPage } from "./dashboard/DossierResolutionsPage.tsx";
import { FigureRecordsPage } from "./dashboard/FigureRecordsPage.tsx";
import { UnitReportPage } from "./detail/UnitReportPage.tsx";
import { DossierImportPage } from "./dossiers/DossierImportPage.tsx";
import { ServiceQualityPage } from "./index/ServiceQualityPage.tsx";
import { ReportsPage } from "./ReportsPage.tsx";
import { UnitScorecardPage } from "./scorecard/UnitScorecardPage.tsx";
import "./reporting.css";

/**
 * /reporting (a kind and period: completeness and the unit reports), /reporting/reports/:id (one unit's
 * report), /reporting/dashboard (the charts, each figure drilling down to its records), /reporting/dossiers
 * (the dossiers behind a figure of its dossier panel), /reporting/index (the
 * service-quality index: every reader of reports, a unit officer its own row), /reporting/units/:unitId (a
 * unit's scorecard: the same readers, a unit officer its own unit) and /reporting/dossier-imports (the dossier
 * statistics import: city office and leaders).
 */
export function ReportingRoutes() {
  const { t } = useI18n();
  const { state } = useSession();
  const roles: readonly string[] = state.status === "signedIn" ? state.user.roles : [];
  const readsImports = roles.includes("CITY_ADMIN") || roles.includes("LEADER");
  return (
    <>
      <nav className="subnav" aria-label={t("reports.nav")}>
        <NavLink to="/reporting" end>
          {t("reports.nav.reports")}
        </NavLink>
        <NavLink to="/reporting/dashboard">{t("reports.nav.dashboard")}</NavLink>
        <NavLink to="/reporting/index">{t("reports.nav.index")}</NavLink>
        {readsImports && <NavLink to="/reporting/dossier-imports">{t("reports.nav.dossiers")}</NavLink>}
      </nav>
      <Routes>
        <Route index element={<ReportsPage />} />
        <Route path="reports/:id" element={<UnitReportPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="dossiers" element={<DossierResolutionsPage />} />
        <Route path="records" element={<FigureRecordsPage />} />
        <Route path="index" element={<ServiceQualityPage />} />
        <Route path="units/:unitId" element={<UnitScorecardPage />} />
        {readsImports && <Route path="dossier-imports" element={<DossierImportPage />} />}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
