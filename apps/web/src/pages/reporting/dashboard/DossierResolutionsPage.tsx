import type { ColumnsType } from "antd/es/table";
import { Link, useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import type { DossierOutcome } from "../../../graphql/generated/graphql.ts";
import { formatDate } from "../../../i18n/dates.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../i18n/vi.ts";
import { usePageParam } from "../../../ui/page-param.ts";
import { PagedTable } from "../../../ui/PagedTable.tsx";
import { UNIT_NAME_QUERY } from "../../units-query.ts";
import { DOSSIER_RESOLUTIONS_QUERY, type DossierResolutionRow } from "./dashboard-api.ts";

const PAGE_SIZE = 20;
const OUTCOMES: readonly DossierOutcome[] = ["ON_TIME", "LATE"];

/**
 * /reporting/dossiers?unit=&from=&to=&outcome=: the dossiers behind a figure of the dashboard's dossier panel
 * (a unit's resolutions on time or late in the window), paged by the server; its count is the panel's figure.
 * The server decides who reads them (a unit officer only their own unit) and says why it refuses.
 */
export function DossierResolutionsPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const unitId = params.get("unit") ?? "";
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const outcome: DossierOutcome = OUTCOMES.find((o) => o === params.get("outcome")) ?? "ON_TIME";
  const [page, go] = usePageParam();

  const unit = useGraphQLQuery([...keys.units, "one", unitId], UNIT_NAME_QUERY, { id: unitId }, { staleTime: 5 * 60_000 });
  const variables = { unitId, from, to, outcome, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const list = useGraphQLQuery([...keys.dossierResolutions, variables], DOSSIER_RESOLUTIONS_QUERY, variables, {
    placeholderData: (previous) => previous,
  });
  const name = unit.data?.unit?.name ?? unitId;

  const columns: ColumnsType<DossierResolutionRow> = [
    { title: t("dossierResolutions.code"), dataIndex: "dossierCode" },
    { title: t("dossierResolutions.step"), key: "step", render: (_, r) => t(`dossierResolutions.step.${r.step}` as MessageKey) },
    { title: t("dossierResolutions.day"), key: "day", className: "nowrap", render: (_, r) => formatDate(r.day) },
    {
      title: t("dossierResolutions.timeliness"),
      key: "timeliness",
      render: (_, r) => t(`dossierResolutions.timeliness.${r.timeliness}` as MessageKey),
    },
  ];

  return (
    <section aria-labelledby="page-title" className="stack">
      <p>
        <Link to="/reporting/dashboard">← {t("reports.nav.dashboard")}</Link>
      </p>
      <h1 id="page-title">
        {t(outcome === "LATE" ? "dossierResolutions.heading.late" : "dossierResolutions.heading.onTime", {
          unit: name,
          from: formatDate(from),
          to: formatDate(to),
        })}
      </h1>
      <div className="card">
        <PagedTable<DossierResolutionRow>
          query={list}
          page={list.data?.dossierResolutions ?? null}
          current={page}
          pageSize={PAGE_SIZE}
          onPageChange={go}
          loadingText={t("dossierResolutions.loading")}
          countText={(count) => t("dossierResolutions.count", { count })}
          emptyText={t("dossierResolutions.none")}
          label={t("dossierResolutions.label")}
          rowKey="id"
          columns={columns}
        />
      </div>
    </section>
  );
}
