import { notFound, requireUser, type Actor } from "@tthc/service-kit";
import type { Db, Tx } from "../db/client.ts";
import { insertNotification, isNotificationVisible, listNotifications, saveReceipt, type NotificationView } from "../db/notifications.ts";
import { normaliseNotification, type NewNotification } from "../domain/notifications.ts";

/**
 * Add a notification; called by the consumers of other services' assigned / due-soon / overdue
 * events inside their transaction, so the notification exists if and only if the event counts as handled.
 */
export async function addNotification(tx: Db | Tx, input: NewNotification): Promise<string> {
  return insertNotification(tx, normaliseNotification(input));
}

/** The signed-in user's inbox. */
export async function myNotifications(db: Db, actor: Actor, unreadOnly: boolean): Promise<NotificationView[]> {
  return listNotifications(db, requireUser(actor), unreadOnly);
}

/** Mark one notification read for the signed-in user; one they cannot see is not found. */
export async function markNotificationRead(db: Db, actor: Actor, id: string): Promise<void> {
  const user = requireUser(actor);
  if (!(await isNotificationVisible(db, user, id))) throw notFound("No such notification");
  await saveReceipt(db, user, id);
}
