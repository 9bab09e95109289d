/**
 * The signed-in user's notification inbox (hộp thư thông báo, filled by the directory from other
 * services' events): its pages, the unread count on the header's bell, and marking one read. Every
 * read lives under keys.notifications, so marking one read refreshes the bell, the home page and the
 * inbox page together.
 */
import { keys, useGraphQLMutation } from "../../api/query.tsx";
import type { NotificationPageQuery } from "../../graphql/generated/graphql.ts";
import { graphql } from "../../graphql/generated/index.ts";

export const NOTIFICATION_PAGE = graphql(`
  query NotificationPage($unreadOnly: Boolean, $limit: Int, $offset: Int) {
    myNotificationPage(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {
      total
      items {
        id
        kind
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
`);
export type NotificationRow = NotificationPageQuery["myNotificationPage"]["items"][number];

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    myUnreadNotificationCount
  }
`);

export const MARK_NOTIFICATION_READ = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id)
  }
`);

/** Cache keys: the bell's count and each page (by its variables), all under keys.notifications. */
export const notificationKeys = {
  unread: [...keys.notifications, "unread"] as const,
  page: (variables: { unreadOnly: boolean; limit: number; offset: number }) => [...keys.notifications, "page", variables] as const,
};

/** Mark a notification read; the bell, the home page and the inbox refetch. */
export function useMarkNotificationRead() {
  return useGraphQLMutation(MARK_NOTIFICATION_READ, [keys.notifications]);
}

/** The record a notification points at, when it is a path of this app (links from events are app paths). */
export function appPathOf(link: string | null | undefined): string | null {
  return link && link.startsWith("/") && !link.startsWith("//") ? link : null;
}
