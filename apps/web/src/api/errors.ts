/** Error codes the API puts in `extensions.code`, plus the two the client itself produces. */
export const ERROR_CODES = [
  "INVALID_CREDENTIALS",
  "ACCOUNT_LOCKED",
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

/** A failed API call. `message` is for logs only; the UI shows the text mapped from `code`. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function errorCodeOf(err: unknown): ErrorCode {
  return err instanceof ApiError ? err.code : "UNKNOWN";
}
