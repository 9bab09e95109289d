/**
 * The GraphQL of the reporting pages (typed documents checked against the supergraph by codegen) and the
 * period arithmetic of the chooser: a periodic kind's period is named by year and index, as the server's
 * generateExpectedReports takes it, and its key is the server's (2026-Q2, 2026-H1, 2026-9M, 2026).
 */
import type { ReportKindsQuery, UnitReportAction, UnitReportQuery, UnitReportsQuery } from "../../graphql/generated/graphql.ts";
import { graphql } from "../../graphql/generated/index.ts";

export const REPORT_KINDS_QUERY = graphql(`
  query ReportKinds {
    reportKinds {
      code
      nameText {
        vi
        en
      }
      periodKind
      cutoffDay
      deadlineWorkingDays
      source
    }
  }
`);
export type ReportKind = ReportKindsQuery["reportKinds"][number];

export const COMPLETENESS_QUERY = graphql(`
  query ReportCompleteness($kindCode: String!, $periodKey: String!) {
    reportCompleteness(kindCode: $kindCode, periodKey: $periodKey) {
      expected
      submitted
      accepted
      onTime
      late
      missing
      locked
    }
  }
`);

/** Rows per page of the unit reports; the server pages (first/offset). */
export const REPORTS_PAGE_SIZE = 20;

export const UNIT_REPORTS_QUERY = graphql(`
  query UnitReports($kindCode: String, $periodKey: String, $status: String, $first: Int, $offset: Int) {
    unitReports(kindCode: $kindCode, periodKey: $periodKey, status: $status, first: $first, offset: $offset) {
      total
      items {
        id
        unitId
        unit {
          id
          name
        }
        periodLabel
        deadline
        status
        locked
        submittedOn
        submittedLate
        exceptionUntil
      }
    }
  }
`);
export type UnitReportRow = UnitReportsQuery["unitReports"]["items"][number];

graphql(`
  fragment UnitReportFields on UnitReport {
    id
    kindCode
    periodKey
    periodLabel
    periodStart
    periodEnd
    deadline
    unitId
    unit {
      id
      name
    }
    status
    locked
    narrative
    submittedOn
    submittedLate
    reviewComment
    exceptionUntil
    heldByUnitId
    figures {
      code
      groupName
      label
      projected
      value
      correctionReason
    }
    allowedActions
  }
`);

export const UNIT_REPORT_QUERY = graphql(`
  query UnitReport($id: ID!) {
    unitReport(id: $id) {
      ...UnitReportFields
    }
  }
`);
export type UnitReport = NonNullable<UnitReportQuery["unitReport"]>;
export type ReportFigure = UnitReport["figures"][number];
export type ReportAction = UnitReportAction;

export const GENERATE_EXPECTED_REPORTS = graphql(`
  mutation GenerateExpectedReports($kindCode: String!, $year: Int, $index: Int, $start: Date, $end: Date) {
    generateExpectedReports(kindCode: $kindCode, year: $year, index: $index, start: $start, end: $end)
  }
`);

export const SAVE_REPORT_NARRATIVE = graphql(`
  mutation SaveReportNarrative($id: ID!, $narrative: String!) {
    saveReportNarrative(id: $id, narrative: $narrative) {
      ...UnitReportFields
    }
  }
`);

export const CORRECT_REPORT_FIGURE = graphql(`
  mutation CorrectReportFigure($id: ID!, $indicatorCode: String!, $value: Int!, $reason: String!) {
    correctReportFigure(id: $id, indicatorCode: $indicatorCode, value: $value, reason: $reason) {
      ...UnitReportFields
    }
  }
`);

export const SUBMIT_UNIT_REPORT = graphql(`
  mutation SubmitUnitReport($id: ID!) {
    submitUnitReport(id: $id) {
      ...UnitReportFields
    }
  }
`);

export const ACCEPT_UNIT_REPORT = graphql(`
  mutation AcceptUnitReport($id: ID!, $comment: String) {
    acceptUnitReport(id: $id, comment: $comment) {
      ...UnitReportFields
    }
  }
`);

