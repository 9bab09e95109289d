import { Alert, Button, Modal, Space } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { keys, useGraphQLMutation, useGraphQLQuery } from "../../../api/query.tsx";
import { formatInstant } from "../../../ui/dayjs.ts";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { DataTable } from "../../../ui/DataTable.tsx";
import { abilities, useCurrentUser } from "../access.ts";
import { APPROVE_PLAN, PLAN_QUERY, UPDATE_PLAN, type PlanItem } from "../inspections-api.ts";
import { periodKindKey, typeKey } from "../labels.ts";
import { PlanEditor } from "./PlanEditor.tsx";

/**
 * One inspection plan: its units by month or quarter. While a draft, the city office edits it and a
 * leader approves it (the button only for a leader); approval schedules its inspections.
 */
export function PlanPage() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const can = abilities(useCurrentUser());
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const query = useGraphQLQuery([...keys.inspectionPlans, "detail", id], PLAN_QUERY, { id });
  // Approval schedules inspections: every inspections list is stale too.
  const approve = useGraphQLMutation(APPROVE_PLAN, [keys.inspections]);
  const update = useGraphQLMutation(UPDATE_PLAN, [keys.inspectionPlans]);
  const plan = query.data?.inspectionPlan;

  if (plan === undefined)
    return query.isError ? (
      <Alert type="error" title={errorText(query.error, lang, t)} />
    ) : (
      <p className="page-status">{t("inspections.loading")}</p>
    );
  if (plan === null) return <Alert type="error" title={t("inspections.plan.notFound")} />;
  const draft = plan.status === "DRAFT";

  const columns: ColumnsType<PlanItem> = [
    { title: t("inspections.plan.no"), dataIndex: "order" },
    { title: t("inspections.col.unit"), key: "unit", render: (_, i) => i.unitName ?? t("inspections.unknownUnit") },
    { title: t("inspections.plan.when"), key: "when", render: (_, i) => `${t(periodKindKey(i.periodKind))} ${i.period}/${plan.year}` },
    { title: t("inspections.col.type"), key: "type", render: (_, i) => t(typeKey(i.type)) },
    { title: t("inspections.col.focus"), dataIndex: "focus" },
  ];

  async function runApprove() {
    setError(null);
    try {
      await approve.mutateAsync({ id });
      setConfirming(false);
    } catch (err) {
      setConfirming(false);
      setError(err);
    }
  }

  return (
    <section aria-labelledby="page-title" className="stack">
      <p>
        <Link to={`/inspections/plans?year=${plan.year}`}>← {t("inspections.nav.plans")}</Link>
      </p>
      <h1 id="page-title">{plan.title}</h1>
      <p data-testid="plan-status">
        {t(`inspections.plan.status.${plan.status}`)}
        {plan.approvedAt && ` · ${t("inspections.plan.approvedAt", { at: formatInstant(plan.approvedAt) })}`}
      </p>
      {error != null && <Alert type="error" title={errorText(error, lang, t)} />}
      {draft && (can.cityOffice || can.leader) && !editing && (
        <Space wrap>
          {can.cityOffice && <Button onClick={() => setEditing(true)}>{t("inspections.plan.edit")}</Button>}
          {can.leader && (
            <Button type="primary" onClick={() => setConfirming(true)}>
              {t("inspections.plan.approve")}
            </Button>
          )}
        </Space>
      )}
      {/* A dialog, not a popover: it takes the focus, keeps it, and Esc cancels. */}
      <Modal
        open={confirming}
        title={t("inspections.plan.approveTitle")}
        okText={t("inspections.plan.approve")}
        cancelText={t("common.cancel")}
        confirmLoading={approve.isPending}
        onOk={() => void runApprove()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("inspections.plan.approveConfirm")}</p>
      </Modal>
      {!draft && (
        <p>
          <Link to={`/inspections?year=${plan.year}`}>{t("inspections.plan.seeInspections")}</Link>
        </p>
      )}
      {editing ? (
        <div className="card">
          <PlanEditor
            yearFixed
            initial={{
              year: plan.year,
              title: plan.title,
              items: plan.items.map(({ unitId, periodKind, period, type, focus }) => ({ unitId, periodKind, period, type, focus })),
            }}
            submitLabel={t("inspections.plans.saveDraft")}
            onCancel={() => setEditing(false)}
            onSubmit={async ({ title, items }) => {
              try {
                await update.mutateAsync({ id, input: { title, items } });
                setEditing(false);
                return null;
              } catch (err) {
                return err;
              }
            }}
          />
        </div>
      ) : (
        <DataTable label={t("inspections.plan.items")} rowKey="id" columns={columns} dataSource={plan.items} />
      )}
    </section>
  );
}
