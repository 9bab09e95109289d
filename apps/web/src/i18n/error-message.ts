import { ApiError, errorCodeOf, type ErrorCode } from "../api/errors.ts";
import type { Lang, Translate } from "./translate.ts";
import type { MessageKey } from "./vi.ts";

/** The catalogue key of an API error code: the UI's own text of what went wrong. */
export function errorMessageKey(code: ErrorCode): MessageKey {
  return `errors.${code}`;
}

/**
 * The one text the UI shows for anything a call threw, in the reader's language. The server sends a
 * code and its own words in both languages (api/errors.ts: serverTextsOf); the client chooses:
 * the server's text in the reader's language when it sent one — it names the rule, the cell, the
 * limit — else the catalogue's text of the code. Technical messages (no worded code, or English with
 * no `messageEn`) are never shown. Pages keep the error itself in their state and call this when they
 * render, so a language switch re-translates a message already on screen.
 */
export function errorText(err: unknown, lang: Lang, t: Translate): string {
  const own = err instanceof ApiError ? err.texts[lang] : undefined;
  return own ?? t(errorMessageKey(errorCodeOf(err)));
}
