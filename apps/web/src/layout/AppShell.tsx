import { Link, NavLink, Outlet } from "react-router-dom";
import { LanguageToggle } from "./LanguageToggle.tsx";
import { CHANGE_PASSWORD_PATH, sectionsFor } from "./sections.ts";
import { useSession } from "../auth/SessionProvider.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";

export function AppShell() {
  const { state, logout } = useSession();
  const { t } = useI18n();
  const user = state.status === "signedIn" ? state.user : null;

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="shell__header">
        <span className="brand" title={t("app.title")}>
          {t("app.shortTitle")}
        </span>
        <div className="shell__tools">
          {user && (
            <p className="user">
              <span className="visually-hidden">{t("auth.signedInAs")}: </span>
              <span className="user__name">{user.fullName}</span>
              <span className="user__detail">
                {[user.roles.map((r) => t(`roles.${r}`)).join(", "), user.unit?.name].filter(Boolean).join(" · ")}
              </span>
            </p>
          )}
          <Link className="button button--quiet" to={CHANGE_PASSWORD_PATH}>
            {t("password.link")}
          </Link>
          <LanguageToggle />
          <button type="button" className="button button--quiet" onClick={() => void logout()}>
            {t("auth.logout")}
          </button>
        </div>
      </header>
      <nav className="shell__nav" aria-label={t("nav.label")}>
        <ul>
          {sectionsFor(user?.roles ?? []).map((s) => (
            <li key={s.path}>
              <NavLink to={s.path}>{t(s.label)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main className="shell__main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
