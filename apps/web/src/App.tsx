import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { SessionProvider } from "./auth/SessionProvider.tsx";
import { I18nProvider } from "./i18n/I18nProvider.tsx";

// Two bundles split at the top: the citizens' PAKN pages stay light (no UI kit), the signed-in app
// loads Ant Design and splits further by section (AdminApp.tsx).
const PublicApp = lazy(() => import("./public/PublicApp.tsx"));
const AdminApp = lazy(() => import("./AdminApp.tsx"));

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Suspense fallback={null}>
            <Routes>
              <Route path="/pakn/*" element={<PublicApp />} />
              <Route path="*" element={<AdminApp />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
