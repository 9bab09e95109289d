import type { MessageKey } from "./vi.ts";
import { errorCodeOf, type ErrorCode } from "../api/errors.ts";

/**
 * The message key shown for an API error code. The server's own message text is never shown: it is
 * English, may be technical, and is not under the UI's control.
 */
export function errorMessageKey(code: ErrorCode): MessageKey {
  return `errors.${code}`;
}

/** Same, for anything a request threw. Pages keep the key (not the text) so a language switch re-translates it. */
export function errorMessageKeyOf(err: unknown): MessageKey {
  return errorMessageKey(errorCodeOf(err));
}
