import type { MessageKey } from "./vi.ts";
import type { Lang } from "./translate.ts";
import { ApiError, errorCodeOf, type ErrorCode } from "../api/errors.ts";

/** The message key shown for an API error code. */
export function errorMessageKey(code: ErrorCode): MessageKey {
  return `errors.${code}`;
}

/** Same, for anything a request threw. */
export function errorMessageKeyOf(err: unknown): MessageKey {
  return errorMessageKey(errorCodeOf(err));
}

/** The codes whose message the services word for a person: the rule that was broken, the limit that was hit. */
const WORDED_CODES: readonly ErrorCode[] = ["BAD_USER_INPUT", "FORBIDDEN", "RATE_LIMITED", "NOT_FOUND"];
/** Vietnamese letters beyond ASCII: a message with none is a technical English one. */
const VIETNAMESE = /[À-ỹ]/u;

/**
 * The one text the UI shows for a failed call. In Vietnamese, a refusal the server worded in
 * Vietnamese (which cell of the document, which unit, which limit) is shown as the server says it;
 * everything else — other codes, English, technical messages — is the UI's own text of the code,
 * so a language switch re-translates it.
 */
export function errorText(err: unknown, lang: Lang, t: (key: MessageKey) => string): string {
  const shown = shownError(err, lang);
  return "text" in shown ? shown.text : t(shown.key);
}

/** What errorText shows, kept as the server's text or the UI's key (a key re-translates when the language changes). */
export type ShownError = { text: string } | { key: MessageKey };

export function shownError(err: unknown, lang: Lang): ShownError {
  if (lang === "vi" && err instanceof ApiError && WORDED_CODES.includes(err.code) && VIETNAMESE.test(err.message))
    return { text: err.message };
  return { key: errorMessageKeyOf(err) };
}
