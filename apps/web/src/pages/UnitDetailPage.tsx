import { Alert, Timeline } from "antd";
import { Link, useParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../api/query.tsx";
import { useSession } from "../auth/SessionProvider.tsx";
import { formatDate } from "../i18n/dates.ts";
import { errorText } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { Translate } from "../i18n/translate.ts";
import { scorecardPath } from "./reporting/scorecard/scorecard-api.ts";
import { UNIT_HISTORY_QUERY, UNIT_LEVELS_QUERY, unitPath, workKindsText, type UnitHistory } from "./units-query.ts";

/**
 * Một đơn vị: its facts, its dated names, levels and parents (earliest first, as the directory records
 * them), the closed units whose work it took over and, once closed itself, the units holding its work
 * today (following later decisions).
 */
export function UnitDetailPage() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const query = useGraphQLQuery([...keys.units, "history", id], UNIT_HISTORY_QUERY, { id });
  // Levels name the history's level codes; without them the code is shown.
  const levelsQuery = useGraphQLQuery([...keys.units, "levels"], UNIT_LEVELS_QUERY, undefined, { staleTime: Infinity });
  const levelName = (code: string) => levelsQuery.data?.unitLevels.find((l) => l.code === code)?.name ?? code;
  const unit = query.data?.unit;
  const { state } = useSession();
  // Units change by decisions, which only the city administrator drafts.
  const isAdmin = state.status === "signedIn" && state.user.roles.includes("CITY_ADMIN");

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
      <p>
        <Link to={scorecardPath(unit.id)}>{t("scorecard.headingOf", { unit: unit.name })}</Link>
      </p>
      <UnitFacts unit={unit} />

      {isAdmin && (
        <p>
          <Link to="/reorganisation">{t("units.reorganisationLink")}</Link>
        </p>
      )}

      <h2>{t("units.history.heading")}</h2>
      <div className="card">
        <Timeline
          aria-label={t("units.history.heading")}
          items={unit.history.map((v) => ({
            key: v.validFrom,
            children: (
              <>
                <strong>{validity(v, t)}</strong>
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

      {unit.parentHistory.length > 0 && (
        <>
          <h2>{t("units.history.parents")}</h2>
          <ul className="card" aria-label={t("units.history.parents")}>
            {unit.parentHistory.map((p) => (
              <li key={p.validFrom}>
                <Link to={unitPath(p.parent.id)}>{p.parent.name}</Link>
                <div className="secondary">{validity(p, t)}</div>
              </li>
            ))}
          </ul>
        </>
      )}

      {unit.predecessors.length > 0 && (
        <>
          <h2>{t("units.history.predecessors")}</h2>
          <ul className="card" aria-label={t("units.history.predecessors")}>
            {unit.predecessors.map((p) => (
              <li key={p.unit.id}>
                <Link to={unitPath(p.unit.id)}>{p.unit.name}</Link>
                {/* Its own block: a link amid plain text would be told apart by colour alone. */}
                <div className="secondary">
                  {t("units.history.predecessorLine", { date: formatDate(p.effectiveFrom), number: p.decisionNumber })}
                  {p.workKinds.length > 0 && ` — ${workKindsText(p.workKinds, t)}`}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}

      {unit.validTo && (
        <>
          <h2>{t("units.history.successors")}</h2>
          {unit.currentSuccessors.length ? (
            <ul className="card" aria-label={t("units.history.successors")}>
              {unit.currentSuccessors.map((s) => (
                <li key={s.unit.id}>
                  <Link to={unitPath(s.unit.id)}>{s.unit.name}</Link>
                  {s.workKinds.length > 0 && <div className="secondary">{workKindsText(s.workKinds, t)}</div>}
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
        <dd data-testid="unit-validity">{validity(unit, t)}</dd>
      </dl>
    </div>
  );
}

/** "from … to …" or "from …" for anything dated (names, parents, the unit itself). */
function validity(period: { validFrom: string; validTo?: string | null }, t: Translate): string {
  return period.validTo
    ? t("units.validRange", { from: formatDate(period.validFrom), to: formatDate(period.validTo) })
    : t("units.validFromOnly", { from: formatDate(period.validFrom) });
}
