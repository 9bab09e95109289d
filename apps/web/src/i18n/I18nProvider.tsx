import { useMemo, type ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { i18n, isLang, translate, translator, type Lang, type Translate } from "./translate.ts";

const STORAGE_KEY = "tthc.lang";

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

function savedLang(): Lang {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return isLang(saved) ? saved : "vi";
}

/** The page's own language and title follow the UI's (screen readers, the browser tab). */
function reflectLang(lang: string): void {
  if (!isLang(lang)) return;
  document.documentElement.lang = lang;
  document.title = translate(lang, "app.title");
}

let started = false;
/** Once per page: the reader's saved language (Vietnamese first), and the document kept in step with it. */
function start(): void {
  if (started) return;
  started = true;
  i18n.on("languageChanged", reflectLang);
  void i18n.changeLanguage(savedLang());
  reflectLang(i18n.language);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  start();
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** The UI language, its switch (remembered in the browser) and the typed `t` of that language. */
export function useI18n(): I18n {
  // react-i18next re-renders the callers when the language changes.
  const { i18n: instance } = useTranslation();
  const lang: Lang = isLang(instance.resolvedLanguage) ? instance.resolvedLanguage : "vi";
  return useMemo<I18n>(
    () => ({
      lang,
      setLang(next) {
        window.localStorage.setItem(STORAGE_KEY, next);
        void instance.changeLanguage(next);
      },
      t: translator(lang),
    }),
    [lang, instance],
  );
}
