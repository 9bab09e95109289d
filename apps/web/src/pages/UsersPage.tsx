import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { ApiError, type FieldError } from "../api/errors.ts";
import type { Role } from "../api/types.ts";
import { useSession } from "../auth/SessionProvider.tsx";
import { compareVietnamese } from "../i18n/collate.ts";
import { errorMessageKeyOf } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/vi.ts";

const PAGE_SIZE = 20;
const ROLES: readonly Role[] = ["CITY_ADMIN", "LEADER", "UNIT_OFFICER", "INSPECTOR"];

const USER_ROW = "id username fullName roles unit { id name } mustChangePassword active";
const USER_PAGE = `query UserPage($search: String, $includeDeactivated: Boolean, $limit: Int, $offset: Int) {
  userPage(search: $search, includeDeactivated: $includeDeactivated, limit: $limit, offset: $offset) { total items { ${USER_ROW} } }
}`;
const UNIT_OPTIONS = `query UnitOptions { units { id name } }`;
const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { temporaryPassword user { ${USER_ROW} } } }`;
const SET_ACCESS = `mutation SetUserAccess($id: ID!, $roles: [Role!]!, $unitId: ID) { setUserAccess(id: $id, roles: $roles, unitId: $unitId) { ${USER_ROW} } }`;
const DEACTIVATE = `mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { ${USER_ROW} } }`;
const REACTIVATE = `mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { ${USER_ROW} } }`;

interface UserRow {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  unit: { id: string; name: string } | null;
  mustChangePassword: boolean;
  active: boolean;
}

interface UnitOption {
  id: string;
  name: string;
}

interface Filters {
  search: string;
  includeDeactivated: boolean;
  offset: number;
}

type Notice = { key: MessageKey; params?: Record<string, string>; secret?: string } | null;

/** Problems of a refused form by field, in the UI's language; `form` holds a problem with no field of its own. */
interface FormErrors {
  fields: Record<string, string>;
  form: MessageKey | null;
}

const NO_ERRORS: FormErrors = { fields: {}, form: null };

function formErrorsOf(err: unknown, lang: "vi" | "en"): FormErrors {
  const list: readonly FieldError[] = err instanceof ApiError ? err.fieldErrors : [];
  if (list.length === 0) return { fields: {}, form: errorMessageKeyOf(err) };
  return { fields: Object.fromEntries(list.map((e) => [e.field, lang === "vi" ? e.messageVi : e.messageEn])), form: null };
}

/** Quản lý tài khoản (CITY_ADMIN): the paged list of accounts, creating one, roles and unit, deactivation. */
export function UsersPage() {
  const { api } = useSession();
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>({ search: "", includeDeactivated: false, offset: 0 });
  const [page, setPage] = useState<{ total: number; items: UserRow[] } | null>(null);
  const [loadError, setLoadError] = useState<MessageKey | null>(null);
  const [units, setUnits] = useState<UnitOption[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const refresh = useCallback(() => setReload((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    api
      .request<{ units: UnitOption[] }>(UNIT_OPTIONS, undefined, controller.signal)
      .then((data) => setUnits([...data.units].sort((a, b) => compareVietnamese(a.name, b.name))))
      .catch(() => undefined);
    return () => controller.abort();
  }, [api]);

  useEffect(() => {
    const controller = new AbortController();
    setLoadError(null);
    api
      .request<{ userPage: { total: number; items: UserRow[] } }>(
        USER_PAGE,
        { search: filters.search || null, includeDeactivated: filters.includeDeactivated, limit: PAGE_SIZE, offset: filters.offset },
        controller.signal,
      )
      .then((data) => setPage(data.userPage))
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setLoadError(errorMessageKeyOf(err));
      });
    return () => controller.abort();
  }, [api, filters, reload]);

  async function toggleActive(user: UserRow) {
    if (user.active && !window.confirm(t("users.confirmDeactivate", { username: user.username }))) return;
    try {
      await api.request(user.active ? DEACTIVATE : REACTIVATE, { id: user.id });
      setNotice({ key: user.active ? "users.deactivatedDone" : "users.reactivatedDone", params: { username: user.username } });
      refresh();
    } catch (err) {
      setNotice({ key: errorMessageKeyOf(err) });
    }
  }

  const from = page && page.total > 0 ? filters.offset + 1 : 0;
  const to = page ? filters.offset + page.items.length : 0;

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("users.heading")}</h1>
      <SearchForm initial={filters} onApply={(next) => setFilters({ ...next, offset: 0 })} />

      {notice && (
        <div className="notice" role="status">
          <p>{t(notice.key, notice.params)}</p>
          {notice.secret && (
            <p>
              <code className="code">{notice.secret}</code>
            </p>
          )}
        </div>
      )}

      {creating ? (
        <CreateUserForm
          units={units}
          onCancel={() => setCreating(false)}
          onCreated={(user, temporaryPassword) => {
            setCreating(false);
            setNotice({ key: "users.created", params: { username: user.username }, secret: temporaryPassword });
            refresh();
          }}
        />
      ) : (
        <p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t("users.create")}
          </button>
        </p>
      )}

      <p className="page-status" role="status">
        {loadError
          ? ""
          : !page
            ? t("users.loading")
            : page.total === 0
              ? t("users.empty")
              : t("users.count", { from, to, total: page.total })}
      </p>
      {loadError && (
        <p className="notice notice--error" role="alert">
          {t(loadError)}
        </p>
      )}

      {page && page.items.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("users.table")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("users.col.username")}</th>
                <th scope="col">{t("users.col.fullName")}</th>
                <th scope="col">{t("users.col.roles")}</th>
                <th scope="col">{t("users.col.unit")}</th>
                <th scope="col">{t("users.col.status")}</th>
                <th scope="col">{t("users.col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((u) => (
                <tr key={u.id}>
                  <td className="code">{u.username}</td>
                  <td>{u.fullName}</td>
                  <td>{u.roles.map((r) => t(`roles.${r}`)).join(", ")}</td>
                  <td>{u.unit?.name ?? "—"}</td>
                  <td>
                    {t(u.active ? "users.active" : "users.deactivated")}
                    {u.active && u.mustChangePassword && <span className="secondary">{t("users.mustChange")}</span>}
                  </td>
                  <td>
                    {editing === u.id ? (
                      <AccessForm
                        user={u}
                        units={units}
                        onCancel={() => setEditing(null)}
                        onSaved={() => {
                          setEditing(null);
                          setNotice({ key: "users.saved", params: { username: u.username } });
                          refresh();
                        }}
                      />
                    ) : (
                      <>
                        <button type="button" className="button" onClick={() => setEditing(u.id)}>
                          {t("users.editAccess")}
                        </button>{" "}
                        <button type="button" className="button button--quiet" onClick={() => void toggleActive(u)}>
                          {t(u.active ? "users.deactivate" : "users.reactivate")}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {page && page.total > PAGE_SIZE && (
        <nav className="filters__actions" aria-label={t("users.table")}>
          <button
            type="button"
            className="button"
            disabled={filters.offset === 0}
            onClick={() => setFilters({ ...filters, offset: Math.max(filters.offset - PAGE_SIZE, 0) })}
          >
            {t("users.previous")}
          </button>
          <button
            type="button"
            className="button"
            disabled={to >= page.total}
            onClick={() => setFilters({ ...filters, offset: filters.offset + PAGE_SIZE })}
          >
            {t("users.next")}
          </button>
        </nav>
      )}
    </section>
  );
}

function SearchForm({ initial, onApply }: { initial: Filters; onApply(filters: Filters): void }) {
  const { t } = useI18n();
  const id = useId();
  const [search, setSearch] = useState(initial.search);
  const [includeDeactivated, setIncludeDeactivated] = useState(initial.includeDeactivated);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ search: search.trim(), includeDeactivated, offset: 0 });
  }

  return (
    <form className="filters" role="search" aria-label={t("users.search")} onSubmit={submit} noValidate>
      <div className="field field--wide">
        <label htmlFor={`${id}-q`}>{t("users.search")}</label>
        <input id={`${id}-q`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={includeDeactivated} onChange={(e) => setIncludeDeactivated(e.target.checked)} />{" "}
          {t("users.includeDeactivated")}
        </label>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {t("users.apply")}
        </button>
      </div>
    </form>
  );
}

/** Roles as checkboxes and the unit as a list; shared by the create and the access forms. */
function AccessFields({
  idPrefix,
  roles,
  unitId,
  units,
  errors,
  onChange,
}: {
  idPrefix: string;
  roles: Role[];
  unitId: string;
  units: UnitOption[];
  errors: Record<string, string>;
  onChange(next: { roles: Role[]; unitId: string }): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <fieldset className="access-roles" aria-describedby={errors.roles ? `${idPrefix}-roles-error` : undefined}>
        <legend>{t("users.roles")}</legend>
        {ROLES.map((r) => (
          <label key={r}>
            <input
              type="checkbox"
              checked={roles.includes(r)}
              onChange={(e) => onChange({ roles: e.target.checked ? [...roles, r] : roles.filter((x) => x !== r), unitId })}
            />{" "}
            {t(`roles.${r}`)}
          </label>
        ))}
        {errors.roles && (
          <small id={`${idPrefix}-roles-error`} className="field-error" role="alert">
            {errors.roles}
          </small>
        )}
      </fieldset>
      <label htmlFor={`${idPrefix}-unit`}>{t("users.unit")}</label>
      <select
        id={`${idPrefix}-unit`}
        value={unitId}
        onChange={(e) => onChange({ roles, unitId: e.target.value })}
        aria-invalid={!!errors.unitId}
        aria-describedby={errors.unitId ? `${idPrefix}-unit-error` : undefined}
      >
        <option value="">{t("users.noUnit")}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      {errors.unitId && (
        <small id={`${idPrefix}-unit-error`} className="field-error" role="alert">
          {errors.unitId}
        </small>
      )}
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
  const { api } = useSession();
  const { t, lang } = useI18n();
  const id = useId();
  const [username, setUsername] = useState("");
  const [fullName, setFullName] = useState("");
  const [access, setAccess] = useState<{ roles: Role[]; unitId: string }>({ roles: [], unitId: "" });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setErrors(NO_ERRORS);
    try {
      const data = await api.request<{ createUser: { temporaryPassword: string; user: UserRow } }>(CREATE_USER, {
        input: { username, fullName, roles: access.roles, unitId: access.unitId || null },
      });
      onCreated(data.createUser.user, data.createUser.temporaryPassword);
    } catch (err) {
      setErrors(formErrorsOf(err, lang));
      setSubmitting(false);
    }
  }

  const fieldError = (field: string) =>
    errors.fields[field] && (
      <small id={`${id}-${field}-error`} className="field-error" role="alert">
        {errors.fields[field]}
      </small>
    );

  return (
    <form className="panel" aria-labelledby={`${id}-heading`} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={`${id}-heading`}>{t("users.createHeading")}</h2>
      {errors.form && (
        <p className="notice notice--error" role="alert">
          {t(errors.form)}
        </p>
      )}
      <label htmlFor={`${id}-username`}>{t("users.username")}</label>
      <input
        id={`${id}-username`}
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        aria-invalid={!!errors.fields.username}
        aria-describedby={errors.fields.username ? `${id}-username-error` : undefined}
      />
      {fieldError("username")}
      <label htmlFor={`${id}-fullName`}>{t("users.fullName")}</label>
      <input
        id={`${id}-fullName`}
        value={fullName}
        onChange={(e) => setFullName(e.target.value)}
        aria-invalid={!!errors.fields.fullName}
        aria-describedby={errors.fields.fullName ? `${id}-fullName-error` : undefined}
      />
      {fieldError("fullName")}
      <AccessFields idPrefix={id} roles={access.roles} unitId={access.unitId} units={units} errors={errors.fields} onChange={setAccess} />
      <div className="filters__actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t("users.creating") : t("users.create")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("users.cancel")}
        </button>
      </div>
    </form>
  );
}

function AccessForm({ user, units, onSaved, onCancel }: { user: UserRow; units: UnitOption[]; onSaved(): void; onCancel(): void }) {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const id = useId();
  const [access, setAccess] = useState<{ roles: Role[]; unitId: string }>({ roles: user.roles, unitId: user.unit?.id ?? "" });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setErrors(NO_ERRORS);
    try {
      await api.request(SET_ACCESS, { id: user.id, roles: access.roles, unitId: access.unitId || null });
      onSaved();
    } catch (err) {
      setErrors(formErrorsOf(err, lang));
      setSubmitting(false);
    }
  }

  return (
    <form aria-label={t("users.editHeading", { username: user.username })} onSubmit={(event) => void submit(event)} noValidate>
      {(errors.form ?? errors.fields.id) && (
        <p className="notice notice--error" role="alert">
          {errors.form ? t(errors.form) : errors.fields.id}
        </p>
      )}
      <AccessFields idPrefix={id} roles={access.roles} unitId={access.unitId} units={units} errors={errors.fields} onChange={setAccess} />
      <div className="filters__actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {t("users.save")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("users.cancel")}
        </button>
      </div>
    </form>
  );
}
