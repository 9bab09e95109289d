import { Alert, App, Button, Checkbox, Form, Input, Select, Space } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import type { Role } from "../api/types.ts";
import { keys, useGraphQLMutation, useGraphQLQuery } from "../api/query.tsx";
import type { UserRowFieldsFragment } from "../graphql/generated/graphql.ts";
import { graphql } from "../graphql/generated/index.ts";
import { compareVietnamese } from "../i18n/collate.ts";
import { errorText } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/vi.ts";
import { DataTable } from "../ui/DataTable.tsx";
import { ExportXlsxButton } from "../ui/ExportXlsxButton.tsx";
import { applyFieldErrors } from "../ui/form-errors.ts";

const PAGE_SIZE = 20;
const ROLES: readonly Role[] = ["CITY_ADMIN", "LEADER", "UNIT_OFFICER", "INSPECTOR"];

graphql(`
  fragment UserRowFields on User {
    id
    username
    fullName
    roles
    unit {
      id
      name
    }
    mustChangePassword
    active
  }
`);
type UserRow = UserRowFieldsFragment;

const USER_PAGE = graphql(`
  query UserPage($search: String, $includeDeactivated: Boolean, $limit: Int, $offset: Int) {
    userPage(search: $search, includeDeactivated: $includeDeactivated, limit: $limit, offset: $offset) {
      total
      items {
        ...UserRowFields
      }
    }
  }
`);
const UNIT_OPTIONS = graphql(`
  query UnitOptions {
    units {
      id
      name
    }
  }
`);
const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      temporaryPassword
      user {
        ...UserRowFields
      }
    }
  }
`);
const SET_ACCESS = graphql(`
  mutation SetUserAccess($id: ID!, $roles: [Role!]!, $unitId: ID) {
    setUserAccess(id: $id, roles: $roles, unitId: $unitId) {
      ...UserRowFields
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...UserRowFields
    }
  }
`);
const REACTIVATE = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...UserRowFields
    }
  }
`);

interface UnitOption {
  id: string;
  name: string;
}

interface Filters {
  search: string;
  includeDeactivated: boolean;
  offset: number;
}

interface AccessValues {
  roles: Role[];
  unitId: string;
}

type Notice = { key: MessageKey; params?: Record<string, string>; secret?: string } | { error: unknown } | null;

