import { useEffect, useId, useState, type FormEvent } from "react";
import { useSearchParams } from "react-router-dom";
import {
  filtersFromParams,
  orderUnits,
  paramsFromFilters,
  unitsVariables,
  UNIT_LEVELS_QUERY,
  UNITS_QUERY,
  type UnitFilters,
  type UnitRow,
} from "./units-query.ts";
import type { UnitLevel } from "../api/types.ts";
import { useSession } from "../auth/SessionProvider.tsx";
import { formatDate, parseDisplayDate } from "../i18n/dates.ts";
import { errorMessageKeyOf } from "../i18n/error-message.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/vi.ts";

type Result =
  { status: "loading"; units: UnitRow[] | null } | { status: "ready"; units: UnitRow[] } | { status: "failed"; error: MessageKey };

/** Danh mục đơn vị: the org units, filtered by text (diacritics optional, matched by the server), level and date. */
export function UnitsPage() {
  const { api } = useSession();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const paramsKey = paramsFromFilters(filters).toString();
  const [levels, setLevels] = useState<UnitLevel[]>([]);
  const [result, setResult] = useState<Result>({ status: "loading", units: null });

  useEffect(() => {
    const controller = new AbortController();
    api
      .request<{ unitLevels: UnitLevel[] }>(UNIT_LEVELS_QUERY, undefined, controller.signal)
      .then((data) => setLevels([...data.unitLevels].sort((a, b) => a.rank - b.rank)))
      // The level filter is optional: without levels the list and the other filters still work.
      .catch(() => undefined);
    return () => controller.abort();
  }, [api]);

  useEffect(() => {
    const controller = new AbortController();
    setResult((prev) => ({ status: "loading", units: prev.status === "failed" ? null : prev.units }));
    api
      .request<{ units: UnitRow[] }>(UNITS_QUERY, unitsVariables(filtersFromParams(new URLSearchParams(paramsKey))), controller.signal)
      .then((data) => setResult({ status: "ready", units: orderUnits(data.units) }))
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setResult({ status: "failed", error: errorMessageKeyOf(err) });
      });
    return () => controller.abort();
  }, [api, paramsKey]);

  const units = result.status === "failed" ? null : result.units;

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("units.heading")}</h1>
      <UnitFiltersForm key={paramsKey} initial={filters} levels={levels} onApply={(next) => setParams(paramsFromFilters(next))} />

      <p className="page-status" role="status">
        {result.status === "loading"
          ? t("units.loading")
          : result.status === "ready"
            ? result.units.length
              ? t("units.count", { count: result.units.length })
              : t("units.empty")
            : ""}
      </p>
      {result.status === "failed" && (
        <p className="notice notice--error" role="alert">
          {t(result.error)}
        </p>
      )}

      {units && units.length > 0 && (
        <div className="table-scroll">
          <table aria-busy={result.status === "loading"}>
            <caption className="visually-hidden">{t("units.table")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("units.col.code")}</th>
                <th scope="col">{t("units.col.name")}</th>
                <th scope="col">{t("units.col.level")}</th>
                <th scope="col">{t("units.col.parent")}</th>
                <th scope="col">{t("units.col.validity")}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id}>
                  <td className="code">{u.code}</td>
                  <td>
                    {u.name}
                    {u.shortName && u.shortName !== u.name && <span className="secondary">{u.shortName}</span>}
                  </td>
                  <td>{u.level.name}</td>
                  <td>{u.parent?.name ?? t("units.noParent")}</td>
                  <td className="nowrap">
                    {u.validTo
                      ? t("units.validRange", { from: formatDate(u.validFrom), to: formatDate(u.validTo) })
                      : t("units.validFromOnly", { from: formatDate(u.validFrom) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface FormProps {
  initial: UnitFilters;
  levels: UnitLevel[];
  onApply(filters: UnitFilters): void;
}

function UnitFiltersForm({ initial, levels, onApply }: FormProps) {
  const { t } = useI18n();
  const id = useId();
  const [search, setSearch] = useState(initial.search);
  const [levelCode, setLevelCode] = useState(initial.levelCode);
  const [asOfText, setAsOfText] = useState(initial.asOf ? formatDate(initial.asOf) : "");
  const [asOfInvalid, setAsOfInvalid] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const asOf = asOfText.trim() ? parseDisplayDate(asOfText) : "";
    if (asOf === undefined) {
      setAsOfInvalid(true);
      return;
    }
    onApply({ search, levelCode, asOf });
  }

  function reset() {
    setSearch("");
    setLevelCode("");
    setAsOfText("");
    setAsOfInvalid(false);
    onApply({ search: "", levelCode: "", asOf: "" });
  }

  return (
    <form className="filters" role="search" aria-label={t("units.filters")} onSubmit={submit} noValidate>
      <div className="field field--wide">
        <label htmlFor={`${id}-q`}>{t("units.search")}</label>
        <input id={`${id}-q`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-describedby={`${id}-q-hint`} />
        <small id={`${id}-q-hint`}>{t("units.searchHint")}</small>
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>{t("units.level")}</label>
        <select id={`${id}-level`} value={levelCode} onChange={(e) => setLevelCode(e.target.value)}>
          <option value="">{t("units.allLevels")}</option>
          {levels.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-asof`}>{t("units.asOf")}</label>
        <input
          id={`${id}-asof`}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          value={asOfText}
          onChange={(e) => {
            setAsOfText(e.target.value);
            setAsOfInvalid(false);
          }}
          aria-invalid={asOfInvalid}
          aria-describedby={`${id}-asof-hint`}
        />
        <small id={`${id}-asof-hint`} className={asOfInvalid ? "field-error" : undefined} role={asOfInvalid ? "alert" : undefined}>
          {t(asOfInvalid ? "units.asOfInvalid" : "units.asOfHint")}
        </small>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {t("units.apply")}
        </button>
        <button type="button" className="button" onClick={reset}>
          {t("units.reset")}
        </button>
      </div>
    </form>
  );
}
