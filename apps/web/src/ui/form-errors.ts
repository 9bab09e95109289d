import type { FormInstance } from "antd";
import { ApiError } from "../api/errors.ts";
import { errorMessageKeyOf } from "../i18n/error-message.ts";
import type { Lang } from "../i18n/translate.ts";
import type { MessageKey } from "../i18n/vi.ts";

/**
 * Puts a refused form's problems next to their fields: the server's field errors (service-kit's
 * fieldErrors, in both languages) in the UI's language. Returns the message key for what belongs to
 * no field of this form (another error code, or a field the form does not show), else null.
 */
export function applyFieldErrors<T>(form: FormInstance<T>, err: unknown, lang: Lang, fields: readonly string[]): MessageKey | null {
  const list = err instanceof ApiError ? err.fieldErrors : [];
  const own = list.filter((e) => fields.includes(e.field));
  form.setFields(own.map((e) => ({ name: e.field as never, errors: [lang === "vi" ? e.messageVi : e.messageEn] })));
  return own.length === 0 || own.length < list.length ? errorMessageKeyOf(err) : null;
}
