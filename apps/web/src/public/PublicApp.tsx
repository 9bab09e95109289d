import { Route, Routes } from "react-router-dom";
import { LookupPage } from "./LookupPage.tsx";
import { PublicLayout } from "./PublicLayout.tsx";
import { ResultsPage } from "./ResultsPage.tsx";
import { StatisticsPage } from "./StatisticsPage.tsx";
import { SubmitPage } from "./SubmitPage.tsx";

/** Citizens' PAKN pages (/pakn/…): outside the sign-in, without the UI kit, within the bundle budget. */
export default function PublicApp() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<SubmitPage />} />
        <Route path="tra-cuu" element={<LookupPage />} />
        <Route path="ket-qua" element={<ResultsPage />} />
        <Route path="thong-ke" element={<StatisticsPage />} />
      </Route>
    </Routes>
  );
}
