/**
 * The UI's translations on i18next: the catalogues (vi.ts first, en.ts), plural forms by the CLDR
 * rules of each language (Intl.PluralRules: Vietnamese has one form, English two — a key is written
 * `key_other` / `key_one` and called with `count`), and formats by the language (`{count, number}`
 * groups digits as the reader expects; `{date, day}` shows an ISO calendar day as dd/MM/yyyy in
 * both languages, the one date format of the UI).
 *
 * Why i18next: it is the most used and best kept of the JavaScript i18n libraries, small enough for
 * the citizens' page budget (react-intl's ICU parser weighs more), and its React binding re-renders
 * on a language switch. Catalogue keys stay flat ("nav.home", no nesting) and placeholders keep
 * single braces (`{name}`), the ICU spelling, so the texts read the same as before the library came.
 */
import i18next, { type i18n as I18nInstance } from "i18next";
import { formatDate } from "./dates.ts";
import { en } from "./en.ts";
import { vi, type MessageKey } from "./vi.ts";

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

export type MessageParams = Record<string, string | number>;
/** What components and helpers are handed: a key of the catalogue (plural keys by their base) to its text. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** A configured i18next instance (its own, not the library's global one: tests and the app do not share state). */
export function createI18n(lang: Lang): I18nInstance {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: lang,
    fallbackLng: "vi",
    supportedLngs: LANGS as Lang[],
    // The catalogues are in the bundle: initialise synchronously, so the first render has its texts.
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    interpolation: {
      prefix: "{",
      suffix: "}",
      // React escapes what it renders; escaping here too would show "&amp;" in a unit's name.
      escapeValue: false,
    },
    // A placeholder the caller did not fill stays visible ("{to}") instead of vanishing from the sentence.
    missingInterpolationHandler: (_text, match: RegExpExecArray) => match[0],
  });
  instance.services.formatter?.add("day", (value: unknown) => (typeof value === "string" ? formatDate(value) : String(value)));
  return instance;
}

/** One shared instance: the provider switches its language, code outside React reads it by language. */
export const i18n = createI18n("vi");

/** The text of `key` in `lang`, with `{name}` placeholders filled from `params` (unknown ones left visible). */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return i18n.getFixedT(lang)(key, params);
}

/** A Translate bound to one language. */
export function translator(lang: Lang): Translate {
  const t = i18n.getFixedT(lang);
  return (key, params) => t(key, params);
}
