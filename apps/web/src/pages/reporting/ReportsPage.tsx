import { Alert } from "antd";
import { useSearchParams } from "react-router-dom";
import { keys, useGraphQLQuery } from "../../api/query.tsx";
import { useSession } from "../../auth/SessionProvider.tsx";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { todayInVietnam } from "../../ui/dayjs.ts";
import { CityReportsPanel } from "./CityReportsPanel.tsx";
import { CompletenessBoard } from "./CompletenessBoard.tsx";
import { GenerateReportsButton } from "./GenerateReportsButton.tsx";
import { PeriodChooser } from "./PeriodChooser.tsx";
import {
  isReportStatus,
  periodHolding,
  periodKeyOf,
  periodsPerYear,
  REPORT_KINDS_QUERY,
  type ChosenPeriod,
  type ReportKind,
} from "./reporting-api.ts";
import { UnitReportsTable } from "./UnitReportsTable.tsx";

/** Who reads every unit's reports and the completeness board (the server refuses the others anyway). */
const CITY_READERS = ["CITY_ADMIN", "LEADER", "INSPECTOR"];

/** The page's choice, kept in the address bar so a reload or a shared link shows the same period and page. */
export interface Choice {
  kind: ReportKind;
  period: ChosenPeriod;
  status: string;
  page: number;
}

export function choiceFrom(p: URLSearchParams, kinds: readonly ReportKind[], today: string): Choice {
  const kind = kinds.find((k) => k.code === p.get("kind")) ?? kinds[0]!;
  const fallback = periodHolding(kind, today);
  const year = Number.parseInt(p.get("year") ?? "", 10);
  const index = Number.parseInt(p.get("index") ?? "", 10);
  return {
    kind,
    period: {
      year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback.year,
      index: fallback.index === null ? null : index >= 1 && index <= periodsPerYear(kind.periodKind) ? index : fallback.index,
      start: p.get("from") ?? "",
      end: p.get("to") ?? "",
    },
    // The address bar is anyone's input: only a known status reaches the query.
    status: isReportStatus(p.get("status") ?? "") ? p.get("status")! : "",
    page: Math.max(1, Number.parseInt(p.get("page") ?? "1", 10) || 1),
  };
}

export function paramsFrom(c: Choice): URLSearchParams {
  const p = new URLSearchParams({ kind: c.kind.code });
  if (c.kind.periodKind === "ad-hoc") {
    if (c.period.start) p.set("from", c.period.start);
    if (c.period.end) p.set("to", c.period.end);
  } else {
    p.set("year", String(c.period.year));
    if (c.period.index !== null) p.set("index", String(c.period.index));
  }
  if (c.status) p.set("status", c.status);
  if (c.page > 1) p.set("page", String(c.page));
  return p;
}

/**
 * Báo cáo: a report kind and period; for the city office the completeness board with its chart and the
 * generation of the expected reports; for everyone the unit reports of the period (a unit officer its own).
 */
export function ReportsPage() {
  const { t, lang } = useI18n();
  const { state } = useSession();
  const roles: readonly string[] = state.status === "signedIn" ? state.user.roles : [];
  const [params, setParams] = useSearchParams();
  const kinds = useGraphQLQuery(keys.reportKinds, REPORT_KINDS_QUERY, undefined, { staleTime: 10 * 60_000 });
  const list = kinds.data?.reportKinds;

  if (!list) {
    return kinds.isError ? (
      <Alert type="error" title={errorText(kinds.error, lang, t)} />
    ) : (
      <p className="page-status" role="status">
        {t("reports.loading")}
      </p>
    );
  }
  if (list.length === 0) return <Alert type="info" title={t("reports.noKinds")} />;

  const choice = choiceFrom(params, list, todayInVietnam());
  const periodKey = periodKeyOf(choice.kind.periodKind, choice.period);
  const change = (next: Partial<Choice>) => setParams(paramsFrom({ ...choice, page: 1, ...next }));

  return (
    <section aria-labelledby="page-title" className="kit-stack">
      <div className="kit-toolbar">
        <h1 id="page-title">{t("reports.heading")}</h1>
        {roles.includes("CITY_ADMIN") && periodKey && (
          // Keyed by the period: the count of the last run belongs to its period.
          <GenerateReportsButton key={`${choice.kind.code}:${periodKey}`} kind={choice.kind} period={choice.period} />
        )}
      </div>
      <PeriodChooser
        kinds={list}
        kind={choice.kind}
        period={choice.period}
        onChange={(kind, period) => change({ kind, period, status: choice.status })}
      />
      {!periodKey && <p className="page-status">{t("reports.choosePeriod")}</p>}
      {periodKey && roles.some((r) => CITY_READERS.includes(r)) && <CompletenessBoard kindCode={choice.kind.code} periodKey={periodKey} />}
      {periodKey && roles.some((r) => CITY_READERS.includes(r)) && (
        <CityReportsPanel kindCode={choice.kind.code} periodKey={periodKey} canIssue={roles.includes("CITY_ADMIN")} />
      )}
      {periodKey && (
        <UnitReportsTable
          kindCode={choice.kind.code}
          periodKey={periodKey}
          status={choice.status}
          page={choice.page}
          onStatus={(status) => change({ status })}
          onPage={(page) => setParams(paramsFrom({ ...choice, page }))}
        />
      )}
    </section>
  );
}
