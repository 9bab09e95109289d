/** Error codes the API puts in `extensions.code`, plus the two the client itself produces. */
export const ERROR_CODES = [
  "INVALID_CREDENTIALS",
  "ACCOUNT_LOCKED",
  "ACCOUNT_DEACTIVATED",
  "PASSWORD_CHANGE_REQUIRED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "RATE_LIMITED",
  "NOT_FOUND",
  "NETWORK", // the server could not be reached or answered with something that is not GraphQL
  "UNKNOWN", // any other server error
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function toErrorCode(value: unknown): ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value) ? (value as ErrorCode) : "UNKNOWN";
}

/** One problem of a form as the server reports it (service-kit's fieldErrors), in both languages. */
export interface FieldError {
  field: string;
  messageVi: string;
  messageEn: string;
}

/** The server's own words for a refusal, in each language it sent (the UI picks its own: i18n/error-message.ts). */
export interface ServerTexts {
  vi?: string;
  en?: string;
}

/**
 * A failed API call: the code the UI translates, the server's texts of the refusal by language, and
 * the server's field errors by field. `message` is the server's raw message, for logs.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
    readonly texts: ServerTexts = {},
  ) {
    super(message);
  }
}

/** The codes whose message the services word for a person: the rule that was broken, the limit that was hit. */
const WORDED_CODES: readonly ErrorCode[] = ["BAD_USER_INPUT", "FORBIDDEN", "RATE_LIMITED", "NOT_FOUND"];
/** Vietnamese letters beyond ASCII: a message with none is a technical English one. */
const VIETNAMESE = /[À-ỹ]/u;

/**
 * The texts of a refusal as the services send them: the message in Vietnamese and `messageEn` beside it
 * (service-kit's errors, the files endpoint), or `messageVi`/`messageEn` both in the extensions. A
 * service that words a refusal in Vietnamese only still gets its text shown to Vietnamese readers; a
 * message with no Vietnamese letter and no `messageEn` is a technical one and is shown in no language.
 */
export function serverTextsOf(
  code: ErrorCode,
  message: unknown,
  extensions: { messageVi?: unknown; messageEn?: unknown } | undefined,
): ServerTexts {
  if (!WORDED_CODES.includes(code)) return {};
  const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : undefined);
  const vi = text(extensions?.messageVi) ?? (typeof message === "string" && VIETNAMESE.test(message) ? message : undefined);
  const en = text(extensions?.messageEn);
  return { ...(vi ? { vi } : {}), ...(en ? { en } : {}) };
}

function isFieldError(value: unknown): value is FieldError {
  const e = value as Partial<FieldError> | null;
  return !!e && typeof e.field === "string" && typeof e.messageVi === "string" && typeof e.messageEn === "string";
}

/** The field errors of a GraphQL error's extensions (BAD_USER_INPUT), if it lists any. */
export function fieldErrorsOf(extensions: { errors?: unknown } | undefined): FieldError[] {
  return Array.isArray(extensions?.errors) ? extensions.errors.filter(isFieldError) : [];
}

export function errorCodeOf(err: unknown): ErrorCode {
  return err instanceof ApiError ? err.code : "UNKNOWN";
}

/** The files endpoint's refusal body (type, size, quota): its Vietnamese message and `messageEn`. */
export interface FilesRefusal {
  code?: string;
  message?: string;
  messageEn?: string;
}

/** A refused upload as an ApiError, with the endpoint's texts in both languages, each naming the file. */
export function filesError(status: number, fileName: string, refusal: FilesRefusal | undefined): ApiError {
  const code: ErrorCode = status === 429 ? "RATE_LIMITED" : "BAD_USER_INPUT";
  const message = refusal?.message ?? `HTTP ${status}`;
  const texts = serverTextsOf(code, message, refusal);
  const named = (text: string | undefined) => (text ? `${fileName}: ${text}` : undefined);
  return new ApiError(code, `${fileName}: ${message}`, [], {
    ...(texts.vi ? { vi: named(texts.vi) } : {}),
    ...(texts.en ? { en: named(texts.en) } : {}),
  });
}
