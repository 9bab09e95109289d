/**
 * The city report (báo cáo của thành phố): the accepted unit reports of a kind and period consolidated into
 * the city's totals, one table per column group of the form (Biểu 06/VPCP/KSTT and the others of the kind),
 * with one row per unit and the total row. Pure: the use case reads the reports, this adds them up.
 */
import type { Figure, Indicator } from "./report-figures.ts";

/** An accepted unit report as the consolidation reads it: its figures as accepted (corrections applied). */
export interface AcceptedReport {
  unitId: string;
  unitName: string;
  narrative: string | null;
  submittedLate: boolean;
  figures: Pick<Figure, "code" | "value">[];
}

export interface CityTableRow {
  unitId: string;
  unitName: string;
  /** One value per column of the table, in the columns' order. */
  values: number[];
}

/** A table of the form: its columns are the group's indicators in the form's order. */
export interface CityTable {
  groupName: string;
  columns: Pick<Indicator, "code" | "label">[];
  rows: CityTableRow[];
  /** The city's figure per column: the sum of the rows. */
  totals: number[];
}

export interface Consolidation {
  tables: CityTable[];
  /** The city's figure per indicator code. */
  totals: Map<string, number>;
}

/**
 * Sum the accepted reports per indicator. An indicator a report does not carry (the kind gained it after the
 * report was submitted) counts 0 for that unit, so the total is still the sum of the printed row values.
 * Units in the order given (the use case orders them by their Vietnamese names).
 */
export function consolidate(indicators: readonly Indicator[], reports: readonly AcceptedReport[]): Consolidation {
  const valueOf = (report: AcceptedReport, code: string) => report.figures.find((f) => f.code === code)?.value ?? 0;
  const groups: Indicator[][] = [];
  for (const indicator of indicators) {
    const group = groups.find((g) => g[0]!.groupName === indicator.groupName);
    if (group) group.push(indicator);
    else groups.push([indicator]);
  }
  const totals = new Map<string, number>();
  const tables = groups.map((group): CityTable => {
    const rows = reports.map((report) => ({
      unitId: report.unitId,
      unitName: report.unitName,
      values: group.map((indicator) => valueOf(report, indicator.code)),
    }));
    const sums = group.map((_, column) => rows.reduce((sum, row) => sum + row.values[column]!, 0));
    group.forEach((indicator, column) => totals.set(indicator.code, sums[column]!));
    return { groupName: group[0]!.groupName, columns: group.map((i) => ({ code: i.code, label: i.label })), rows, totals: sums };
  });
  return { tables, totals };
}

/** A unit's narrative cut to a sentence or two for the city report's summary (the full text stays in its report). */
export function briefNarrative(narrative: string | null, maxLength = 400): string {
  const text = (narrative ?? "").replace(/\s+/g, " ").trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The number: its sequence within the year and the configured symbol ("3/BC-VP"). */
export const cityReportNumber = (sequence: number, symbol: string) => `${sequence}/${symbol}`;
