import { Route, Routes } from "react-router-dom";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { UnitReportPage } from "./detail/UnitReportPage.tsx";
import { ReportsPage } from "./ReportsPage.tsx";
import "./reporting.css";

/** /reporting (a kind and period: completeness and the unit reports) and /reporting/reports/:id (one unit's report). */
export function ReportingRoutes() {
  return (
    <Routes>
      <Route index element={<ReportsPage />} />
      <Route path="reports/:id" element={<UnitReportPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
