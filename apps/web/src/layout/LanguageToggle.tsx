import { useI18n } from "../i18n/I18nProvider.tsx";

/**
 * Shows the other language's name, written in that language, so either reader can find it. A plain
 * button: the citizens' pages use it too, and they do not load the UI kit.
 */
export function LanguageToggle() {
  const { lang, setLang, t } = useI18n();
  const other = lang === "vi" ? "en" : "vi";
  return (
    <button type="button" className="button button--quiet" lang={other} onClick={() => setLang(other)}>
      {t("lang.switchTo")}
    </button>
  );
}