/** Quản lý tài khoản (CITY_ADMIN): the paged list of accounts, creating one, roles and unit, deactivation. */
export function UsersPage() {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const [filters, setFilters] = useState<Filters>({ search: "", includeDeactivated: false, offset: 0 });
  const [notice, setNotice] = useState<Notice>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const units = useUnitOptions();
  const variables = {
    search: filters.search || null,
    includeDeactivated: filters.includeDeactivated,
    limit: PAGE_SIZE,
    offset: filters.offset,
  };
  const pageQuery = useGraphQLQuery([...keys.users, variables], USER_PAGE, variables, {
    placeholderData: (previous) => previous,
  });
  const page = pageQuery.data?.userPage ?? null;
  const deactivate = useGraphQLMutation(DEACTIVATE, [keys.users]);
  const reactivate = useGraphQLMutation(REACTIVATE, [keys.users]);

  async function setActive(user: UserRow) {
    try {
      await (user.active ? deactivate : reactivate).mutateAsync({ id: user.id });
      setNotice({ key: user.active ? "users.deactivatedDone" : "users.reactivatedDone", params: { username: user.username } });
    } catch (err) {
      setNotice({ error: err });
    }
  }

  function toggleActive(user: UserRow) {
    if (!user.active) return void setActive(user);
    modal.confirm({
      title: t("users.confirmDeactivate", { username: user.username }),
      okText: t("users.deactivate"),
      okButtonProps: { danger: true },
      cancelText: t("users.cancel"),
      onOk: () => setActive(user),
    });
  }

  const from = page && page.total > 0 ? filters.offset + 1 : 0;
  const to = page ? filters.offset + page.items.length : 0;

  const columns: ColumnsType<UserRow> = [
    { title: t("users.col.username"), dataIndex: "username", className: "code" },
    { title: t("users.col.fullName"), dataIndex: "fullName" },
    { title: t("users.col.roles"), key: "roles", render: (_, u) => u.roles.map((r) => t(`roles.${r}`)).join(", ") },
    { title: t("users.col.unit"), key: "unit", render: (_, u) => u.unit?.name ?? "—" },
    {
      title: t("users.col.status"),
      key: "status",
      render: (_, u) => (
        <>
          {t(u.active ? "users.active" : "users.deactivated")}
          {u.active && u.mustChangePassword && <span className="secondary">{t("users.mustChange")}</span>}
        </>
      ),
    },
    {
      title: t("users.col.actions"),
      key: "actions",
      render: (_, u) =>
        editing === u.id ? (
          <AccessForm
            user={u}
            units={units}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              setNotice({ key: "users.saved", params: { username: u.username } });
            }}
          />
        ) : (
          <Space wrap>
            <Button onClick={() => setEditing(u.id)}>{t("users.editAccess")}</Button>
            <Button type="text" danger={u.active} onClick={() => toggleActive(u)}>
              {t(u.active ? "users.deactivate" : "users.reactivate")}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("users.heading")}</h1>
      <SearchForm initial={filters} onApply={(next) => setFilters({ ...next, offset: 0 })} />

      {notice && (
        <Alert
          className="kit-notice"
          type="info"
          role="status"
          title={"error" in notice ? errorText(notice.error, lang, t) : t(notice.key, notice.params)}
          description={
            "secret" in notice &&
            notice.secret && (
              <p>
                <code className="code">{notice.secret}</code>
              </p>
            )
          }
        />
      )}

      {creating ? (
        <CreateUserForm
          units={units}
          onCancel={() => setCreating(false)}
          onCreated={(user, temporaryPassword) => {
            setCreating(false);
            setNotice({ key: "users.created", params: { username: user.username }, secret: temporaryPassword });
          }}
        />
      ) : (
        <p>
          <Button type="primary" onClick={() => setCreating(true)}>
            {t("users.create")}
          </Button>
        </p>
      )}

      <p className="page-status" role="status">
        {pageQuery.isError
          ? ""
          : !page
            ? t("users.loading")
            : page.total === 0
              ? t("users.empty")
              : t("users.count", { from, to, total: page.total })}
      </p>
      {pageQuery.isError && <Alert type="error" title={errorText(pageQuery.error, lang, t)} />}

      {page && page.items.length > 0 && (
        <ExportXlsxButton
          fileName="tai-khoan"
          header={[t("users.col.username"), t("users.col.fullName"), t("users.col.roles"), t("users.col.unit"), t("users.col.status")]}
          rows={() =>
            page.items.map((u) => [
              u.username,
              u.fullName,
              u.roles.map((r) => t(`roles.${r}`)).join(", "),
              u.unit?.name ?? "",
              t(u.active ? "users.active" : "users.deactivated"),
            ])
          }
        />
      )}
      {page && page.items.length > 0 && (
        <DataTable<UserRow>
          label={t("users.table")}
          rowKey="id"
          columns={columns}
          dataSource={page.items}
          loading={pageQuery.isFetching}
          // Paged by the server (userPage's limit/offset): the table asks for the page it shows.
          serverPage={{
            current: filters.offset / PAGE_SIZE + 1,
            size: PAGE_SIZE,
            total: page.total,
            onChange: (n) => setFilters({ ...filters, offset: (n - 1) * PAGE_SIZE }),
          }}
        />
      )}
    </section>
  );
}

function SearchForm({ initial, onApply }: { initial: Filters; onApply(filters: Filters): void }) {
  const { t } = useI18n();
  return (
    <Form<{ search?: string; includeDeactivated?: boolean }>
      name="userSearch"
      className="filters"
      role="search"
      aria-label={t("users.search")}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => onApply({ search: (v.search ?? "").trim(), includeDeactivated: !!v.includeDeactivated, offset: 0 })}
    >
      <Form.Item label={t("users.search")} name="search">
        <Input type="search" allowClear />
      </Form.Item>
      <Form.Item name="includeDeactivated" valuePropName="checked" label=" " colon={false}>
        <Checkbox>{t("users.includeDeactivated")}</Checkbox>
      </Form.Item>
      <Space className="filters__actions">
        <Button type="primary" htmlType="submit">
          {t("users.apply")}
        </Button>
      </Space>
    </Form>
  );
}

