import { useState, type FormEvent } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { useSession } from "./SessionProvider.tsx";
import { errorMessageKeyOf } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/vi.ts";
import { LanguageToggle } from "../layout/LanguageToggle.tsx";
import { returnPath } from "./return-path.ts";

export function LoginPage() {
  const session = useSession();
  const { t } = useI18n();
  const location = useLocation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<MessageKey | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (session.state.status === "signedIn") return <Navigate to={returnPath(location.state)} replace />;
  const reason = session.state.status === "signedOut" ? session.state.reason : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError("auth.required");
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await session.login(username.trim(), password);
    } catch (err) {
      setError(errorMessageKeyOf(err));
      setPassword("");
      setSubmitting(false);
    }
  }

  return (
    <div className="login">
      <header className="login__bar">
        <span className="brand">{t("app.shortTitle")}</span>
        <LanguageToggle />
      </header>
      <main className="login__card" id="main">
        <p className="login__app">{t("app.title")}</p>
        <h1>{t("auth.heading")}</h1>
        {reason && !error && (
          <p className="notice" role="status">
            {t(reason === "expired" ? "auth.sessionExpired" : "auth.loggedOut")}
          </p>
        )}
        {error && (
          <p className="notice notice--error" role="alert">
            {t(error)}
          </p>
        )}
        {/* onSubmit shows its own failures; nothing is left to handle here. */}
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <label htmlFor="username">{t("auth.username")}</label>
          <input
            id="username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
          <label htmlFor="password">{t("auth.password")}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? t("auth.submitting") : t("auth.submit")}
          </button>
        </form>
      </main>
    </div>
  );
}
