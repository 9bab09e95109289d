import { Button, Checkbox, DatePicker, Form, Input, Select, Space, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { saveBlob } from "../../api/client.ts";
import { keys, useGraphQLQuery } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import { formatDate } from "../../i18n/dates.ts";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { PagedTable } from "../../ui/PagedTable.tsx";
import { ExportXlsxButton } from "../../ui/ExportXlsxButton.tsx";
import { ComplaintsChart } from "./ComplaintsChart.tsx";
import { useAssignableUnits } from "./detail/units.ts";
import { DATE_INPUT_FORMATS, dayOf, isoOf, todayInVietnam, type Dayjs } from "../../ui/dayjs.ts";
import {
  CHANNELS,
  EXPORT_REGISTER,
  filtersFromParams,
  INBOX_PAGE_SIZE,
  INBOX_QUERY,
  registerPeriod,
  inboxVariables,
  paramsFromFilters,
  SORTS,
  STATUSES,
  type InboxFilters,
  type InboxRow,
} from "./complaints-query.ts";

/** Hộp PAKN: the city office sees every PAKN, a unit officer what was transferred to their unit. */
export function ComplaintsInboxPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = filtersFromParams(params);
  const variables = inboxVariables(filters);
  const inbox = useGraphQLQuery([...keys.complaints, "inbox", variables], INBOX_QUERY, variables, {
    placeholderData: (previous) => previous,
  });
  const page = inbox.data?.complaints ?? null;

  const columns: ColumnsType<InboxRow> = [
    {
      title: t("complaints.col.code"),
      key: "code",
      className: "code",
      render: (_, c) => <Link to={`/complaints/${c.id}`}>{c.trackingCode}</Link>,
    },
    { title: t("complaints.col.received"), key: "received", className: "nowrap", render: (_, c) => formatDate(c.receivedDay) },
    {
      title: t("complaints.col.regulation"),
      key: "regulation",
      render: (_, c) => (
        <>
          {c.regulation}
          {c.classification && <span className="secondary">{c.classification.field}</span>}
        </>
      ),
    },
    { title: t("complaints.col.status"), key: "status", render: (_, c) => c.statusText[lang] },
    {
      title: t("complaints.col.units"),
      key: "units",
      render: (_, c) => c.units.map((u) => (u.lead ? `${u.name} (${t("complaints.lead")})` : u.name)).join("; "),
    },
    {
      title: t("complaints.col.due"),
      key: "due",
      className: "nowrap",
      render: (_, c) => (
        <>
          {formatDate(c.due.handle ?? c.due.answer)}
          {c.dueStatus && c.dueStatus !== "ON_TRACK" && (
            <div>
              <Tag color={c.dueStatus === "OVERDUE" ? "error" : "warning"}>{t(`complaints.due.${c.dueStatus}` as MessageKey)}</Tag>
            </div>
          )}
        </>
      ),
    },
  ];

  return (
    <section aria-labelledby="page-title">
      <div className="kit-toolbar">
        <h1 id="page-title">{t("complaints.inbox.heading")}</h1>
        <Space wrap>
          <ExportRegister filters={filters} />
          <Link to="/complaints/intake" className="button">
            {t("complaints.intake.open")}
          </Link>
          <Link to="/complaints/settings" className="button">
            {t("complaints.settings.open")}
          </Link>
          <Link to="/pakn" className="button">
            {t("complaints.publicForm")}
          </Link>
        </Space>
      </div>
      <ComplaintsChart />
      <Filters key={key} initial={filters} onApply={(f) => setParams(paramsFromFilters({ ...f, page: 1 }))} />
      <div className="kit-toolbar">
        <label>
          {t("complaints.sort.label")}{" "}
          <Select
            aria-label={t("complaints.sort.label")}
            className="kit-sort"
            value={filters.sort}
            options={SORTS.map((s) => ({ value: s, label: t(`complaints.sort.${s}`) }))}
            onChange={(sort) => setParams(paramsFromFilters({ ...filters, sort, page: 1 }))}
          />
        </label>
      </div>
      <PagedTable<InboxRow>
        query={inbox}
        page={page}
        // Paged by the server (complaints' limit/offset); the page is kept in the address.
        current={filters.page}
        pageSize={INBOX_PAGE_SIZE}
        onPageChange={(page) => setParams(paramsFromFilters({ ...filters, page }))}
        loadingText={t("complaints.loading")}
        countText={(count) => t("complaints.inbox.count", { count })}
        label={t("complaints.inbox.heading")}
        rowKey="id"
        columns={columns}
        toolbar={
          <ExportXlsxButton
            fileName="hop-pakn"
            header={[
              t("complaints.col.code"),
              t("complaints.col.received"),
              t("complaints.col.regulation"),
              t("complaints.col.status"),
              t("complaints.col.units"),
              t("complaints.col.due"),
            ]}
            rows={() =>
              (page?.items ?? []).map((c) => [
                c.trackingCode,
                formatDate(c.receivedDay),
                c.regulation ?? "",
                c.statusText[lang],
                c.units.map((u) => (u.lead ? `${u.name} (${t("complaints.lead")})` : u.name)).join("; "),
                formatDate(c.due.handle ?? c.due.answer),
              ])
            }
          />
        }
      />
    </section>
  );
}

