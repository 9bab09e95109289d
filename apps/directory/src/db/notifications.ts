import type { Db, Tx } from "./client.ts";
import type { Prisma } from "./generated/client.ts";
import { isUuid } from "./ids.ts";

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** Whose notifications a user sees: their own and their unit's. */
export interface Reader {
  userId: string;
  unitId: string | null;
}

const INBOX_LIMIT = 200;

export async function insertNotification(tx: Db | Tx, data: Prisma.NotificationUncheckedCreateInput): Promise<string> {
  const created = await tx.notification.create({ data });
  return created.id;
}

function visibleTo(user: Reader) {
  return { OR: [{ userId: user.userId }, ...(user.unitId ? [{ unitId: user.unitId }] : [])] };
}

/** A user's inbox: their own notifications and their unit's, newest first, each with this user's read time. */
export async function listNotifications(db: Db, user: Reader, unreadOnly: boolean): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({
    where: { ...visibleTo(user), ...(unreadOnly ? { receipts: { none: { userId: user.userId } } } : {}) },
    include: { receipts: { where: { userId: user.userId } } },
    orderBy: { createdAt: "desc" },
    take: INBOX_LIMIT,
  });
  return rows.map(({ receipts, userId: _userId, unitId: _unitId, ...n }) => ({ ...n, readAt: receipts[0]?.readAt ?? null }));
}

export async function isNotificationVisible(db: Db, user: Reader, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  return !!(await db.notification.findFirst({ where: { id, ...visibleTo(user) }, select: { id: true } }));
}

/** Record that the user read it (idempotent: the first read time stays). */
export async function saveReceipt(db: Db, user: Reader, id: string): Promise<void> {
  await db.notificationReceipt.upsert({
    where: { notificationId_userId: { notificationId: id, userId: user.userId } },
    create: { notificationId: id, userId: user.userId },
    update: {},
  });
}
