import type { ColumnsType } from "antd/es/table";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { PagedTable } from "../../../ui/PagedTable.tsx";
import {
  INSPECTIONS_QUERY,
  PAGE_SIZE,
  UNIT_NAME_QUERY,
  UNIT_OPEN_RECOMMENDATIONS_QUERY,
  type InspectionRow,
  type Recommendation,
} from "../inspections-api.ts";
import { dayRange, statusKey, typeKey } from "../labels.ts";
import { recommendationColumns } from "../recommendations/recommendation-columns.tsx";

const pageOf = (p: URLSearchParams, name: string) => Math.max(1, Number.parseInt(p.get(name) ?? "1", 10) || 1);

/**
 * Một đơn vị: the unit's inspections (every year, in the order they are scheduled) and the recommendations it
 * still owes, each list paged by the server. A unit officer reads only their own unit's: for another unit the
 * server answers with empty lists, as it does for the inspections list.
 */
export function UnitInspectionsPage() {
  const { unitId = "" } = useParams();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = pageOf(params, "page");
  const recPage = pageOf(params, "recPage");
  const go = (next: { page?: number; recPage?: number }) => {
    const p = new URLSearchParams();
    const a = next.page ?? page;
    const b = next.recPage ?? recPage;
    if (a > 1) p.set("page", String(a));
    if (b > 1) p.set("recPage", String(b));
    setParams(p);
  };

  const unit = useGraphQLQuery([...keys.units, "one", unitId], UNIT_NAME_QUERY, { id: unitId }, { staleTime: 5 * 60_000 });
  const inspectionVars = { filter: { unitId }, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const inspections = useGraphQLQuery([...keys.inspections, "unit", inspectionVars], INSPECTIONS_QUERY, inspectionVars, {
    placeholderData: (previous) => previous,
  });
  const recVars = { unitId, limit: PAGE_SIZE, offset: (recPage - 1) * PAGE_SIZE };
  const recommendations = useGraphQLQuery([...keys.recommendations, "unit", recVars], UNIT_OPEN_RECOMMENDATIONS_QUERY, recVars, {
    placeholderData: (previous) => previous,
  });
  const inspectionPage = inspections.data?.inspections ?? null;
  const recommendationPage = recommendations.data?.recommendations ?? null;
  const name = unit.data?.unit?.name ?? inspectionPage?.items[0]?.unitName ?? t("inspections.unknownUnit");

  const inspectionColumns: ColumnsType<InspectionRow> = [
    { title: t("inspections.year"), key: "year", render: (_, i) => i.windowStart.slice(0, 4) },
    {
      title: t("inspections.col.type"),
      key: "type",
      render: (_, i) => <Link to={`/inspections/${i.id}`}>{t(typeKey(i.type))}</Link>,
    },
    { title: t("inspections.col.focus"), dataIndex: "focus" },
    {
      title: t("inspections.col.when"),
      key: "when",
      className: "nowrap",
      render: (_, i) => (i.startDay && i.endDay ? dayRange(i.startDay, i.endDay) : dayRange(i.windowStart, i.windowEnd)),
    },
    { title: t("inspections.col.status"), key: "status", render: (_, i) => t(statusKey(i.status)) },
  ];

  return (
    <section aria-labelledby="page-title" className="stack">
      <p>
        <Link to="/inspections">← {t("inspections.list.heading")}</Link>
      </p>
      <h1 id="page-title">{t("inspections.unit.heading", { unit: name })}</h1>

      <div className="card">
        <h2 id="unit-inspections">{t("inspections.unit.inspections")}</h2>
        <PagedTable<InspectionRow>
          query={inspections}
          page={inspectionPage}
          current={page}
          pageSize={PAGE_SIZE}
          onPageChange={(p) => go({ page: p })}
          loadingText={t("inspections.loading")}
          countText={(count) => t("inspections.list.count", { count })}
          label={t("inspections.unit.inspections")}
          rowKey="id"
          columns={inspectionColumns}
        />
      </div>

      <div className="card">
        <h2 id="unit-recommendations">{t("inspections.unit.openRecommendations")}</h2>
        <PagedTable<Recommendation>
          query={recommendations}
          page={recommendationPage}
          current={recPage}
          pageSize={PAGE_SIZE}
          onPageChange={(p) => go({ recPage: p })}
          loadingText={t("inspections.loading")}
          countText={(count) => t("inspections.unit.openCount", { count })}
          label={t("inspections.unit.openRecommendations")}
          rowKey="id"
          columns={recommendationColumns(t, { withUnit: false })}
          rowClassName={(r) => (r.overdue ? "overdue-row" : "")}
        />
      </div>
    </section>
  );
}
