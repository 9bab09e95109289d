/**
 * The period of a report kind (docs/domain.md §2.3): its key, Vietnamese label, data cut-off window and
 * submission deadline (working days after the window's last day, from the kind's configuration).
 */
import {
  formatVi,
  reportingCutoff,
  reportingPeriodOf,
  type LocalDate,
  type ReportingPeriodKind,
  type WorkingCalendar,
} from "@tthc/calendar";

export type ReportPeriodKind = Exclude<ReportingPeriodKind, "month"> | "ad-hoc";

export interface KindRules {
  periodKind: string;
  cutoffDay: number;
  deadlineWorkingDays: number;
}

/** What names a period: year and index for the periodic kinds, first and last day for an ad-hoc report. */
export interface PeriodInput {
  year?: number | null;
  index?: number | null;
  start?: LocalDate | null;
  end?: LocalDate | null;
}

export interface ReportPeriod {
  key: string;
  label: string;
  start: LocalDate;
  end: LocalDate;
  deadline: LocalDate;
}

export type PeriodResult = { ok: true; period: ReportPeriod } | { ok: false; message: string; field: string };

const ROMAN = ["I", "II", "III", "IV"];
const fail = (message: string, field: string): PeriodResult => ({ ok: false, message, field });

export function reportPeriod(rules: KindRules, input: PeriodInput, calendar: WorkingCalendar): PeriodResult {
  const kind = rules.periodKind as ReportPeriodKind;
  const deadline = (end: LocalDate) => calendar.addWorkingDays(end, rules.deadlineWorkingDays);
  if (kind === "ad-hoc") {
    if (!input.start || !input.end) return fail("Báo cáo đột xuất cần ngày đầu và ngày cuối kỳ số liệu.", "start");
    if (input.start > input.end) return fail("Ngày đầu kỳ phải trước hoặc bằng ngày cuối kỳ.", "start");
    const { start, end } = input;
    return {
      ok: true,
      period: { key: `${start}_${end}`, label: `Từ ${formatVi(start)} đến ${formatVi(end)}`, start, end, deadline: deadline(end) },
    };
  }
  const year = input.year;
  if (year === null || year === undefined || !Number.isInteger(year) || year < 2000 || year > 2100)
    return fail("Năm báo cáo không hợp lệ.", "year");
  const maxIndex = kind === "quarter" ? 4 : kind === "half-year" ? 2 : 0;
  const index = input.index ?? undefined;
  if (maxIndex === 0 && index !== undefined) return fail("Kỳ báo cáo này không có số thứ tự kỳ.", "index");
  if (maxIndex > 0 && (index === undefined || !Number.isInteger(index) || index < 1 || index > maxIndex)) {
    return fail(kind === "quarter" ? "Quý phải từ 1 đến 4." : "Kỳ 6 tháng phải là 1 hoặc 2.", "index");
  }
  const window = reportingCutoff(kind, year, index, { cutoffDay: rules.cutoffDay });
  const [key, label] =
    kind === "quarter"
      ? [`${year}-Q${index}`, `Quý ${ROMAN[index! - 1]}/${year}`]
      : kind === "half-year"
        ? [`${year}-H${index}`, `6 tháng ${index === 1 ? "đầu" : "cuối"} năm ${year}`]
        : kind === "nine-month"
          ? [`${year}-9M`, `9 tháng năm ${year}`]
          : [`${year}`, `Năm ${year}`];
  return { ok: true, period: { key, label, start: window.from, end: window.to, deadline: deadline(window.to) } };
}

/** The periodic report of `rules`'s kind whose data window holds `day` (the reverse of the cut-off rule). */
export function periodHolding(rules: KindRules, day: LocalDate, calendar: WorkingCalendar): ReportPeriod | null {
  if (rules.periodKind === "ad-hoc") return null;
  const found = reportingPeriodOf(rules.periodKind as ReportingPeriodKind, day, { cutoffDay: rules.cutoffDay });
  if (!found) return null;
  const result = reportPeriod(rules, { year: found.year, index: found.index ?? null }, calendar);
  return result.ok ? result.period : null;
}
