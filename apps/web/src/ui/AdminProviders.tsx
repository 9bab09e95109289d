import { App as AntApp, ConfigProvider } from "antd";
import en_US from "antd/locale/en_US";
import vi_VN from "antd/locale/vi_VN";
import { useEffect, type ReactNode } from "react";
import { QueryProvider } from "../api/query.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { setDayjsLocale } from "./dayjs.ts";
import { THEME } from "./theme.ts";

/**
 * Ant Design for the signed-in app (and its sign-in pages): the kit's locale follows the UI language
 * (vi_VN first), one theme (dates as dd/MM/yyyy: DateField), and the query cache. The citizens' pages
 * load none of it (bundle budget).
 */
export function AdminProviders({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  setDayjsLocale(lang);
  useEffect(() => setDayjsLocale(lang), [lang]);
  return (
    <ConfigProvider locale={lang === "vi" ? vi_VN : en_US} theme={THEME} form={{ requiredMark: true }}>
      <AntApp component={false}>
        <QueryProvider>{children}</QueryProvider>
      </AntApp>
    </ConfigProvider>
  );
}
