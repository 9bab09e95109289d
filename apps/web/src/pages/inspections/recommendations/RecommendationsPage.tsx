import { Select } from "antd";
import { useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
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
import { recommendationColumns } from "./recommendation-columns.tsx";

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

  const columns = recommendationColumns(t, { withUnit: true });

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
