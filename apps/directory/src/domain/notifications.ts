import { RuleViolation } from "./errors.ts";

/** A notification for one user, or for every officer of a unit (hộp thư thông báo). */
export interface NewNotification {
  userId?: string | null;
  unitId?: string | null;
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
}

/** The notification as stored: exactly one target, a trimmed kind and title. */
export function normaliseNotification(input: NewNotification) {
  if (!input.userId === !input.unitId) throw new RuleViolation("A notification targets exactly one user or one unit");
  if (!input.kind.trim() || !input.title.trim()) throw new RuleViolation("A notification needs a kind and a title");
  return {
    userId: input.userId ?? null,
    unitId: input.unitId ?? null,
    kind: input.kind.trim(),
    title: input.title.trim(),
    body: input.body ?? null,
    link: input.link ?? null,
  };
}
