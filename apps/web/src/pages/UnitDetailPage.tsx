import { Alert, Timeline } from "antd";
import { Link, useParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../api/query.tsx";
import { formatDate } from "../i18n/dates.ts";
import { errorText } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/vi.ts";
import { UNIT_HISTORY_QUERY, UNIT_LEVELS_QUERY, unitPath, type UnitHistory } from "./units-query.ts";

/**
 * Một đơn vị: its facts, its dated names and levels (earliest first, as the directory records them) and,
 * once closed, the units holding its work today (following later decisions). Only fields the directory
 * lets the reader read are asked for; the server answers predecessors nowhere, so none are shown.
 */
export function UnitDetailPage() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const query = useGraphQLQuery([...keys.units, "history", id], UNIT_HISTORY_QUERY, { id });
  // Levels name the history's level codes; without them the code is shown.
  const levelsQuery = useGraphQLQuery([...keys.units, "levels"], UNIT_LEVELS_QUERY, undefined, { staleTime: Infinity });
  const levelName = (code: string) => levelsQuery.data?.unitLevels.find((l) => l.code === code)?.name ?? code;
  const unit = query.data?.unit;

  if (unit === undefined)
    return query.isError ? (
      <Alert type="error" title={errorText(query.error, lang, t)} />
    ) : (
      <p className="page-status">{t("units.history.loading")}</p>
    );
  if (unit === null) return <Alert type="error" title={t("units.history.notFound")} />;

  return (
    <section aria-labelledby="page-title" className="stack">
      <p>
        <Link to="/directory">← {t("units.heading")}</Link>
      </p>
      <h1 id="page-title">{unit.name}</h1>
      <p>
        <Link to={`/inspections/units/${unit.id}`}>{t("inspections.unit.heading", { unit: unit.name })}</Link>
      </p>
      <UnitFacts unit={unit} />

      <h2>{t("units.history.heading")}</h2>
      <div className="card">
        <Timeline
          aria-label={t("units.history.heading")}
          items={unit.history.map((v) => ({
            key: v.validFrom,
            children: (
              <>
                <strong>
                  {v.validTo
                    ? t("units.validRange", { from: formatDate(v.validFrom), to: formatDate(v.validTo) })
                    : t("units.validFromOnly", { from: formatDate(v.validFrom) })}
                </strong>
                <div>
                  {v.name}
                  {v.shortName && v.shortName !== v.name && <span className="secondary">{v.shortName}</span>}
                </div>
                <div className="secondary">{t("units.history.levelLine", { level: levelName(v.levelCode) })}</div>
              </>
            ),
          }))}
        />
      </div>

      {unit.validTo && (
        <>
          <h2>{t("units.history.successors")}</h2>
          {unit.currentSuccessors.length ? (
            <ul className="card" aria-label={t("units.history.successors")}>
              {unit.currentSuccessors.map((s) => (
                <li key={s.unit.id}>
                  <Link to={unitPath(s.unit.id)}>{s.unit.name}</Link>
                  {s.workKinds.length > 0 && (
                    <span className="secondary">{s.workKinds.map((k) => t(`units.history.work.${k}` as MessageKey)).join(", ")}</span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("units.history.noSuccessors")}</p>
          )}
        </>
      )}
    </section>
  );
}

function UnitFacts({ unit }: { unit: UnitHistory }) {
  const { t } = useI18n();
  return (
    <div className="card">
      <dl className="facts">
        <dt>{t("units.col.code")}</dt>
        <dd className="code">{unit.code}</dd>
        {unit.shortName && unit.shortName !== unit.name && (
          <>
            <dt>{t("units.history.shortName")}</dt>
            <dd>{unit.shortName}</dd>
          </>
        )}
        {unit.alternativeNames.length > 0 && (
          <>
            <dt>{t("units.history.otherNames")}</dt>
            <dd>{unit.alternativeNames.join("; ")}</dd>
          </>
        )}
        <dt>{t("units.col.level")}</dt>
        <dd>{unit.level.name}</dd>
        <dt>{t("units.col.parent")}</dt>
        <dd>{unit.parent ? <Link to={unitPath(unit.parent.id)}>{unit.parent.name}</Link> : t("units.noParent")}</dd>
        <dt>{t("units.col.validity")}</dt>
        <dd data-testid="unit-validity">
          {unit.validTo
            ? t("units.validRange", { from: formatDate(unit.validFrom), to: formatDate(unit.validTo) })
            : t("units.validFromOnly", { from: formatDate(unit.validFrom) })}
        </dd>
      </dl>
    </div>
  );
}
