/**
 * Tasks linked to an activity of another service (nhiệm vụ gắn với hoạt động của hệ thống): that
 * service's events advance the task's occurrences and bring their evidence. Pure rules here.
 */
import {
  halfYearRange,
  monthRange,
  quarterRange,
  yearRange,
  type DateRange,
  type LocalDate,
  type Quarter,
  type ReportingPeriodKind,
} from "@tthc/calendar";
import type { Checked } from "./progress-report.ts";
import type { ParsedTimeframe } from "./timeframe/index.ts";

export const ACTIVITY_KINDS = ["inspection", "complaint-handling", "periodic-report"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** A PAKN-handling task makes its occurrences when a PAKN is transferred, so its timeframe must be that trigger. */
export function checkActivityLink(kind: ActivityKind, timeframe: ParsedTimeframe): Checked<ActivityKind> {
  if (kind === "complaint-handling" && !timeframe.parts.some((p) => p.kind === "triggered" && p.trigger === "document-received")) {
    return {
      ok: false,
      field: "kind",
      message: "Chỉ gắn được nhiệm vụ có thời hạn “Khi nhận được văn bản…” với việc xử lý phản ánh, kiến nghị.",
    };
  }
  return { ok: true, value: kind };
}

const PERIOD_KEY = /^(\d{4})-(?:Q([1-4])|M(\d{2})|H([12])|(Y))$/;

/** The period an occurrence key stands for ("2024-Q2" → April–June); null for a deadline's key. */
export function periodOfKey(key: string): DateRange | null {
  const m = PERIOD_KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return quarterRange(year, Number(m[2]) as Quarter);
  if (m[3]) return monthRange(year, Number(m[3]));
  if (m[4]) return halfYearRange(year, Number(m[4]) as 1 | 2);
  return yearRange(year);
}

const KEY_OF_KIND: Partial<Record<ReportingPeriodKind, RegExp>> = {
  month: /-M\d{2}$/,
  quarter: /-Q\d$/,
  "half-year": /-H\d$/,
  year: /-Y$/,
};

/**
 * The occurrence an activity on `day` counts for: the one whose period contains the day (the period
 * of the report's own kind first, when given), else the first deadline on or after the day.
 */
export function occurrenceForDay<T extends { key: string; dueDay: LocalDate }>(
  occurrences: readonly T[],
  day: LocalDate,
  kind?: ReportingPeriodKind,
): T | null {
  const containing = occurrences.filter((o) => {
    const period = periodOfKey(o.key);
    return period !== null && period.start <= day && day <= period.end;
  });
  const ofKind = kind ? KEY_OF_KIND[kind] : undefined;
  const preferred = (ofKind && containing.find((o) => ofKind.test(o.key))) ?? containing[0];
  if (preferred) return preferred;
  const deadlines = occurrences
    .filter((o) => periodOfKey(o.key) === null && o.dueDay >= day)
    .sort((a, b) => (a.dueDay < b.dueDay ? -1 : 1));
  return deadlines[0] ?? null;
}
