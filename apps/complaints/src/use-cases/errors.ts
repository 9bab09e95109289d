/**
 * complaints' own coded errors, built with service-kit's (which pass the subgraph's error masking):
 * the use cases throw them, the resolvers let them through unchanged.
 */
import { appError, rateLimited } from "@tthc/service-kit";
import type { DomainError } from "../domain/index.ts";

/** A refused command: FORBIDDEN for a permission, else BAD_USER_INPUT with the rule's code; Vietnamese message. */
export function domainError(error: DomainError) {
  if (error.code === "FORBIDDEN") return appError("FORBIDDEN", error.messageVi, { messageEn: error.messageEn });
  return appError("BAD_USER_INPUT", error.messageVi, { reason: error.code, messageEn: error.messageEn });
}

/** The public form's limits are windows of minutes, so the wait is said in minutes. */
export function tooManyRequests(retryAfterSeconds: number) {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return rateLimited(
    retryAfterSeconds,
    `Anh/chị đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau khoảng ${minutes} phút.`,
    `Too many requests; retry in about ${minutes} min.`,
  );
}
