import { Button, Layout, Space } from "antd";
import { Link, NavLink, Outlet } from "react-router-dom";
import { LanguageToggle } from "./LanguageToggle.tsx";
import { NotificationBell } from "./NotificationBell.tsx";
import { CHANGE_PASSWORD_PATH, HOME_PATH, sectionsFor } from "./sections.ts";
import { useSession } from "../auth/SessionProvider.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";

/**
 * The signed-in frame: Ant Design's layout with the brand header and the section navigation. The
 * navigation stays a list of links in a named landmark (not a menu widget), so it reads as links
 * and works with Tab alone.
 */
export function AppShell() {
  const { state, logout } = useSession();
  const { t } = useI18n();
  const user = state.status === "signedIn" ? state.user : null;

  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <Layout.Header className="shell__header">
        <span className="brand" title={t("app.title")}>
          {t("app.shortTitle")}
        </span>
        <Space wrap size="small" className="shell__tools">
          {user && (
            <p className="user">
              <span className="visually-hidden">{t("auth.signedInAs")}: </span>
              <span className="user__name">{user.fullName}</span>
              <span className="user__detail">
                {[user.roles.map((r) => t(`roles.${r}`)).join(", "), user.unit?.name].filter(Boolean).join(" · ")}
              </span>
            </p>
          )}
          <NotificationBell />
          <Link className="shell__link" to={CHANGE_PASSWORD_PATH}>
            {t("password.link")}
          </Link>
          <LanguageToggle />
          <Button ghost onClick={() => void logout()}>
            {t("auth.logout")}
          </Button>
        </Space>
      </Layout.Header>
      <nav className="shell__nav" aria-label={t("nav.label")}>
        <ul>
          {sectionsFor(user?.roles ?? []).map((s) => (
            <li key={s.path}>
              {/* The home path is a prefix of every path: it is the current page only on itself. */}
              <NavLink to={s.path} end={s.path === HOME_PATH}>
                {t(s.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Layout.Content className="shell__main" id="main" tabIndex={-1}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
