import { RuleViolation } from "../domain/errors.ts";
import type { Db, Tx } from "./client.ts";
import { isUuid } from "./ids.ts";

/** A notification for one user, or for every officer of a unit (hộp thư thông báo). */
export interface NewNotification {
  userId?: string | null;
  unitId?: string | null;
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
}

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

const INBOX_LIMIT = 200;

/**
 * Add a notification; called by the consumers of other services' assigned / due-soon / overdue
 * events inside their transaction, so the notification exists if and only if the event counts as handled.
 */
export async function addNotification(tx: Db | Tx, input: NewNotification): Promise<string> {
  if (!input.userId === !input.unitId) throw new RuleViolation("A notification targets exactly one user or one unit");
  if (!input.kind.trim() || !input.title.trim()) throw new RuleViolation("A notification needs a kind and a title");
  const created = await tx.notification.create({
    data: {
      userId: input.userId ?? null,
      unitId: input.unitId ?? null,
      kind: input.kind.trim(),
      title: input.title.trim(),
      body: input.body ?? null,
      link: input.link ?? null,
    },
  });
  return created.id;
}

function visibleTo(user: { userId: string; unitId: string | null }) {
  return { OR: [{ userId: user.userId }, ...(user.unitId ? [{ unitId: user.unitId }] : [])] };
}

/** A user's inbox: their own notifications and their unit's, newest first, each with this user's read time. */
export async function listNotifications(db: Db, user: { userId: string; unitId: string | null }, unreadOnly: boolean): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({
    where: { ...visibleTo(user), ...(unreadOnly ? { receipts: { none: { userId: user.userId } } } : {}) },
    include: { receipts: { where: { userId: user.userId } } },
    orderBy: { createdAt: "desc" },
    take: INBOX_LIMIT,
  });
  return rows.map(({ receipts, userId: _userId, unitId: _unitId, ...n }) => ({ ...n, readAt: receipts[0]?.readAt ?? null }));
}

/** Mark one visible notification read for this user; false when the user cannot see it. */
export async function markNotificationRead(db: Db, user: { userId: string; unitId: string | null }, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const visible = await db.notification.findFirst({ where: { id, ...visibleTo(user) }, select: { id: true } });
  if (!visible) return false;
  await db.notificationReceipt.upsert({
    where: { notificationId_userId: { notificationId: id, userId: user.userId } },
    create: { notificationId: id, userId: user.userId },
    update: {},
  });
  return true;
}
