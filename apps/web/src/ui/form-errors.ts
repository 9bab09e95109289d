import type { FormInstance } from "antd";
import { ApiError } from "../api/errors.ts";
import type { Lang } from "../i18n/translate.ts";

/**
 * Puts a refused form's problems next to their fields: the server's field errors (service-kit's
 * fieldErrors, in both languages) in the UI's language. Returns the error when part of it belongs to
 * no field of this form (another error code, or a field the form does not show) — the form shows it
 * above with errorText — else null.
 */
export function applyFieldErrors<T>(form: FormInstance<T>, err: unknown, lang: Lang, fields: readonly string[]): unknown {
  const list = err instanceof ApiError ? err.fieldErrors : [];
  const own = list.filter((e) => fields.includes(e.field));
  form.setFields(own.map((e) => ({ name: e.field as never, errors: [lang === "vi" ? e.messageVi : e.messageEn] })));
  return own.length === 0 || own.length < list.length ? err : null;
}
