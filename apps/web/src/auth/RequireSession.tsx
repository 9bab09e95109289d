import { Navigate, Outlet, useLocation } from "react-router-dom";
import { useSession } from "./SessionProvider.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { CHANGE_PASSWORD_PATH } from "../layout/sections.ts";

/**
 * Routes inside it need a signed-in user; others are sent to the login page and brought back after.
 * A user holding a temporary password is sent to the change-password page first.
 */
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
  // A temporary password allows nothing else (the gateway refuses it too): straight to the change-password page.
  if (state.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}
