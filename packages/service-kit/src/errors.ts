import { GraphQLError } from "graphql";

/**
 * The error codes clients can act on. Errors built here pass through the subgraph's error masking;
 * anything else a resolver throws reaches the client only as "Unexpected error.".
 */
export type ErrorCode = "FORBIDDEN" | "UNAUTHENTICATED" | "BAD_USER_INPUT" | "NOT_FOUND";

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
