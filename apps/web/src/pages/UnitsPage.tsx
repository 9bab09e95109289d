import { Alert, Button, Form, Input, Select, Space } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link, useSearchParams } from "react-router-dom";
import {
  filtersFromParams,
  orderUnits,
  paramsFromFilters,
  unitPath,
  unitsVariables,
  UNIT_LEVELS_QUERY,
  UNITS_QUERY,
  type UnitFilters,
  type UnitRow,
} from "./units-query.ts";
import type { UnitLevel } from "../api/types.ts";
import { keys, useGraphQLQuery } from "../api/query.tsx";
import { compareVietnamese } from "../i18n/collate.ts";
import { formatDate } from "../i18n/dates.ts";
import { errorText } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { DataTable } from "../ui/DataTable.tsx";
import { DateField } from "../ui/DateField.tsx";
import { ExportXlsxButton } from "../ui/ExportXlsxButton.tsx";

/** Danh mục đơn vị: the org units, filtered by text (diacritics optional, matched by the server), level and date. */
export function UnitsPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const variables = unitsVariables(filters);
  // The level filter is optional: without levels the list and the other filters still work.
  const levelsQuery = useGraphQLQuery([...keys.units, "levels"], UNIT_LEVELS_QUERY, undefined, {
    staleTime: Infinity,
  });
  const levels = [...(levelsQuery.data?.unitLevels ?? [])].sort((a, b) => a.rank - b.rank);
  const unitsQuery = useGraphQLQuery([...keys.units, "list", variables], UNITS_QUERY, variables, {
    placeholderData: (previous) => previous,
  });
  const units = unitsQuery.data ? orderUnits(unitsQuery.data.units) : null;
  const paramsKey = paramsFromFilters(filters).toString();

  // The server returns the whole (short) list in Vietnamese order; sorting by another column and paging happen here.
  const columns: ColumnsType<UnitRow> = [
    { title: t("units.col.code"), dataIndex: "code", className: "code", sorter: (a, b) => compareVietnamese(a.code, b.code) },
    {
      title: t("units.col.name"),
      dataIndex: "nameAt",
      sorter: (a, b) => compareVietnamese(a.nameAt, b.nameAt),
      render: (_, u) => (
        <>
          <Link to={unitPath(u.id)}>{u.nameAt}</Link>
          {u.shortName && u.shortName !== u.nameAt && <span className="secondary">{u.shortName}</span>}
        </>
      ),
    },
    { title: t("units.col.level"), key: "level", render: (_, u) => u.level.name, sorter: (a, b) => a.level.rank - b.level.rank },
    { title: t("units.col.parent"), key: "parent", render: (_, u) => u.parent?.nameAt ?? t("units.noParent") },
    {
      title: t("units.col.validity"),
      key: "validity",
      className: "nowrap",
      render: (_, u) =>
        u.validTo
          ? t("units.validRange", { from: formatDate(u.validFrom), to: formatDate(u.validTo) })
          : t("units.validFromOnly", { from: formatDate(u.validFrom) }),
    },
  ];

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("units.heading")}</h1>
      <UnitFiltersForm key={paramsKey} initial={filters} levels={levels} onApply={(next) => setParams(paramsFromFilters(next))} />

      <p className="page-status" role="status">
        {unitsQuery.isFetching
          ? t("units.loading")
          : units
            ? units.length
              ? t("units.count", { count: units.length })
              : t("units.empty")
            : ""}
      </p>
      {unitsQuery.isError && <Alert type="error" title={errorText(unitsQuery.error, lang, t)} />}

      {units && units.length > 0 && (
        <ExportXlsxButton
          fileName="danh-muc-don-vi"
          header={[t("units.col.code"), t("units.col.name"), t("units.col.level"), t("units.col.parent"), t("units.col.validity")]}
          rows={() =>
            units.map((u) => [
              u.code,
              u.nameAt,
              u.level.name,
              u.parent?.nameAt ?? "",
              u.validTo ? `${formatDate(u.validFrom)} – ${formatDate(u.validTo)}` : formatDate(u.validFrom),
            ])
          }
        />
      )}
      {units && units.length > 0 && (
        <DataTable<UnitRow>
          label={t("units.table")}
          rowKey="id"
          columns={columns}
          dataSource={units}
          loading={unitsQuery.isFetching}
          pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
        />
      )}
    </section>
  );
}

interface FormProps {
  initial: UnitFilters;
  levels: UnitLevel[];
  onApply(filters: UnitFilters): void;
}

function UnitFiltersForm({ initial, levels, onApply }: FormProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<UnitFilters>();

  return (
    <Form<UnitFilters>
      form={form}
      className="filters"
      role="search"
      aria-label={t("units.filters")}
      layout="vertical"
      initialValues={initial}
      onFinish={(values) => onApply({ search: values.search ?? "", levelCode: values.levelCode ?? "", asOf: values.asOf ?? "" })}
    >
      <Form.Item className="field--wide" label={t("units.search")} name="search" extra={t("units.searchHint")}>
        <Input type="search" allowClear />
      </Form.Item>
      <Form.Item label={t("units.level")} name="levelCode">
        <Select options={[{ value: "", label: t("units.allLevels") }, ...levels.map((l) => ({ value: l.code, label: l.name }))]} />
      </Form.Item>
      <Form.Item label={t("units.asOf")} name="asOf" extra={t("units.asOfHint")}>
        <DateField />
      </Form.Item>
      <Space className="filters__actions" wrap>
        <Button type="primary" htmlType="submit">
          {t("units.apply")}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({ search: "", levelCode: "", asOf: "" });
          }}
        >
          {t("units.reset")}
        </Button>
      </Space>
    </Form>
  );
}
