import { Alert, Button, Form, InputNumber } from "antd";
import { useState } from "react";
import { keys, useGraphQLMutation, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { RISK_SIGNAL_KINDS, RISK_WEIGHTS_QUERY, SET_RISK_WEIGHTS, type RiskSignalKind } from "../inspections-api.ts";
import { riskKindKey } from "../labels.ts";

type WeightFields = Partial<Record<RiskSignalKind, number | null>>;

/** The server's bounds of a weight (setRiskWeights refuses anything else and changes nothing). */
const MAX_WEIGHT = 100;

/**
 * Trọng số: how much each kind of signal counts in the score. Everyone who reads the ranking sees them;
 * the city office edits them here. Each field is checked before sending (0–100, required); the ranking
 * is refetched after a save, so the scores follow the new weights at once.
 */
export function RiskWeightsCard({ editable }: { editable: boolean }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<WeightFields>();
  const weights = useGraphQLQuery([...keys.inspections, "risk", "weights"], RISK_WEIGHTS_QUERY);
  // The ranking and the weights share the inspections family: one invalidation refreshes both.
  const save = useGraphQLMutation(SET_RISK_WEIGHTS, [keys.inspections]);
  const [saved, setSaved] = useState(false);
  const list = weights.data?.riskWeights ?? null;
  const initial: WeightFields = Object.fromEntries((list ?? []).map((w) => [w.kind, w.weight]));

  return (
    <section className="card" aria-labelledby="risk-weights">
      <h2 id="risk-weights">{t("inspections.risk.weights")}</h2>
      {weights.isError && <Alert type="error" title={errorText(weights.error, lang, t)} />}
      {list && (
        <Form<WeightFields>
          // Remounted when the server's weights change, so the fields show what is saved.
          key={JSON.stringify(initial)}
          form={form}
          name="riskWeights"
          layout="vertical"
          initialValues={initial}
          disabled={!editable}
          onValuesChange={() => setSaved(false)}
          onFinish={(v) => {
            setSaved(false);
            void save
              .mutateAsync({ weights: RISK_SIGNAL_KINDS.map((kind) => ({ kind, weight: Number(v[kind]) })) })
              .then(() => setSaved(true))
              .catch(() => undefined);
          }}
        >
          <div className="risk-weights">
            {RISK_SIGNAL_KINDS.map((kind) => (
              <Form.Item
                key={kind}
                label={t(riskKindKey(kind))}
                name={kind}
                rules={[
                  { required: true, message: t("inspections.risk.weightRequired") },
                  { type: "number", min: 0, max: MAX_WEIGHT, message: t("inspections.risk.weightRange", { max: MAX_WEIGHT }) },
                ]}
              >
                <InputNumber style={{ width: "100%" }} />
              </Form.Item>
            ))}
          </div>
          {save.isError && <Alert type="error" title={errorText(save.error, lang, t)} />}
          {editable && (
            <div className="filters__actions">
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t("inspections.risk.saveWeights")}
              </Button>{" "}
              <span role="status">{saved ? t("inspections.saved") : ""}</span>
            </div>
          )}
        </Form>
      )}
    </section>
  );
}
