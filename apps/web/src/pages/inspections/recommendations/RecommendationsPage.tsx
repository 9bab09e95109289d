import { Select } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link, useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { formatDate } from "../../../i18n/dates.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { PagedTable } from "../../../ui/PagedTable.tsx";
import {
  PAGE_SIZE,
  RECOMMENDATION_STATUSES,
  RECOMMENDATIONS_QUERY,
  type Recommendation,
  type RecommendationStatus,
} from "../inspections-api.ts";
import { recommendationStatusKey } from "../labels.ts";
import { FollowUpActions } from "./FollowUpActions.tsx";

const isStatus = (v: string | null): v is RecommendationStatus => (RECOMMENDATION_STATUSES as readonly (string | null)[]).includes(v);

/**
 * Kiến nghị và theo dõi thực hiện: the recommendations the reader may see (a unit officer those addressed
 * to their unit), due first, paged by the server; the unit answers, the team verifies or returns with a reason.
 */
export function RecommendationsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = isStatus(params.get("status")) ? (params.get("status") as RecommendationStatus) : null;
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const variables = { status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const list = useGraphQLQuery([...keys.recommendations, variables], RECOMMENDATIONS_QUERY, variables, {
    placeholderData: (previous) => previous,
  });
  const data = list.data?.recommendations ?? null;
  const go = (next: { status?: RecommendationStatus | null; page?: number }) => {
    const p = new URLSearchParams();
    const s = next.status === undefined ? status : next.status;
    if (s) p.set("status", s);
    if ((next.page ?? 1) > 1) p.set("page", String(next.page));
    setParams(p);
  };

  const columns: ColumnsType<Recommendation> = [
    {
      title: t("inspections.rec.text"),
      key: "text",
      render: (_, r) => (
        <>
          {r.text}
          <Link className="secondary" to={`/inspections/${r.inspectionId}`}>
            {t("inspections.rec.openInspection")}
          </Link>
        </>
      ),
    },
    { title: t("inspections.rec.unit"), key: "unit", render: (_, r) => r.responsibleUnitName ?? t("inspections.unknownUnit") },
    { title: t("inspections.rec.dueDay"), key: "due", className: "nowrap", render: (_, r) => formatDate(r.dueDay) },
    {
      title: t("inspections.col.status"),
      key: "status",
      render: (_, r) => (
        <>
          <span data-testid="recommendation-status">{t(recommendationStatusKey(r.status))}</span>
          {r.answer && <span className="secondary">{t("inspections.rec.answerLine", { text: r.answer })}</span>}
          {r.status === "RETURNED" && r.returnReason && (
            <span className="secondary">{t("inspections.rec.returnLine", { text: r.returnReason })}</span>
          )}
          {r.status === "CARRIED_OVER" && r.carryOverReason && (
            <span className="secondary">{t("inspections.rec.carryOverLine", { text: r.carryOverReason })}</span>
          )}
        </>
      ),
    },
    { title: t("inspections.rec.actions"), key: "actions", render: (_, r) => <FollowUpActions recommendation={r} /> },
  ];

  return (
    <section aria-labelledby="page-title">
      <div className="kit-toolbar">
        <h1 id="page-title">{t("inspections.rec.heading")}</h1>
        <label>
          {t("inspections.col.status")}{" "}
          <Select<string>
            aria-label={t("inspections.col.status")}
            style={{ minWidth: "12rem" }}
            value={status ?? ""}
            onChange={(s) => go({ status: isStatus(s) ? s : null, page: 1 })}
            options={[
              { value: "", label: t("inspections.all") },
              ...RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: t(recommendationStatusKey(s)) })),
            ]}
          />
        </label>
      </div>
      <PagedTable<Recommendation>
        query={list}
        page={data}
        current={page}
        pageSize={PAGE_SIZE}
        onPageChange={(p) => go({ page: p })}
        loadingText={t("inspections.loading")}
        countText={(count) => t("inspections.rec.count", { count })}
        label={t("inspections.rec.heading")}
        rowKey="id"
        columns={columns}
      />
    </section>
  );
}
