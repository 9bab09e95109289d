import { Alert } from "antd";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { formatDate } from "../../../i18n/dates.ts";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../i18n/vi.ts";
import { DataTable } from "../../../ui/DataTable.tsx";
import { todayInVietnam } from "../../../ui/dayjs.ts";
import { formatPoints } from "../index/IndicatorTable.tsx";
import { PeriodChooser } from "../PeriodChooser.tsx";
import { periodKeyOf, REPORT_KINDS_QUERY } from "../reporting-api.ts";
import { choiceFrom, paramsFrom } from "../ReportsPage.tsx";
import { UNIT_SCORECARD_QUERY, type UnitScorecard } from "./scorecard-api.ts";

/** The rates of the card, in the order of the page. */
const RATES = ["planOccurrencesOnTime", "paknOnTime", "recommendationsClosedOnTime", "reportsOnTime", "dossiersOnTime"] as const;
type RateName = (typeof RATES)[number];
type RateRow = { name: RateName } & UnitScorecard[RateName];

/**
 * Thẻ điểm đơn vị: one unit's on-time rates over a report period (the reports' kind and period, by default the
 * quarter holding today) and its Decision 766 index. The server decides who reads which unit.
 */
export function UnitScorecardPage() {
  const { unitId = "" } = useParams();
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const kinds = useGraphQLQuery(keys.reportKinds, REPORT_KINDS_QUERY, undefined, { staleTime: 10 * 60_000 });
  const list = kinds.data?.reportKinds ?? [];
  const choice = list.length > 0 ? choiceFrom(params, list, todayInVietnam()) : null;
  const periodKey = choice ? periodKeyOf(choice.kind.periodKind, choice.period) : null;
  const card = useGraphQLQuery(
    // Under the index's key: a manual value the city office enters changes the card's index too.
    [...keys.serviceQualityIndex, "scorecard", unitId, choice?.kind.code ?? "", periodKey ?? ""],
    UNIT_SCORECARD_QUERY,
    {
      unitId,
      kindCode: choice?.kind.code ?? "",
      year: choice && choice.kind.periodKind !== "ad-hoc" ? choice.period.year : null,
      index: choice?.period.index ?? null,
      start: choice?.kind.periodKind === "ad-hoc" ? choice.period.start : null,
      end: choice?.kind.periodKind === "ad-hoc" ? choice.period.end : null,
    },
    { enabled: periodKey !== null },
  );
  const data = card.data?.unitScorecard;
  const number = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB");
  const percent = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { style: "percent", maximumFractionDigits: 1 });
  const error = kinds.error ?? card.error;

  return (
    <section aria-labelledby="page-title" className="kit-stack">
      <h1 id="page-title">{data ? t("scorecard.headingOf", { unit: data.unitName }) : t("scorecard.heading")}</h1>
      {choice && (
        <PeriodChooser
          kinds={list}
          kind={choice.kind}
          period={choice.period}
          onChange={(kind, period) => setParams(paramsFrom({ ...choice, kind, period, page: 1 }))}
        />
      )}
      {choice && !periodKey && <p className="page-status">{t("reports.choosePeriod")}</p>}
      {error && <Alert type="error" title={errorText(error, lang, t)} />}
      {!error && periodKey && !data && (
        <p className="page-status" role="status">
          {t("reports.loading")}
        </p>
      )}
      {data && (
        <>
          <p className="reports-note">
            {t("scorecard.window", { period: data.periodLabel, from: formatDate(data.periodStart), to: formatDate(data.periodEnd) })}
          </p>
          <DataTable<RateRow>
            label={t("scorecard.table", { period: data.periodLabel })}
            rowKey={(r) => r.name}
            dataSource={RATES.map((name) => ({ name, ...data[name] }))}
            columns={[
              { title: t("scorecard.measure"), key: "name", render: (_, r) => t(`scorecard.rate.${r.name}` as MessageKey) },
              {
                title: t("scorecard.fraction"),
                key: "fraction",
                align: "right",
                render: (_, r) => `${number.format(r.numerator)} / ${number.format(r.denominator)}`,
              },
              {
                title: t("scorecard.percent"),
                key: "rate",
                align: "right",
                // No denominator: nothing was due, so no rate rather than a division by zero.
                render: (_, r) => (
                  <span data-testid={`scorecard-${r.name}`}>{r.rate === null || r.rate === undefined ? "—" : percent.format(r.rate)}</span>
                ),
              },
            ]}
          />
          <h2>{t("scorecard.index")}</h2>
          {data.index ? (
            <dl className="facts" data-testid="scorecard-index">
              <dt>{t("index.month")}</dt>
              <dd>{`${data.index.month.slice(5)}/${data.index.month.slice(0, 4)}`}</dd>
              <dt>{t("index.points")}</dt>
              <dd>{`${formatPoints(data.index.total)} / ${formatPoints(data.index.maxTotal)}`}</dd>
              <dt>{t("index.rank")}</dt>
              <dd>{`${data.index.rank}/${data.index.rankedUnits}`}</dd>
            </dl>
          ) : (
            <p>{t("scorecard.noIndex")}</p>
          )}
          <p>
            <Link to={`/reporting/index?month=${data.index?.month ?? ""}`}>{t("scorecard.indexLink")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
