import { describe, expect, it } from "vitest";
import {
  addDays,
  halfYearRange,
  monthRange,
  parseLocalDate as d,
  quarterOf,
  quarterRange,
  reportingCutoff,
  yearRange,
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
