import { Badge } from "antd";
import { Link } from "react-router-dom";
import { useGraphQLQuery } from "../api/query.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { notificationKeys, UNREAD_NOTIFICATION_COUNT } from "../pages/notifications/notifications-query.ts";

/** How often the bell asks again while the app is open: new notifications arrive from other services' events. */
const REFRESH_MS = 60_000;

/**
 * The header's bell: a link to the notification inbox with the unread count. The count is a cached
 * query under keys.notifications, so marking a notification read anywhere refreshes it.
 */
export function NotificationBell() {
  const { t } = useI18n();
  const count = useGraphQLQuery(notificationKeys.unread, UNREAD_NOTIFICATION_COUNT, undefined, { refetchInterval: REFRESH_MS });
  const unread = count.data?.myUnreadNotificationCount ?? 0;
  const label = unread > 0 ? t("notifications.bell.unread", { count: unread }) : t("notifications.bell.none");
  return (
    <Link className="shell__link bell" to="/notifications" aria-label={label} title={label}>
      <Badge count={unread} size="small" overflowCount={99}>
        <svg className="bell__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
      </Badge>
    </Link>
  );
}
