import { Route, Routes } from "react-router-dom";
// The staff pages share the cards and rows of the citizens' pages (a separate bundle now).
import "../../public/public.css";
import { ComplaintDetailPage } from "./detail/ComplaintDetailPage.tsx";
import { ComplaintIntakePage } from "./ComplaintIntakePage.tsx";
import { ComplaintSettingsPage } from "./ComplaintSettingsPage.tsx";
import { ComplaintsInboxPage } from "./ComplaintsInboxPage.tsx";

/** /complaints (inbox), /complaints/intake (staff intake), /complaints/settings (templates, retention) and /complaints/:id (detail). */
export function ComplaintRoutes() {
  return (
    <Routes>
      <Route index element={<ComplaintsInboxPage />} />
      <Route path="intake" element={<ComplaintIntakePage />} />
      <Route path="settings" element={<ComplaintSettingsPage />} />
      <Route path=":id" element={<ComplaintDetailPage />} />
    </Routes>
  );
}
