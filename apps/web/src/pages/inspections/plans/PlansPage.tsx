import { Alert, Button, InputNumber, Space } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { keys, useGraphQLMutation, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { DataTable } from "../../../ui/DataTable.tsx";
import { todayInVietnam } from "../../../ui/dayjs.ts";
import { abilities, useCurrentUser } from "../access.ts";
import { CREATE_PLAN, PLANS_QUERY, type InspectionPlan } from "../inspections-api.ts";
import { NEW_ITEM, PlanEditor } from "./PlanEditor.tsx";

/** Kế hoạch kiểm tra: the plans of a year; the city office drafts a new one here. */
export function PlansPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const parsed = Number.parseInt(params.get("year") ?? "", 10);
  const year = parsed >= 2000 && parsed <= 2100 ? parsed : Number(todayInVietnam().slice(0, 4));
  const can = abilities(useCurrentUser());
  const [drafting, setDrafting] = useState(false);
  const plans = useGraphQLQuery([...keys.inspectionPlans, year], PLANS_QUERY, { year });
  const create = useGraphQLMutation(CREATE_PLAN, [keys.inspectionPlans]);
  const list = plans.data?.inspectionPlans ?? null;

  const columns: ColumnsType<InspectionPlan> = [
    { title: t("inspections.plan.title"), key: "title", render: (_, p) => <Link to={`/inspections/plans/${p.id}`}>{p.title}</Link> },
    { title: t("inspections.plan.units"), key: "units", render: (_, p) => p.items.length },
    { title: t("inspections.col.status"), key: "status", render: (_, p) => t(`inspections.plan.status.${p.status}`) },
  ];

  return (
    <section aria-labelledby="page-title" className="stack">
      <div className="kit-toolbar">
        <h1 id="page-title">{t("inspections.plans.heading", { year })}</h1>
        <Space wrap>
          <label>
            {t("inspections.year")}{" "}
            <InputNumber
              aria-label={t("inspections.year")}
              min={2000}
              max={2100}
              value={year}
              onChange={(y) => y && setParams(new URLSearchParams({ year: String(y) }))}
            />
          </label>
          {can.cityOffice && !drafting && (
            <Button type="primary" onClick={() => setDrafting(true)}>
              {t("inspections.plans.new")}
            </Button>
          )}
        </Space>
      </div>
      {drafting && (
        <div className="card">
          <h2>{t("inspections.plans.new")}</h2>
          <PlanEditor
            initial={{ year, title: t("inspections.plans.defaultTitle", { year }), items: [{ ...NEW_ITEM }] }}
            submitLabel={t("inspections.plans.saveDraft")}
            onCancel={() => setDrafting(false)}
            onSubmit={async (draft) => {
              try {
                const { createInspectionPlan } = await create.mutateAsync({ input: draft });
                void navigate(`/inspections/plans/${createInspectionPlan.id}`);
                return null;
              } catch (err) {
                return err;
              }
            }}
          />
        </div>
      )}
      {plans.isError && <Alert type="error" title={errorText(plans.error, lang, t)} />}
      <p className="page-status" role="status">
        {plans.isFetching && !list ? t("inspections.loading") : list?.length === 0 ? t("inspections.plans.empty") : ""}
      </p>
      {list && list.length > 0 && <DataTable label={t("inspections.plans.table")} rowKey="id" columns={columns} dataSource={list} />}
    </section>
  );
}
