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

/** A failed API call. `message` is for logs only; the UI shows the text mapped from `code`, and the server's field errors by field. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
  }
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
