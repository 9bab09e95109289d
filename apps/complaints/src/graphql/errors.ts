import { appError } from "@tthc/service-kit";
import type { GraphQLError } from "graphql";
import type { DomainError, FieldError } from "../domain/index.ts";

/** A refused command: FORBIDDEN for a permission, else BAD_USER_INPUT with the rule's code; Vietnamese message. */
export function domainError(error: DomainError): GraphQLError {
  if (error.code === "FORBIDDEN") return appError("FORBIDDEN", error.messageVi, { messageEn: error.messageEn });
  return appError("BAD_USER_INPUT", error.messageVi, { reason: error.code, messageEn: error.messageEn });
}

/** Every problem of a form at once; the message is the first one's, the UI places each by field. */
export function fieldErrors(errors: readonly FieldError[]): GraphQLError {
  const first = errors[0]!;
  return appError("BAD_USER_INPUT", first.messageVi, { field: first.field, messageEn: first.messageEn, errors });
}

export function invalidInput(field: string, messageVi: string, messageEn: string): GraphQLError {
  return fieldErrors([{ field, messageVi, messageEn }]);
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return appError(
    "RATE_LIMITED",
    `Anh/chị đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau khoảng ${minutes} phút.`,
    { retryAfterSeconds, messageEn: `Too many requests; retry in about ${minutes} min.` },
  );
}
