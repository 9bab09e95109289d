import { isUuid } from "@tthc/service-kit";
import type { Db, Tx } from "./client.ts";
import type { Prisma } from "./generated/client.ts";

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

export async function insertNotification(tx: Db | Tx, data: Prisma.NotificationUncheckedCreateInput): Promise<string> {
  const created = await tx.notification.create({ data });
  return created.id;
}

function visibleTo(user: Reader) {
  return { OR: [{ userId: user.userId }, ...(user.unitId ? [{ unitId: user.unitId }] : [])] };
}

/** Not read by this user: a unit's notification stays unread for each officer until they read it. */
function unreadBy(user: Reader) {
  return { receipts: { none: { userId: user.userId } } };
}

/**
 * One page of a user's inbox (their own notifications and their unit's), newest first, each with this
 * user's read time; the total counts every notification the filter matches, not only this page.
 */
export async function notificationPage(
  db: Db,
  user: Reader,
  page: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ total: number; items: NotificationView[] }> {
  const where = { ...visibleTo(user), ...(page.unreadOnly ? unreadBy(user) : {}) };
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      include: { receipts: { where: { userId: user.userId } } },
      // The id breaks ties between notifications of one instant, so consecutive pages never overlap.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: page.limit,
      skip: page.offset,
    }),
  ]);
  const items = rows.map(({ receipts, userId: _userId, unitId: _unitId, ...n }) => ({ ...n, readAt: receipts[0]?.readAt ?? null }));
  return { total, items };
}

/** How many notifications of a user's inbox they have not read (the count on the header's bell). */
export function countUnread(db: Db, user: Reader): Promise<number> {
  return db.notification.count({ where: { ...visibleTo(user), ...unreadBy(user) } });
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
