import { useState, type FormEvent } from "react";
import { Navigate, useLocation, useNavigate } from "react-router-dom";
import { errorCodeOf } from "../api/errors.ts";
import { errorMessageKeyOf } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/vi.ts";
import { LanguageToggle } from "../layout/LanguageToggle.tsx";
import { returnPath } from "./return-path.ts";
import { useSession } from "./SessionProvider.tsx";

function messageOf(err: unknown): MessageKey {
  const code = errorCodeOf(err);
  if (code === "INVALID_CREDENTIALS") return "password.wrongCurrent";
  if (code === "BAD_USER_INPUT") return "password.rejected";
  return errorMessageKeyOf(err);
}

/** Đổi mật khẩu: forced after signing in with a temporary password, and open to every user from the header. */
export function ChangePasswordPage() {
  const session = useSession();
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<MessageKey | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (session.state.status !== "signedIn") return <Navigate to="/login" replace />;
  const forced = session.state.user.mustChangePassword;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!current || !next || !confirm) return setError("password.required");
    if (next !== confirm) return setError("password.mismatch");
    setSubmitting(true);
    setError(null);
    try {
      await session.changePassword(current, next);
      void navigate(returnPath(location.state), { replace: true });
    } catch (err) {
      setError(messageOf(err));
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
        <h1>{t("password.heading")}</h1>
        {forced && !error && (
          <p className="notice" role="status">
            {t("password.forced")}
          </p>
        )}
        {error && (
          <p className="notice notice--error" role="alert">
            {t(error)}
          </p>
        )}
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <label htmlFor="current-password">{t("password.current")}</label>
          <input
            id="current-password"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
          />
          <label htmlFor="new-password">{t("password.new")}</label>
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            aria-describedby="new-password-rule"
            required
          />
          <small id="new-password-rule">{t("password.rule")}</small>
          <label htmlFor="confirm-password">{t("password.confirm")}</label>
          <input
            id="confirm-password"
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            required
          />
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? t("password.submitting") : t("password.submit")}
          </button>
        </form>
        <button type="button" className="button button--quiet" onClick={() => void session.logout()}>
          {t("auth.logout")}
        </button>
      </main>
    </div>
  );
}
