import { Spin } from "antd";
import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router-dom";
import { ChangePasswordPage } from "./auth/ChangePasswordPage.tsx";
import { LoginPage } from "./auth/LoginPage.tsx";
import { RequireSession } from "./auth/RequireSession.tsx";
import { AppShell } from "./layout/AppShell.tsx";
import { CHANGE_PASSWORD_PATH, SECTIONS } from "./layout/sections.ts";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { UnderConstructionPage } from "./pages/UnderConstructionPage.tsx";
import { AdminProviders } from "./ui/AdminProviders.tsx";

// One chunk per section: a ward officer opening planning does not download user administration.
const HomePage = lazy(() => import("./pages/home/HomePage.tsx").then((m) => ({ default: m.HomePage })));
const NotificationsPage = lazy(() => import("./pages/notifications/NotificationsPage.tsx").then((m) => ({ default: m.NotificationsPage })));
const UnitsPage = lazy(() => import("./pages/UnitsPage.tsx").then((m) => ({ default: m.UnitsPage })));
const UnitDetailPage = lazy(() => import("./pages/UnitDetailPage.tsx").then((m) => ({ default: m.UnitDetailPage })));
const ReorganisationPage = lazy(() =>
  import("./pages/reorganisation/ReorganisationPage.tsx").then((m) => ({ default: m.ReorganisationPage })),
);
const DecisionPage = lazy(() => import("./pages/reorganisation/DecisionPage.tsx").then((m) => ({ default: m.DecisionPage })));
const UsersPage = lazy(() => import("./pages/UsersPage.tsx").then((m) => ({ default: m.UsersPage })));
const PlanningRoutes = lazy(() => import("./pages/planning/PlanningRoutes.tsx").then((m) => ({ default: m.PlanningRoutes })));
const InspectionRoutes = lazy(() => import("./pages/inspections/InspectionRoutes.tsx").then((m) => ({ default: m.InspectionRoutes })));
const ComplaintRoutes = lazy(() => import("./pages/complaints/ComplaintRoutes.tsx").then((m) => ({ default: m.ComplaintRoutes })));
const ReportingRoutes = lazy(() => import("./pages/reporting/ReportingRoutes.tsx").then((m) => ({ default: m.ReportingRoutes })));

function Loading() {
  return (
    <div className="page-status" role="status">
      <Spin size="small" />
    </div>
  );
}

/** The signed-in app and its sign-in pages, inside the UI kit's providers. */
export default function AdminApp() {
  return (
    <AdminProviders>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireSession />}>
          <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
          <Route element={<AppShell />}>
            <Route
              index
              element={
                <Suspense fallback={<Loading />}>
                  <HomePage />
                </Suspense>
              }
            />
            <Route
              path="/notifications"
              element={
                <Suspense fallback={<Loading />}>
                  <NotificationsPage />
                </Suspense>
              }
            />
            <Route
              path="/directory"
              element={
                <Suspense fallback={<Loading />}>
                  <UnitsPage />
                </Suspense>
              }
            />
            <Route
              path="/directory/units/:id"
              element={
                <Suspense fallback={<Loading />}>
                  <UnitDetailPage />
                </Suspense>
              }
            />
            <Route
              path="/reorganisation"
              element={
                <Suspense fallback={<Loading />}>
                  <ReorganisationPage />
                </Suspense>
              }
            />
            <Route
              path="/reorganisation/:id"
              element={
                <Suspense fallback={<Loading />}>
                  <DecisionPage />
                </Suspense>
              }
            />
            <Route
              path="/users"
              element={
                <Suspense fallback={<Loading />}>
                  <UsersPage />
                </Suspense>
              }
            />
            <Route
              path="/planning/*"
              element={
                <Suspense fallback={<Loading />}>
                  <PlanningRoutes />
                </Suspense>
              }
            />
            <Route
              path="/complaints/*"
              element={
                <Suspense fallback={<Loading />}>
                  <ComplaintRoutes />
                </Suspense>
              }
            />
            <Route
              path="/inspections/*"
              element={
                <Suspense fallback={<Loading />}>
                  <InspectionRoutes />
                </Suspense>
              }
            />
            <Route
              path="/reporting/*"
              element={
                <Suspense fallback={<Loading />}>
                  <ReportingRoutes />
                </Suspense>
              }
            />
            {SECTIONS.filter((s) => !s.built).map((s) => (
              <Route key={s.path} path={s.path} element={<UnderConstructionPage title={s.label} />} />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </AdminProviders>
  );
}
