import { Navigate, Outlet, useLocation } from "react-router-dom";
import { useSession } from "./SessionProvider.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";

/** Routes inside it need a signed-in user; others are sent to the login page and brought back after. */
export function RequireSession() {
  const { state } = useSession();
  const { t } = useI18n();
  const location = useLocation();

  if (state.status === "restoring") {
    return (
      <p className="page-status" role="status">
        {t("auth.restoring")}
      </p>
    );
  }
  if (state.status === "signedOut") return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
