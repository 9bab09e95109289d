/**
 * The refusals that go with the access rules of domain/access.ts: planning is for signed-in staff
 * only, and an occurrence outside the officer's units reads as not found rather than forbidden.
 */
import { notFound, requireUser, type Actor, type UserActor } from "@tthc/service-kit";

export function requireStaff(actor: Actor): UserActor {
  return requireUser(actor);
}

export const occurrenceNotFound = () => notFound("Không tìm thấy nhiệm vụ được giao (hoặc nhiệm vụ không thuộc đơn vị của bạn).");
