import { invalidInput, notFound, requireUser, type Actor } from "@tthc/service-kit";
import type { Db, Tx } from "../db/client.ts";
import {
  countUnread,
  insertNotification,
  isNotificationVisible,
  notificationPage,
  saveReceipt,
  type NotificationView,
} from "../db/notifications.ts";
import { normaliseNotification, type NewNotification } from "../domain/notifications.ts";

/**
 * Add a notification; called by the consumers of other services' assigned / due-soon / overdue
 * events inside their transaction, so the notification exists if and only if the event counts as handled.
 */
export async function addNotification(tx: Db | Tx, input: NewNotification): Promise<string> {
  return insertNotification(tx, normaliseNotification(input));
}

/** The most notifications the unpaged `myNotifications` returns, and the largest page. */
const INBOX_LIMIT = 200;

/** The signed-in user's inbox, newest first (the first INBOX_LIMIT; myNotificationPage pages the rest). */
export async function myNotifications(db: Db, actor: Actor, unreadOnly: boolean): Promise<NotificationView[]> {
  return (await notificationPage(db, requireUser(actor), { unreadOnly, limit: INBOX_LIMIT, offset: 0 })).items;
}

/** One page of the signed-in user's inbox, newest first, with the total the filter matches. */
export async function myNotificationPage(
  db: Db,
  actor: Actor,
  page: { unreadOnly?: boolean | null; limit?: number | null; offset?: number | null },
): Promise<{ total: number; items: NotificationView[] }> {
  const user = requireUser(actor);
  const limit = page.limit ?? 20;
  const offset = page.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > INBOX_LIMIT) {
    throw invalidInput("limit", `Số dòng mỗi trang phải từ 1 đến ${INBOX_LIMIT}.`, `The page size must be between 1 and ${INBOX_LIMIT}.`);
  }
  if (!Number.isInteger(offset) || offset < 0) throw invalidInput("offset", "Vị trí bắt đầu không hợp lệ.", "Invalid offset.");
  return notificationPage(db, user, { unreadOnly: page.unreadOnly ?? false, limit, offset });
}

/** How many notifications the signed-in user has not read. */
export async function myUnreadNotificationCount(db: Db, actor: Actor): Promise<number> {
  return countUnread(db, requireUser(actor));
}

/** Mark one notification read for the signed-in user; one they cannot see is not found. */
export async function markNotificationRead(db: Db, actor: Actor, id: string): Promise<void> {
  const user = requireUser(actor);
  if (!(await isNotificationVisible(db, user, id))) throw notFound("No such notification");
  await saveReceipt(db, user, id);
}
