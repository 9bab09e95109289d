import { en } from "./en.ts";
import { vi, type MessageKey, type Messages } from "./vi.ts";

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

const DICTIONARIES: Record<Lang, Messages> = { vi, en };

export type MessageParams = Record<string, string | number>;

/** The text of `key` in `lang`, with `{name}` placeholders filled from `params` (unknown ones left visible). */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = DICTIONARIES[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}
