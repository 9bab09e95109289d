import { Alert, Button, Form, Input, InputNumber, Select, Space } from "antd";
import { useState } from "react";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { dayOfYear, useUnitOptionsAsOf } from "../../units-query.ts";
import { INSPECTION_TYPES, PERIOD_KINDS, type InspectionType, type PeriodKind } from "../inspections-api.ts";
import { periodKindKey, typeKey } from "../labels.ts";

export interface PlanItemFields {
  unitId?: string;
  periodKind: PeriodKind;
  period?: number;
  type: InspectionType;
  focus?: string;
}

export interface PlanFields {
  year: number;
  title: string;
  items: PlanItemFields[];
}

export interface PlanDraft {
  year: number;
  title: string;
  items: { unitId: string; periodKind: PeriodKind; period: number; type: InspectionType; focus: string }[];
}

const NEW_ITEM: PlanItemFields = { periodKind: "QUARTER", type: "PERIODIC" };

/**
 * The draft of a year's plan (the city office): a title and one row per inspected unit, with its month or
 * quarter, type and focus. Required fields are checked here; the server checks the rest (unknown unit,
 * period out of range) and its Vietnamese refusal is shown above the buttons.
 */
export function PlanEditor({
  initial,
  yearFixed,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: PlanFields;
  /** An existing plan's year does not change. */
  yearFixed?: boolean;
  submitLabel: string;
  /** Resolves to the error to show, or null when saved. */
  onSubmit(draft: PlanDraft): Promise<unknown>;
  onCancel?(): void;
}) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<PlanFields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A plan names the units that exist on its year's 1 January (the service checks the same day).
  const year = Form.useWatch("year", form) ?? initial.year;
  const units = useUnitOptionsAsOf(dayOfYear(year, "01-01"));

  async function finish(v: PlanFields) {
    setBusy(true);
    setError(null);
    const failure = await onSubmit({
      year: v.year,
      title: v.title.trim(),
      items: (v.items ?? []).map((i) => ({
        unitId: i.unitId ?? "",
        periodKind: i.periodKind,
        period: i.period ?? 0,
        type: i.type,
        focus: (i.focus ?? "").trim(),
      })),
    });
    setBusy(false);
    setError(failure);
  }

  return (
    <Form<PlanFields> form={form} name="inspectionPlan" layout="vertical" initialValues={initial} onFinish={(v) => void finish(v)}>
      <Space wrap align="start">
        <Form.Item label={t("inspections.year")} name="year" rules={[{ required: true, message: t("inspections.plan.yearRequired") }]}>
          <InputNumber min={2000} max={2100} disabled={yearFixed} />
        </Form.Item>
        <Form.Item
          label={t("inspections.plan.title")}
          name="title"
          rules={[{ required: true, whitespace: true, message: t("inspections.plan.titleRequired") }]}
          style={{ minWidth: "min(36rem, 80vw)" }}
        >
          <Input />
        </Form.Item>
      </Space>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <fieldset className="card">
            <legend>{t("inspections.plan.items")}</legend>
            {fields.map((field, index) => (
              <Space key={field.key} wrap align="start" role="group" aria-label={t("inspections.plan.row", { row: index + 1 })}>
                <Form.Item
                  label={t("inspections.col.unit")}
                  name={[field.name, "unitId"]}
                  rules={[{ required: true, message: t("inspections.plan.unitRequired") }]}
                  style={{ minWidth: "16rem" }}
                >
                  <Select showSearch={{ optionFilterProp: "label" }} options={units.options} loading={units.loading} />
                </Form.Item>
                <Form.Item label={t("inspections.plan.periodKind")} name={[field.name, "periodKind"]}>
                  <Select style={{ minWidth: "7rem" }} options={PERIOD_KINDS.map((k) => ({ value: k, label: t(periodKindKey(k)) }))} />
                </Form.Item>
                <Form.Item
                  label={t("inspections.plan.period")}
                  name={[field.name, "period"]}
                  rules={[{ required: true, message: t("inspections.plan.periodRequired") }]}
                >
                  <InputNumber min={1} max={12} />
                </Form.Item>
                <Form.Item label={t("inspections.col.type")} name={[field.name, "type"]}>
                  <Select style={{ minWidth: "9rem" }} options={INSPECTION_TYPES.map((k) => ({ value: k, label: t(typeKey(k)) }))} />
                </Form.Item>
                <Form.Item
                  label={t("inspections.col.focus")}
                  name={[field.name, "focus"]}
                  rules={[{ required: true, whitespace: true, message: t("inspections.plan.focusRequired") }]}
                  style={{ minWidth: "18rem" }}
                >
                  <Input />
                </Form.Item>
                <Form.Item label=" " colon={false}>
                  <Button onClick={() => remove(field.name)} aria-label={t("inspections.plan.removeRow", { row: index + 1 })}>
                    {t("inspections.plan.remove")}
                  </Button>
                </Form.Item>
              </Space>
            ))}
            <Button onClick={() => add({ ...NEW_ITEM })}>{t("inspections.plan.addRow")}</Button>
          </fieldset>
        )}
      </Form.List>
      {error != null && <Alert type="error" title={errorText(error, lang, t)} />}
      <Space className="filters__actions">
        <Button type="primary" htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t("common.cancel")}</Button>}
      </Space>
    </Form>
  );
}

export { NEW_ITEM };
