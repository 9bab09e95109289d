import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { useSession } from "./SessionProvider.tsx";
import { errorText } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { LanguageToggle } from "../layout/LanguageToggle.tsx";
import { returnPath } from "./return-path.ts";

interface Fields {
  username: string;
  password: string;
}

export function LoginPage() {
  const session = useSession();
  const { t, lang } = useI18n();
  const location = useLocation();
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  if (session.state.status === "signedIn") return <Navigate to={returnPath(location.state)} replace />;
  const reason = session.state.status === "signedOut" ? session.state.reason : undefined;

  async function onFinish({ username, password }: Fields) {
    setSubmitting(true);
    setError(null);
    try {
      await session.login(username.trim(), password);
    } catch (err) {
      setError(err);
      form.setFieldValue("password", "");
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
          <Alert
            className="login__notice"
            type="info"
            role="status"
            title={t(reason === "expired" ? "auth.sessionExpired" : "auth.loggedOut")}
          />
        )}
        {error != null && <Alert className="login__notice" type="error" title={errorText(error, lang, t)} />}
        <Form<Fields> form={form} layout="vertical" requiredMark={false} onFinish={(values) => void onFinish(values)}>
          <Form.Item
            label={t("auth.username")}
            name="username"
            rules={[{ required: true, whitespace: true, message: t("auth.usernameRequired") }]}
          >
            <Input autoComplete="username" autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Form.Item label={t("auth.password")} name="password" rules={[{ required: true, message: t("auth.passwordRequired") }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {submitting ? t("auth.submitting") : t("auth.submit")}
          </Button>
        </Form>
      </main>
    </div>
  );
}
