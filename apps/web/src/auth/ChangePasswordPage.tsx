import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { Navigate, useLocation, useNavigate } from "react-router-dom";
import { errorCodeOf } from "../api/errors.ts";
import { errorMessageKey } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/vi.ts";
import { LanguageToggle } from "../layout/LanguageToggle.tsx";
import { returnPath } from "./return-path.ts";
import { useSession } from "./SessionProvider.tsx";

interface Fields {
  current: string;
  next: string;
  confirm: string;
}

function messageOf(err: unknown): MessageKey {
  const code = errorCodeOf(err);
  if (code === "INVALID_CREDENTIALS") return "password.wrongCurrent";
  if (code === "BAD_USER_INPUT") return "password.rejected";
  return errorMessageKey(code);
}

/** Đổi mật khẩu: forced after signing in with a temporary password, and open to every user from the header. */
export function ChangePasswordPage() {
  const session = useSession();
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<MessageKey | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (session.state.status !== "signedIn") return <Navigate to="/login" replace />;
  const forced = session.state.user.mustChangePassword;

  async function onFinish({ current, next }: Fields) {
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

  const required = { required: true, message: t("password.required") };
  return (
    <div className="login">
      <header className="login__bar">
        <span className="brand">{t("app.shortTitle")}</span>
        <LanguageToggle />
      </header>
      <main className="login__card" id="main">
        <p className="login__app">{t("app.title")}</p>
        <h1>{t("password.heading")}</h1>
        {forced && !error && <Alert className="login__notice" type="info" role="status" title={t("password.forced")} />}
        {error && <Alert className="login__notice" type="error" title={t(error)} />}
        <Form<Fields> layout="vertical" requiredMark={false} onFinish={(values) => void onFinish(values)}>
          <Form.Item label={t("password.current")} name="current" rules={[required]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item label={t("password.new")} name="next" rules={[required]} extra={t("password.rule")}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t("password.confirm")}
            name="confirm"
            dependencies={["next"]}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue("next") ? Promise.resolve() : Promise.reject(new Error(t("password.mismatch"))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {submitting ? t("password.submitting") : t("password.submit")}
          </Button>
        </Form>
        <Button type="link" onClick={() => void session.logout()}>
          {t("auth.logout")}
        </Button>
      </main>
    </div>
  );
}
