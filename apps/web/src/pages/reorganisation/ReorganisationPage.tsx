import { Button } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../api/query.tsx";
import type { ReorganisationDecisionsQuery } from "../../graphql/generated/graphql.ts";
import { formatDate } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { PagedTable } from "../../ui/PagedTable.tsx";
import { DecisionForm } from "./DecisionForm.tsx";
import { DecisionStatusTag } from "./DecisionStatusTag.tsx";
import { decisionPath, DECISIONS_QUERY } from "./reorganisation-query.ts";

const PAGE_SIZE = 20;
type Row = ReorganisationDecisionsQuery["reorganisationDecisions"]["items"][number];

/** Sắp xếp đơn vị (CITY_ADMIN): the decisions, paged by the server, and drafting a new one. */
export function ReorganisationPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [offset, setOffset] = useState(0);
  const [drafting, setDrafting] = useState(false);
  const variables = { limit: PAGE_SIZE, offset };
  const query = useGraphQLQuery([...keys.reorganisation, "list", variables], DECISIONS_QUERY, variables, {
    placeholderData: (previous) => previous,
  });
  const page = query.data?.reorganisationDecisions ?? null;

  const columns: ColumnsType<Row> = [
    { title: t("reorg.col.number"), key: "number", render: (_, d) => <Link to={decisionPath(d.id)}>{d.number}</Link> },
    { title: t("reorg.col.signedOn"), key: "signedOn", render: (_, d) => formatDate(d.signedOn) },
    { title: t("reorg.col.effectiveFrom"), key: "effectiveFrom", render: (_, d) => formatDate(d.effectiveFrom) },
    {
      title: t("reorg.col.status"),
      key: "status",
      render: (_, d) => (
        <>
          <DecisionStatusTag status={d.status} />
          {d.failure && <span className="secondary">{d.failure}</span>}
        </>
      ),
    },
  ];

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("reorg.heading")}</h1>
      <p>{t("reorg.intro")}</p>
      {drafting ? (
        <DecisionForm onCancel={() => setDrafting(false)} onCreated={(id) => void navigate(decisionPath(id))} />
      ) : (
        <p>
          <Button type="primary" onClick={() => setDrafting(true)}>
            {t("reorg.draft")}
          </Button>
        </p>
      )}

      <PagedTable<Row>
        query={query}
        page={page}
        current={offset / PAGE_SIZE + 1}
        pageSize={PAGE_SIZE}
        onPageChange={(n) => setOffset((n - 1) * PAGE_SIZE)}
        loadingText={t("reorg.loading")}
        emptyText={t("reorg.empty")}
        countText={(count) => t("reorg.count", { count })}
        label={t("reorg.table")}
        rowKey="id"
        columns={columns}
      />
    </section>
  );
}
