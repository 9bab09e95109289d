import { Route, Routes } from "react-router-dom";
import { ComplaintDetailPage } from "./ComplaintDetailPage.tsx";
import { ComplaintsInboxPage } from "./ComplaintsInboxPage.tsx";

/** /complaints (inbox) and /complaints/:id (detail). */
export function ComplaintRoutes() {
  return (
    <Routes>
      <Route index element={<ComplaintsInboxPage />} />
      <Route path=":id" element={<ComplaintDetailPage />} />
    </Routes>
  );
}
