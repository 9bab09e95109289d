import { Alert } from "antd";
import { Link, useParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { INSPECTION_QUERY } from "../inspections-api.ts";
import { ChecklistCard } from "./ChecklistCard.tsx";
import { ConclusionCard } from "./ConclusionCard.tsx";
import { FactsCard } from "./FactsCard.tsx";
import { FiguresCard } from "./FiguresCard.tsx";
import { FindingsCard } from "./FindingsCard.tsx";
import { TeamCard } from "./TeamCard.tsx";

/**
 * Một cuộc kiểm tra: the facts and the documents' downloads, the unit's own figures, the team (formed
 * by the city office), the checklist with the unit's and the team's columns side by side, the findings
 * with their recommendations, the conclusion and the closing. Each card is its own component in this
 * folder and shows its actions only to whoever the server lets do them (../access.ts).
 */
export function InspectionPage() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const query = useGraphQLQuery(keys.inspection(id), INSPECTION_QUERY, { id });
  const inspection = query.data?.inspection;

  if (inspection === undefined)
    return query.isError ? (
      <Alert type="error" title={errorText(query.error, lang, t)} />
    ) : (
      <p className="page-status">{t("inspections.loading")}</p>
    );
  if (inspection === null) return <Alert type="error" title={t("inspections.notFound")} />;

  return (
    <section aria-labelledby="page-title" className="stack">
      <p>
        <Link to="/inspections">← {t("inspections.list.heading")}</Link>
      </p>
      <h1 id="page-title">{t("inspections.detail.heading", { unit: inspection.unitName ?? t("inspections.unknownUnit") })}</h1>
      <p>
        <Link to={`/inspections/units/${inspection.unitId}`}>
          {t("inspections.unit.heading", { unit: inspection.unitName ?? t("inspections.unknownUnit") })}
        </Link>
      </p>
      <FactsCard inspection={inspection} />
      <FiguresCard inspection={inspection} />
      <TeamCard inspection={inspection} />
      <ChecklistCard inspection={inspection} />
      <FindingsCard inspection={inspection} />
      <ConclusionCard inspection={inspection} />
    </section>
  );
}
