import { Alert, Button, Form, Input, InputNumber, Select } from "antd";
import { useState } from "react";
import { keys, useGraphQLMutation, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { applyFieldErrors } from "../../../ui/form-errors.ts";
import { compareVietnamese } from "../../../i18n/collate.ts";
import { UNITS_QUERY } from "../../units-query.ts";
import { INDEX_INDICATORS_QUERY, RECORD_INDEX_INDICATOR } from "./index-api.ts";

interface Fields {
  unitId: string;
  indicatorCode: string;
  numerator: number;
  denominator: number;
  source: string;
}

const FIELDS = ["unitId", "indicatorCode", "numerator", "denominator", "source"] as const;

/** City office: a manual indicator's value (no platform data) for a unit that existed in the chosen month, with its source. */
export function ManualIndicatorForm({ month }: { month: string }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Fields>();
  const indicators = useGraphQLQuery(keys.indexIndicators, INDEX_INDICATORS_QUERY, undefined, { staleTime: 10 * 60_000 });
  // Every unit as of the month's first day, not only the ranking's page.
  const units = useGraphQLQuery([...keys.units, "asOf", `${month}-01`], UNITS_QUERY, { asOf: `${month}-01` });
  const unitOptions = (units.data?.units ?? [])
    .map((u) => ({ value: u.id, label: u.nameAt ?? u.name }))
    .sort((a, b) => compareVietnamese(a.label, b.label));
  const record = useGraphQLMutation(RECORD_INDEX_INDICATOR, [keys.serviceQualityIndex]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const manual = (indicators.data?.indexIndicators ?? []).filter((i) => i.manual);

  function submit(values: Fields) {
    setError(null);
    setDone(null);
    record.mutate(
      { ...values, month, source: values.source.trim() },
      {
        onSuccess: (data) => setDone(t("index.manual.saved", { total: String(data.recordIndexIndicator.total) })),
        onError: (err) => {
          const rest = applyFieldErrors(form, err, lang, FIELDS);
          if (rest) setError(errorText(rest, lang, t));
        },
      },
    );
  }

  return (
    <section aria-labelledby="manual-title" className="kit-stack">
      <h2 id="manual-title">{t("index.manual.heading", { month: `${month.slice(5)}/${month.slice(0, 4)}` })}</h2>
      {error && <Alert type="error" title={error} />}
      <Form<Fields> form={form} layout="vertical" name="manualIndicator" onFinish={submit}>
        <Form.Item label={t("index.unit")} name="unitId" rules={[{ required: true, message: t("index.manual.required") }]}>
          <Select options={unitOptions} showSearch={{ optionFilterProp: "label" }} style={{ maxWidth: "24rem" }} />
        </Form.Item>
        <Form.Item label={t("index.indicator")} name="indicatorCode" rules={[{ required: true, message: t("index.manual.required") }]}>
          <Select
            options={manual.map((i) => ({ value: i.code, label: `${i.code} — ${lang === "en" ? i.nameEn : i.name}` }))}
            style={{ maxWidth: "36rem" }}
          />
        </Form.Item>
        <Form.Item
          label={t("index.numerator")}
          name="numerator"
          rules={[{ required: true, type: "integer", min: 0, message: t("index.manual.numeratorInvalid") }]}
        >
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item
          label={t("index.denominator")}
          name="denominator"
          rules={[{ required: true, type: "integer", min: 1, message: t("index.manual.denominatorInvalid") }]}
        >
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Form.Item
          label={t("index.manual.source")}
          name="source"
          rules={[{ required: true, whitespace: true, message: t("index.manual.sourceRequired") }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t("index.manual.save")}
        </Button>
        <span role="status" className="reports-note">
          {done}
        </span>
      </Form>
    </section>
  );
}