export const RETURN_UNIT_REPORT = graphql(`
  mutation ReturnUnitReport($id: ID!, $comment: String!) {
    returnUnitReport(id: $id, comment: $comment) {
      ...UnitReportFields
    }
  }
`);

export const GRANT_REPORT_EXCEPTION = graphql(`
  mutation GrantReportException($id: ID!, $until: Date!) {
    grantReportException(id: $id, until: $until) {
      ...UnitReportFields
    }
  }
`);

/** The statuses of a unit's report, in the order of its life. */
export const REPORT_STATUSES = ["expected", "submitted", "returned", "accepted"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const isReportStatus = (value: string): value is ReportStatus => (REPORT_STATUSES as readonly string[]).includes(value);

/** How many periods of a kind a year has (0: the kind has no index, the year names it). */
export function periodsPerYear(periodKind: string): number {
  return periodKind === "quarter" ? 4 : periodKind === "half-year" ? 2 : 0;
}

/** The period chosen on the page: year and index for the periodic kinds, first and last day for an ad-hoc one. */
export interface ChosenPeriod {
  year: number;
  index: number | null;
  start: string;
  end: string;
}

/** The server's key of a period (report-periods.ts): 2026-Q2, 2026-H1, 2026-9M, 2026, or start_end for ad hoc; null when incomplete. */
export function periodKeyOf(periodKind: string, p: ChosenPeriod): string | null {
  switch (periodKind) {
    case "quarter":
      return p.index ? `${p.year}-Q${p.index}` : null;
    case "half-year":
      return p.index ? `${p.year}-H${p.index}` : null;
    case "nine-month":
      return `${p.year}-9M`;
    case "year":
      return `${p.year}`;
    default:
      return p.start && p.end ? `${p.start}_${p.end}` : null;
  }
}

/**
 * The period of a kind whose data window holds `today` (YYYY-MM-DD): after the cut-off day a day belongs to
 * the next month's window, as in @tthc/calendar's reportingPeriodOf. The page opens on it.
 */
export function periodHolding(kind: Pick<ReportKind, "periodKind" | "cutoffDay">, today: string): ChosenPeriod {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const next = d > kind.cutoffDay;
  const year = next && m === 12 ? y + 1 : y;
  const month = next ? (m % 12) + 1 : m;
  const index = kind.periodKind === "quarter" ? Math.ceil(month / 3) : kind.periodKind === "half-year" ? (month <= 6 ? 1 : 2) : null;
  return { year, index, start: "", end: "" };
}

/** The reports page of a kind and period, from the period's key (the way back from a report to its list). */
export function reportsLink(kindCode: string, periodKey: string): string {
  const p = new URLSearchParams({ kind: kindCode });
  const periodic = /^(\d{4})(?:-(?:Q|H)(\d))?/.exec(periodKey);
  const adHoc = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(periodKey);
  if (adHoc) {
    p.set("from", adHoc[1]!);
    p.set("to", adHoc[2]!);
  } else if (periodic) {
    p.set("year", periodic[1]!);
    if (periodic[2]) p.set("index", periodic[2]);
  }
  return `/reporting?${p.toString()}`;
}

/** Rows per page of the issued city reports; the server pages (first/offset). */
export const CITY_REPORTS_PAGE_SIZE = 10;

export const CITY_REPORTS_QUERY = graphql(`
  query CityReports($kindCode: String!, $periodKey: String!, $first: Int, $offset: Int) {
    cityReports(kindCode: $kindCode, periodKey: $periodKey, first: $first, offset: $offset) {
      total
      items {
        id
        number
        issuedOn
        expected
        received
        accepted
        docx {
          id
          name
          url
        }
        xlsx {
          id
          name
          url
        }
      }
    }
  }
`);

export const ISSUE_CITY_REPORT = graphql(`
  mutation IssueCityReport($kindCode: String!, $periodKey: String!) {
    issueCityReport(kindCode: $kindCode, periodKey: $periodKey) {
      id
      number
    }
  }
`);