/** Roles as checkboxes and the unit as a list; shared by the create and the access forms. */
function AccessFields({ units }: { units: UnitOption[] }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item label={t("users.roles")} name="roles">
        <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      </Form.Item>
      <Form.Item label={t("users.unit")} name="unitId">
        <Select
          showSearch={{ optionFilterProp: "label" }}
          options={[{ value: "", label: t("users.noUnit") }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        />
      </Form.Item>
    </>
  );
}

function CreateUserForm({
  units,
  onCreated,
  onCancel,
}: {
  units: UnitOption[];
  onCreated(user: UserRow, temporaryPassword: string): void;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<{ username: string; fullName: string } & AccessValues>();
  const create = useGraphQLMutation(CREATE_USER, [keys.users]);
  const [formError, setFormError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(values: { username?: string; fullName?: string } & AccessValues) {
    setSubmitting(true);
    setFormError(null);
    try {
      const data = await create.mutateAsync({
        input: { username: values.username ?? "", fullName: values.fullName ?? "", roles: values.roles, unitId: values.unitId || null },
      });
      onCreated(data.createUser.user, data.createUser.temporaryPassword);
    } catch (err) {
      setFormError(applyFieldErrors(form, err, lang, ["username", "fullName", "roles", "unitId"]));
      setSubmitting(false);
    }
  }

  return (
    <Form
      form={form}
      name="createUser"
      className="panel"
      aria-labelledby="create-user-heading"
      layout="vertical"
      initialValues={{ roles: [], unitId: "" }}
      onFinish={(values) => void submit(values)}
    >
      <h2 id="create-user-heading">{t("users.createHeading")}</h2>
      {formError != null && <Alert type="error" title={errorText(formError, lang, t)} />}
      <Form.Item label={t("users.username")} name="username">
        <Input autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <Form.Item label={t("users.fullName")} name="fullName">
        <Input />
      </Form.Item>
      <AccessFields units={units} />
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitting ? t("users.creating") : t("users.create")}
        </Button>
        <Button onClick={onCancel}>{t("users.cancel")}</Button>
      </Space>
    </Form>
  );
}

function AccessForm({ user, units, onSaved, onCancel }: { user: UserRow; units: UnitOption[]; onSaved(): void; onCancel(): void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<AccessValues>();
  const setAccess = useGraphQLMutation(SET_ACCESS, [keys.users]);
  const [formError, setFormError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(values: AccessValues) {
    setSubmitting(true);
    setFormError(null);
    try {
      await setAccess.mutateAsync({ id: user.id, roles: values.roles, unitId: values.unitId || null });
      onSaved();
    } catch (err) {
      setFormError(applyFieldErrors(form, err, lang, ["roles", "unitId"]));
      setSubmitting(false);
    }
  }

  return (
    <Form
      form={form}
      name={`access-${user.id}`}
      aria-label={t("users.editHeading", { username: user.username })}
      layout="vertical"
      initialValues={{ roles: user.roles, unitId: user.unit?.id ?? "" }}
      onFinish={(values) => void submit(values)}
    >
      {formError != null && <Alert type="error" title={errorText(formError, lang, t)} />}
      <AccessFields units={units} />
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t("users.save")}
        </Button>
        <Button onClick={onCancel}>{t("users.cancel")}</Button>
      </Space>
    </Form>
  );
}

/** The units an account can belong to, in Vietnamese order (cached for the whole session: the directory changes rarely). */
function useUnitOptions(): UnitOption[] {
  const { data } = useGraphQLQuery([...keys.units, "options"], UNIT_OPTIONS, undefined, { staleTime: 5 * 60_000 });
  return data ? [...data.units].sort((a, b) => compareVietnamese(a.name, b.name)) : [];
}
