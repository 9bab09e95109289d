import { Button, Form, InputNumber, Select, Space, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link, useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../api/query.tsx";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { todayInVietnam } from "../../ui/dayjs.ts";
import { PagedTable } from "../../ui/PagedTable.tsx";
import { dayOfYear, useUnitOptionsAsOf } from "../units-query.ts";
import {
  INSPECTION_STATUSES,
  INSPECTION_TYPES,
  INSPECTIONS_QUERY,
  PAGE_SIZE,
  type InspectionRow,
  type InspectionStatus,
  type InspectionType,
} from "./inspections-api.ts";
import { dayRange, statusKey, typeKey } from "./labels.ts";

interface Filters {
  year: number | null;
  unitId: string | null;
  status: InspectionStatus | null;
  type: InspectionType | null;
  page: number;
}

const isStatus = (v: string | null): v is InspectionStatus => (INSPECTION_STATUSES as readonly (string | null)[]).includes(v);
const isType = (v: string | null): v is InspectionType => (INSPECTION_TYPES as readonly (string | null)[]).includes(v);

// The address bar is anyone's input: only a known status, type or a real year reaches the query.
function filtersFrom(p: URLSearchParams): Filters {
  const year = Number.parseInt(p.get("year") ?? "", 10);
  return {
    year: year >= 2000 && year <= 2100 ? year : null,
    unitId: p.get("unit") || null,
    status: isStatus(p.get("status")) ? (p.get("status") as InspectionStatus) : null,
    type: isType(p.get("type")) ? (p.get("type") as InspectionType) : null,
    page: Math.max(1, Number.parseInt(p.get("page") ?? "1", 10) || 1),
  };
}

function paramsFrom(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.year) p.set("year", String(f.year));
  if (f.unitId) p.set("unit", f.unitId);
  if (f.status) p.set("status", f.status);
  if (f.type) p.set("type", f.type);
  if (f.page > 1) p.set("page", String(f.page));
  return p;
}

/** Danh sách cuộc kiểm tra: the city office, leaders and inspectors see every unit's; a unit officer their unit's. */
export function InspectionsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const variables = {
    filter: { year: filters.year, unitId: filters.unitId, status: filters.status, type: filters.type },
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  };
  const list = useGraphQLQuery([...keys.inspections, "list", variables], INSPECTIONS_QUERY, variables, {
    placeholderData: (previous) => previous,
  });
  const page = list.data?.inspections ?? null;

  const columns: ColumnsType<InspectionRow> = [
    {
      title: t("inspections.col.unit"),
      key: "unit",
      render: (_, i) => <Link to={`/inspections/${i.id}`}>{i.unitName ?? t("inspections.unknownUnit")}</Link>,
    },
    { title: t("inspections.col.type"), key: "type", render: (_, i) => t(typeKey(i.type)) },
    { title: t("inspections.col.focus"), dataIndex: "focus" },
    {
      title: t("inspections.col.when"),
      key: "when",
      className: "nowrap",
      render: (_, i) => (i.startDay && i.endDay ? dayRange(i.startDay, i.endDay) : dayRange(i.windowStart, i.windowEnd)),
    },
    {
      title: t("inspections.col.status"),
      key: "status",
      render: (_, i) => (
        <>
          {t(statusKey(i.status))}
          {i.selfAssessmentLate && (
            <div>
              <Tag color="warning">{t("inspections.selfLate")}</Tag>
            </div>
          )}
        </>
      ),
    },
  ];

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("inspections.list.heading")}</h1>
      <FilterForm key={params.toString()} initial={filters} onApply={(f) => setParams(paramsFrom({ ...f, page: 1 }))} />
      <PagedTable<InspectionRow>
        query={list}
        page={page}
        current={filters.page}
        pageSize={PAGE_SIZE}
        onPageChange={(p) => setParams(paramsFrom({ ...filters, page: p }))}
        loadingText={t("inspections.loading")}
        countText={(count) => t("inspections.list.count", { count })}
        label={t("inspections.list.heading")}
        rowKey="id"
        columns={columns}
      />
    </section>
  );
}

interface FilterFields {
  year?: number | null;
  unitId?: string;
  status?: string;
  type?: string;
}

function FilterForm({ initial, onApply }: { initial: Filters; onApply(f: Filters): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<FilterFields>();
  // The unit filter lists the units of the chosen year's end (today for the current year): a unit closed
  // during that year still had its inspections then, one created later had none.
  const year = Form.useWatch("year", form) ?? initial.year;
  const yearEnd = dayOfYear(year, "12-31");
  const today = todayInVietnam();
  const units = useUnitOptionsAsOf(yearEnd && yearEnd < today ? yearEnd : null);
  return (
    <Form<FilterFields>
      form={form}
      name="inspectionFilters"
      className="filters"
      role="search"
      aria-label={t("inspections.filters")}
      layout="vertical"
      initialValues={{ year: initial.year, unitId: initial.unitId ?? "", status: initial.status ?? "", type: initial.type ?? "" }}
      onFinish={(v) =>
        onApply({
          year: v.year ?? null,
          unitId: v.unitId || null,
          status: isStatus(v.status ?? null) ? (v.status as InspectionStatus) : null,
          type: isType(v.type ?? null) ? (v.type as InspectionType) : null,
          page: 1,
        })
      }
    >
      <Form.Item label={t("inspections.year")} name="year">
        <InputNumber min={2000} max={2100} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item label={t("inspections.col.unit")} name="unitId">
        <Select
          showSearch={{ optionFilterProp: "label" }}
          loading={units.loading}
          options={[{ value: "", label: t("inspections.all") }, ...units.options]}
        />
      </Form.Item>
      <Form.Item label={t("inspections.col.status")} name="status">
        <Select
          options={[{ value: "", label: t("inspections.all") }, ...INSPECTION_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))]}
        />
      </Form.Item>
      <Form.Item label={t("inspections.col.type")} name="type">
        <Select
          options={[{ value: "", label: t("inspections.all") }, ...INSPECTION_TYPES.map((s) => ({ value: s, label: t(typeKey(s)) }))]}
        />
      </Form.Item>
      <Space className="filters__actions">
        <Button type="primary" htmlType="submit">
          {t("inspections.apply")}
        </Button>
      </Space>
    </Form>
  );
}
