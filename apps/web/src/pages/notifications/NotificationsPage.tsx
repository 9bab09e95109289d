import { Alert, Button, Checkbox, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link } from "react-router-dom";
import { useGraphQLQuery } from "../../api/query.tsx";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/DataTable.tsx";
import { formatInstant } from "../../ui/dayjs.ts";
import { appPathOf, NOTIFICATION_PAGE, notificationKeys, useMarkNotificationRead, type NotificationRow } from "./notifications-query.ts";

const PAGE_SIZE = 20;

/** Thông báo: every notification of the signed-in user and their unit, newest first, paged by the server. */
export function NotificationsPage() {
  const { t, lang } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const variables = { unreadOnly, limit: PAGE_SIZE, offset };
  const query = useGraphQLQuery(notificationKeys.page(variables), NOTIFICATION_PAGE, variables, {
    placeholderData: (previous) => previous,
  });
  const page = query.data?.myNotificationPage ?? null;
  const error = query.isError ? errorText(query.error, lang, t) : null;

  const columns: ColumnsType<NotificationRow> = [
    {
      title: t("notifications.col.title"),
      key: "title",
      render: (_, n) => <NotificationTitle notification={n} />,
    },
    { title: t("notifications.col.at"), key: "at", className: "nowrap", render: (_, n) => formatInstant(n.createdAt) },
    {
      title: t("notifications.col.state"),
      key: "state",
      render: (_, n) =>
        n.readAt ? <span className="secondary">{t("notifications.read")}</span> : <Tag color="processing">{t("notifications.unread")}</Tag>,
    },
    {
      title: <span className="visually-hidden">{t("notifications.col.actions")}</span>,
      key: "actions",
      render: (_, n) => (n.readAt ? null : <MarkReadButton notification={n} />),
    },
  ];

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("notifications.heading")}</h1>
      <Checkbox
        checked={unreadOnly}
        onChange={(e) => {
          setUnreadOnly(e.target.checked);
          setOffset(0);
        }}
      >
        {t("notifications.unreadOnly")}
      </Checkbox>
      {error && <Alert type="error" title={error} />}
      <p className="page-status" role="status">
        {page === null
          ? error
            ? ""
            : t("notifications.loading")
          : page.total === 0
            ? t("notifications.empty")
            : t("notifications.count", { count: page.total })}
      </p>
      {page && page.items.length > 0 && (
        <DataTable<NotificationRow>
          label={t("notifications.heading")}
          rowKey="id"
          columns={columns}
          dataSource={page.items}
          loading={query.isFetching}
          rowClassName={(n) => (n.readAt ? "" : "notification--unread")}
          // Paged by the server (myNotificationPage's limit/offset).
          serverPage={{
            current: offset / PAGE_SIZE + 1,
            size: PAGE_SIZE,
            total: page.total,
            onChange: (n) => setOffset((n - 1) * PAGE_SIZE),
          }}
        />
      )}
    </section>
  );
}

/** The title, a link to the record when the notification has one; following it marks the notification read. */
export function NotificationTitle({ notification }: { notification: NotificationRow }) {
  const markRead = useMarkNotificationRead();
  const path = appPathOf(notification.link);
  const title = notification.readAt ? notification.title : <strong>{notification.title}</strong>;
  return (
    <>
      {path ? (
        <Link to={path} onClick={() => (notification.readAt ? undefined : markRead.mutate({ id: notification.id }))}>
          {title}
        </Link>
      ) : (
        title
      )}
      {notification.body && <span className="secondary">{notification.body}</span>}
    </>
  );
}

/** "Đánh dấu đã đọc": the count on the bell and the lists refresh once the server has it. */
export function MarkReadButton({ notification }: { notification: NotificationRow }) {
  const { t, lang } = useI18n();
  const markRead = useMarkNotificationRead();
  return (
    <>
      <Button
        size="small"
        loading={markRead.isPending}
        aria-label={t("notifications.markReadOf", { title: notification.title })}
        onClick={() => markRead.mutate({ id: notification.id })}
      >
        {t("notifications.markRead")}
      </Button>
      {markRead.isError && (
        <span role="alert" className="error-text">
          {errorText(markRead.error, lang, t)}
        </span>
      )}
    </>
  );
}
