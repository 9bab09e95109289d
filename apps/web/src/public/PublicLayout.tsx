import { NavLink, Outlet } from "react-router-dom";
import { errorText } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { LanguageToggle } from "../layout/LanguageToggle.tsx";
import "./public.css";

/** The citizens' pages (no sign-in): submit, look up, published results, statistics. */
export function PublicLayout() {
  const { t } = useI18n();
  return (
    <div className="public">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="public__bar">
        <span className="brand">{t("pakn.portal")}</span>
        <LanguageToggle />
      </header>
      <nav className="public__nav" aria-label={t("pakn.navLabel")}>
        <NavLink to="/pakn" end>
          {t("pakn.nav.submit")}
        </NavLink>
        <NavLink to="/pakn/tra-cuu">{t("pakn.nav.lookup")}</NavLink>
        <NavLink to="/pakn/ket-qua">{t("pakn.nav.results")}</NavLink>
        <NavLink to="/pakn/thong-ke">{t("pakn.nav.statistics")}</NavLink>
      </nav>
      <main className="public__main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/** A failed call, shown in the reader's language (re-translated when the language changes). */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t, lang } = useI18n();
  if (error == null) return null;
  return (
    <p className="notice notice--error" role="alert">
      {errorText(error, lang, t)}
    </p>
  );
}
