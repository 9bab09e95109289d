/**
 * inspections' coded errors, built with service-kit's (which pass the subgraph's error masking): the use
 * cases throw them, the resolvers let them through unchanged.
 */
import { appError, notFound } from "@tthc/service-kit";
import type { DomainError } from "../domain/index.ts";

/** A refused command: FORBIDDEN for a permission, else BAD_USER_INPUT with the rule's code; Vietnamese message. */
export function domainError(error: DomainError) {
  if (error.code === "FORBIDDEN") return appError("FORBIDDEN", error.messageVi, { messageEn: error.messageEn });
  return appError("BAD_USER_INPUT", error.messageVi, {
    reason: error.code,
    messageEn: error.messageEn,
    ...(error.field ? { field: error.field } : {}),
  });
}

/** Throw the rule's refusal, if there is one. */
export function refuseIf(error: DomainError | null): void {
  if (error) throw domainError(error);
}

export const forbiddenVi = (messageVi: string, messageEn: string) => domainError({ code: "FORBIDDEN", messageVi, messageEn });

// An inspection outside the reader's units reads as not found, not forbidden: its existence is not disclosed.
export const inspectionNotFound = () => notFound("Không tìm thấy cuộc kiểm tra (hoặc cuộc kiểm tra không thuộc đơn vị của bạn).");
export const planNotFound = () => notFound("Không tìm thấy kế hoạch kiểm tra.");
export const recommendationNotFound = () => notFound("Không tìm thấy kiến nghị (hoặc kiến nghị không gửi đơn vị của bạn).");
