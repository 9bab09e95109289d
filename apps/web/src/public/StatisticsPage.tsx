import { useEffect, useId, useState, type FormEvent } from "react";
import { useSearchParams } from "react-router-dom";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { ErrorNotice } from "./PublicLayout.tsx";
import { publicRequest } from "./public-api.ts";
import { PublicPager } from "./PublicPager.tsx";
import { ServiceQualityIndexTable } from "./ServiceQualityIndexTable.tsx";
import type { PublicStatisticsQuery, PublicStatisticsQueryVariables } from "../graphql/generated/graphql.ts";

// Typed by codegen from this string (see SubmitPage.tsx for why it is not a graphql() document).
const STATISTICS = /* GraphQL */ `
  query PublicStatistics($year: Int!, $fromMonth: Int, $toMonth: Int, $limit: Int, $offset: Int) {
    publicComplaintStatistics(year: $year, fromMonth: $fromMonth, toMonth: $toMonth, limit: $limit, offset: $offset) {
      year
      total
      items {
        month
        unitId
        unitName
        received
        answered
        answeredOnTime
        rated
        satisfied
        satisfactionRate
      }
    }
  }
`;

type Page = PublicStatisticsQuery["publicComplaintStatistics"];

const PAGE_SIZE = 50;
/** The first year the service offers (reporting's PUBLIC_STATISTICS_FIRST_YEAR). */
const FIRST_YEAR = 2020;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

const intParam = (value: string | null, fallback: number) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) ? n : fallback;
};

/**
 * Thống kê: PAKN figures and the senders' satisfaction per month and unit, and the service-quality index of the
 * last complete month, for anyone, without personal data.
 */
export function StatisticsPage() {
  const { t, lang } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = intParam(params.get("nam"), thisYear);
  const fromMonth = intParam(params.get("tu"), 1);
  const toMonth = intParam(params.get("den"), 12);
  const offset = Math.max(0, intParam(params.get("tu-dong"), 0));
  const [form, setForm] = useState({ year, fromMonth, toMonth });
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setPage(null);
    setError(null);
    publicRequest<PublicStatisticsQuery, PublicStatisticsQueryVariables>(STATISTICS, { year, fromMonth, toMonth, limit: PAGE_SIZE, offset })
      .then((data) => live && setPage(data.publicComplaintStatistics))
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [year, fromMonth, toMonth, offset]);

  const go = (next: { year: number; fromMonth: number; toMonth: number; offset: number }) =>
    setParams({ nam: String(next.year), tu: String(next.fromMonth), den: String(next.toMonth), "tu-dong": String(next.offset) });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go({ ...form, offset: 0 });
  }

  const number = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB");
  const percent = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { style: "percent", maximumFractionDigits: 1 });
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

  return (
    <section aria-labelledby="page-title" className="stack">
      <h1 id="page-title">{t("pakn.stats.heading")}</h1>
      <p>{t("pakn.stats.intro")}</p>
      <form className="row" onSubmit={submit}>
        <label htmlFor={`${id}-year`}>{t("pakn.stats.year")}</label>
        <select id={`${id}-year`} value={form.year} onChange={(e) => setForm({ ...form, year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-from`}>{t("pakn.stats.fromMonth")}</label>
        <select id={`${id}-from`} value={form.fromMonth} onChange={(e) => setForm({ ...form, fromMonth: Number(e.target.value) })}>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-to`}>{t("pakn.stats.toMonth")}</label>
        <select id={`${id}-to`} value={form.toMonth} onChange={(e) => setForm({ ...form, toMonth: Number(e.target.value) })}>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary">
          {t("pakn.stats.show")}
        </button>
      </form>
      <ErrorNotice error={error} />
      <p className="page-status" role="status">
        {page === null && error === null ? t("pakn.loading") : page?.items.length === 0 ? t("pakn.stats.empty") : ""}
      </p>
      {page && page.items.length > 0 && (
        <div className="table-scroll">
          <table className="stats-table" data-testid="public-stats">
            <caption>{t("pakn.stats.caption", { year: page.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("pakn.stats.month")}</th>
                <th scope="col">{t("pakn.stats.unit")}</th>
                <th scope="col">{t("pakn.stats.received")}</th>
                <th scope="col">{t("pakn.stats.answered")}</th>
                <th scope="col">{t("pakn.stats.answeredOnTime")}</th>
                <th scope="col">{t("pakn.stats.rated")}</th>
                <th scope="col">{t("pakn.stats.satisfied")}</th>
                <th scope="col">{t("pakn.stats.satisfactionRate")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((row) => (
                <tr key={`${row.month}|${row.unitId ?? ""}`} data-unit={row.unitId ?? ""}>
                  <td>{monthLabel(row.month)}</td>
                  <th scope="row">{row.unitId === null ? t("pakn.stats.unassigned") : (row.unitName ?? row.unitId)}</th>
                  <td>{number.format(row.received)}</td>
                  <td>{number.format(row.answered)}</td>
                  <td>{number.format(row.answeredOnTime)}</td>
                  <td data-testid="stats-rated">{number.format(row.rated)}</td>
                  <td data-testid="stats-satisfied">{number.format(row.satisfied)}</td>
                  <td>
                    {row.satisfactionRate === null || row.satisfactionRate === undefined ? "–" : percent.format(row.satisfactionRate)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && (
        <PublicPager
          offset={offset}
          pageSize={PAGE_SIZE}
          total={page.total}
          onOffset={(next) => go({ year, fromMonth, toMonth, offset: next })}
        />
      )}
      <ServiceQualityIndexTable />
    </section>
  );
}
