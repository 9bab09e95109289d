import { describe, expect, it } from "vitest";
import {
  addDays,
  halfYearRange,
  monthRange,
  parseLocalDate as d,
  quarterOf,
  quarterRange,
  reportingCutoff,
  reportingPeriodOf,
  yearRange,
  type ReportingPeriodKind,
} from "../src/index.ts";

describe("calendar periods", () => {
  it("finds the quarter of a date", () => {
    expect(quarterOf(d("2024-01-01"))).toBe(1);
    expect(quarterOf(d("2024-05-04"))).toBe(2);
    expect(quarterOf(d("2024-12-31"))).toBe(4);
  });

  it("gives the first and last day of months, quarters, halves and years", () => {
    expect(monthRange(2024, 2)).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(monthRange(2023, 2)).toEqual({ start: "2023-02-01", end: "2023-02-28" });
    expect(quarterRange(2024, 1)).toEqual({ start: "2024-01-01", end: "2024-03-31" });
    expect(quarterRange(2024, 2)).toEqual({ start: "2024-04-01", end: "2024-06-30" });
    expect(halfYearRange(2024, 2)).toEqual({ start: "2024-07-01", end: "2024-12-31" });
    expect(yearRange(2024)).toEqual({ start: "2024-01-01", end: "2024-12-31" });
    expect(() => monthRange(2024, 13)).toThrow(RangeError);
  });
});

describe("reportingCutoff (Decree 09/2019 pattern)", () => {
  it("monthly: 15th of the previous month → 14th", () => {
    expect(reportingCutoff("month", 2024, 1)).toEqual({ from: "2023-12-15", to: "2024-01-14" });
    expect(reportingCutoff("month", 2024, 3)).toEqual({ from: "2024-02-15", to: "2024-03-14" });
  });

  it("quarterly: 15th of the month before the quarter → 14th of its last month", () => {
    expect(reportingCutoff("quarter", 2024, 1)).toEqual({ from: "2023-12-15", to: "2024-03-14" });
    expect(reportingCutoff("quarter", 2024, 3)).toEqual({ from: "2024-06-15", to: "2024-09-14" });
  });

  it("six-month, nine-month and annual start on 15/12 of the previous year", () => {
    expect(reportingCutoff("half-year", 2024, 1)).toEqual({ from: "2023-12-15", to: "2024-06-14" });
    expect(reportingCutoff("half-year", 2024, 2)).toEqual({ from: "2024-06-15", to: "2024-12-14" });
    expect(reportingCutoff("nine-month", 2024)).toEqual({ from: "2023-12-15", to: "2024-09-14" });
    expect(reportingCutoff("year", 2024)).toEqual({ from: "2023-12-15", to: "2024-12-14" });
  });

  it("leaves no gap and no overlap between consecutive months", () => {
    for (let month = 1; month < 12; month++) {
      expect(addDays(reportingCutoff("month", 2024, month).to, 1)).toBe(reportingCutoff("month", 2024, month + 1).from);
    }
  });

  it("takes another cut-off day from configuration", () => {
    // Cut-off on the 20th: Q2 runs 21/03 → 20/06.
    expect(reportingCutoff("quarter", 2024, 2, { cutoffDay: 20 })).toEqual({ from: "2024-03-21", to: "2024-06-20" });
    expect(() => reportingCutoff("quarter", 2024, 2, { cutoffDay: 28 })).toThrow(RangeError);
  });

  it("rejects a missing, out-of-range or superfluous index", () => {
    expect(() => reportingCutoff("month", 2024)).toThrow(RangeError);
    expect(() => reportingCutoff("quarter", 2024, 5)).toThrow(RangeError);
    expect(() => reportingCutoff("year", 2024, 1)).toThrow(RangeError);
  });
});

describe("reportingPeriodOf (the period whose data window holds a day)", () => {
  it("counts a day after the cut-off towards the next month, across the new year", () => {
    expect(reportingPeriodOf("month", d("2024-03-14"))).toEqual({ kind: "month", year: 2024, index: 3 });
    expect(reportingPeriodOf("month", d("2024-03-15"))).toEqual({ kind: "month", year: 2024, index: 4 });
    expect(reportingPeriodOf("quarter", d("2025-12-20"))).toEqual({ kind: "quarter", year: 2026, index: 1 });
    expect(reportingPeriodOf("year", d("2025-12-20"))).toEqual({ kind: "year", year: 2026 });
    expect(reportingPeriodOf("half-year", d("2024-06-15"))).toEqual({ kind: "half-year", year: 2024, index: 2 });
    expect(reportingPeriodOf("nine-month", d("2024-09-14"))).toEqual({ kind: "nine-month", year: 2024 });
    expect(reportingPeriodOf("nine-month", d("2024-09-15"))).toBeNull();
    expect(reportingPeriodOf("quarter", d("2024-03-20"), { cutoffDay: 20 })).toEqual({ kind: "quarter", year: 2024, index: 1 });
    expect(() => reportingPeriodOf("month", d("2024-03-20"), { cutoffDay: 31 })).toThrow(RangeError);
  });

  it("agrees with reportingCutoff on every day of two years, for every kind", () => {
    const kinds: ReportingPeriodKind[] = ["month", "quarter", "half-year", "nine-month", "year"];
    for (let date = d("2023-12-01"); date <= d("2025-12-31"); date = addDays(date, 1)) {
      for (const kind of kinds) {
        const period = reportingPeriodOf(kind, date);
        if (period === null) continue;
        const { from, to } = reportingCutoff(kind, period.year, period.index);
        expect(from <= date && date <= to, `${kind} ${date}`).toBe(true);
      }
    }
  });
});
