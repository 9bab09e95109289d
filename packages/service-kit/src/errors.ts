import { GraphQLError } from "graphql";

/**
 * The error codes clients can act on. Errors built here pass through the subgraph's error masking;
 * anything else a resolver throws reaches the client only as "Unexpected error.".
 */
export type ErrorCode = "FORBIDDEN" | "UNAUTHENTICATED" | "BAD_USER_INPUT" | "NOT_FOUND" | "RATE_LIMITED";

export function appError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export function forbidden(message = "You are not allowed to do this"): GraphQLError {
  return appError("FORBIDDEN", message);
}

export function unauthenticated(message = "Sign-in required"): GraphQLError {
  return appError("UNAUTHENTICATED", message);
}

export function badInput(message: string, field?: string): GraphQLError {
  return appError("BAD_USER_INPUT", message, field ? { field } : {});
}

export function notFound(message = "Not found"): GraphQLError {
  return appError("NOT_FOUND", message);
}

/** One problem of a form, in both languages; the UI places it by `field`. */
export interface FieldError {
  field: string;
  messageVi: string;
  messageEn: string;
}

/** Every problem of a form at once; the message is the first one's, the UI places each by field. */
export function fieldErrors(errors: readonly FieldError[]): GraphQLError {
  const first = errors[0]!;
  return appError("BAD_USER_INPUT", first.messageVi, { field: first.field, messageEn: first.messageEn, errors });
}

export function invalidInput(field: string, messageVi: string, messageEn: string): GraphQLError {
  return fieldErrors([{ field, messageVi, messageEn }]);
}

/** Too many requests from one client; `retryAfterSeconds` is when it may try again. */
export function rateLimited(retryAfterSeconds: number, message: string, messageEn?: string): GraphQLError {
  return appError("RATE_LIMITED", message, { retryAfterSeconds, ...(messageEn ? { messageEn } : {}) });
}
