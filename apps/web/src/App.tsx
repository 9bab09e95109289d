import { BrowserRouter, Navigate, Route, Routes } from "react-router-dom";
import { ChangePasswordPage } from "./auth/ChangePasswordPage.tsx";
import { LoginPage } from "./auth/LoginPage.tsx";
import { RequireSession } from "./auth/RequireSession.tsx";
import { SessionProvider } from "./auth/SessionProvider.tsx";
import { I18nProvider } from "./i18n/I18nProvider.tsx";
import { AppShell } from "./layout/AppShell.tsx";
import { CHANGE_PASSWORD_PATH, HOME_PATH, SECTIONS } from "./layout/sections.ts";
import { ComplaintRoutes } from "./pages/complaints/ComplaintRoutes.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { PlanningRoutes } from "./pages/planning/PlanningRoutes.tsx";
import { UnderConstructionPage } from "./pages/UnderConstructionPage.tsx";
import { UnitsPage } from "./pages/UnitsPage.tsx";
import { UsersPage } from "./pages/UsersPage.tsx";
import { LookupPage } from "./public/LookupPage.tsx";
import { PublicLayout } from "./public/PublicLayout.tsx";
import { ResultsPage } from "./public/ResultsPage.tsx";
import { SubmitPage } from "./public/SubmitPage.tsx";

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            {/* Citizens' PAKN pages: outside the sign-in. */}
            <Route element={<PublicLayout />}>
              <Route path="/pakn" element={<SubmitPage />} />
              <Route path="/pakn/tra-cuu" element={<LookupPage />} />
              <Route path="/pakn/ket-qua" element={<ResultsPage />} />
            </Route>
            <Route element={<RequireSession />}>
              <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
              <Route element={<AppShell />}>
                <Route index element={<Navigate to={HOME_PATH} replace />} />
                <Route path="/directory" element={<UnitsPage />} />
                <Route path="/users" element={<UsersPage />} />
                <Route path="/planning/*" element={<PlanningRoutes />} />
                <Route path="/complaints/*" element={<ComplaintRoutes />} />
                {SECTIONS.filter((s) => !s.built).map((s) => (
                  <Route key={s.path} path={s.path} element={<UnderConstructionPage title={s.label} />} />
                ))}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