/** Sổ theo dõi PAKN as XLSX for the filtered period (a unit officer gets their own unit's). */
function ExportRegister({ filters }: { filters: InboxFilters }) {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function exportRegister() {
    setBusy(true);
    setError(null);
    try {
      const { exportComplaintRegister: file } = await api.request(EXPORT_REGISTER, registerPeriod(filters, todayInVietnam()));
      saveBlob(await api.download(`/files/complaints/${file.fileId}`), file.name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button loading={busy} onClick={() => void exportRegister()}>
        {t(busy ? "complaints.register.busy" : "complaints.register.export")}
      </Button>
      {error != null && (
        <span className="field-error" role="alert">
          {errorText(error, lang, t)}
        </span>
      )}
    </>
  );
}

interface FilterFields {
  search?: string;
  status?: string;
  channel?: string;
  field?: string;
  unit?: string;
  leadOnly?: boolean;
  overdue?: boolean;
  period?: [Dayjs | null, Dayjs | null] | null;
}

function Filters({ initial, onApply }: { initial: InboxFilters; onApply(f: InboxFilters): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<FilterFields>();
  // The unit filter lists the units of the period's last day (today when open-ended): a unit closed
  // since then still had PAKN in that period, one created after had none.
  const period = Form.useWatch("period", form) ?? [dayOf(initial.from), dayOf(initial.to)];
  const units = useAssignableUnits(isoOf(period?.[1]));
  return (
    <Form<FilterFields>
      form={form}
      name="inboxFilters"
      className="filters"
      role="search"
      aria-label={t("complaints.filters")}
      layout="vertical"
      initialValues={{ ...initial, period: [dayOf(initial.from), dayOf(initial.to)] }}
      onFinish={(v) =>
        onApply({
          search: v.search ?? "",
          status: v.status ?? "",
          channel: v.channel ?? "",
          field: v.field ?? "",
          unit: v.unit ?? "",
          leadOnly: !!v.leadOnly,
          overdue: !!v.overdue,
          from: isoOf(v.period?.[0]) ?? "",
          to: isoOf(v.period?.[1]) ?? "",
          // Filtering keeps the order chosen in the sort selector.
          sort: initial.sort,
          page: 1,
        })
      }
    >
      <Form.Item label={t("complaints.search")} name="search" extra={t("complaints.searchHint")}>
        <Input type="search" allowClear />
      </Form.Item>
      <Form.Item label={t("complaints.col.status")} name="status">
        <Select
          options={[
            { value: "", label: t("complaints.all") },
            ...STATUSES.map((s) => ({ value: s, label: t(`complaints.status.${s}` as MessageKey) })),
          ]}
        />
      </Form.Item>
      <Form.Item label={t("complaints.channel")} name="channel">
        <Select
          options={[
            { value: "", label: t("complaints.all") },
            ...CHANNELS.map((c) => ({ value: c, label: t(`complaints.channel.${c}` as MessageKey) })),
          ]}
        />
      </Form.Item>
      <Form.Item label={t("complaints.field")} name="field">
        <Input />
      </Form.Item>
      <Form.Item label={t("complaints.col.units")} name="unit">
        <Select showSearch={{ optionFilterProp: "label" }} options={[{ value: "", label: t("complaints.all") }, ...units]} />
      </Form.Item>
      <Form.Item name="leadOnly" valuePropName="checked" label=" " colon={false}>
        <Checkbox>{t("complaints.leadOnly")}</Checkbox>
      </Form.Item>
      <Form.Item label={`${t("complaints.from")} – ${t("complaints.to")}`} name="period">
        <DatePicker.RangePicker format={DATE_INPUT_FORMATS} allowEmpty={[true, true]} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="overdue" valuePropName="checked" label=" " colon={false}>
        <Checkbox>{t("complaints.overdueOnly")}</Checkbox>
      </Form.Item>
      <Space className="filters__actions">
        <Button type="primary" htmlType="submit">
          {t("complaints.apply")}
        </Button>
      </Space>
    </Form>
  );
}
