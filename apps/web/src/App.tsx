import { BrowserRouter, Navigate, Route, Routes } from "react-router-dom";
import { LoginPage } from "./auth/LoginPage.tsx";
import { RequireSession } from "./auth/RequireSession.tsx";
import { SessionProvider } from "./auth/SessionProvider.tsx";
import { I18nProvider } from "./i18n/I18nProvider.tsx";
import { AppShell } from "./layout/AppShell.tsx";
import { HOME_PATH, SECTIONS } from "./layout/sections.ts";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { UnderConstructionPage } from "./pages/UnderConstructionPage.tsx";
import { UnitsPage } from "./pages/UnitsPage.tsx";

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route element={<RequireSession />}>
              <Route element={<AppShell />}>
                <Route index element={<Navigate to={HOME_PATH} replace />} />
                <Route path="/directory" element={<UnitsPage />} />
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
