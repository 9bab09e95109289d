/** The Decision 766 index's scoring and checks (docs/domain.md §4), against hand-computed values. */
import { describe, expect, it } from "vitest";
import { addMonths, checkManualValue, monthBounds, monthsBetween, roundPoints, score, trend } from "../../src/domain/service-quality.ts";

describe("score: full points at the target, else R / T × Pmax", () => {
  it("gives the maximum when the rate reaches or passes the target", () => {
    expect(score(8, 10, 0.8, 22)).toEqual({ rate: 0.8, points: 22 });
    expect(score(10, 10, 1, 20)).toEqual({ rate: 1, points: 20 });
    expect(score(9, 10, 0.5, 8)).toEqual({ rate: 0.9, points: 8 });
  });
  it("scales below the target", () => {
    // 3/4 = 0.75 against 1.0 of 20 points: 15.
    expect(score(3, 4, 1, 20)).toEqual({ rate: 0.75, points: 15 });
    // 1/2 = 0.5 against 0.9 of 9 points: 0.5 / 0.9 × 9 = 5.
    expect(roundPoints(score(1, 2, 0.9, 9).points)).toBe(5);
    // 1/4 = 0.25 against 0.8 of 22 points: 0.3125 × 22 = 6.875 → 6.88.
    expect(roundPoints(score(1, 4, 0.8, 22).points)).toBe(6.88);
    expect(score(0, 5, 0.5, 10)).toEqual({ rate: 0, points: 0 });
  });
  it("scores 0 without a denominator (no data), with no rate", () => {
    expect(score(0, 0, 1, 20)).toEqual({ rate: null, points: 0 });
    expect(score(null, null, 1, 18)).toEqual({ rate: null, points: 0 });
  });
});

describe("calendar months and trend", () => {
  it("bounds a month, leap February included, and steps across years", () => {
    expect(monthBounds("2026-02")).toEqual({ start: "2026-02-01", end: "2026-02-28" });
    expect(monthBounds("2028-02")).toEqual({ start: "2028-02-01", end: "2028-02-29" });
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });
  it("compares with the month before", () => {
    expect(trend(60.5, 50)).toEqual({ change: 10.5, trend: "UP" });
    expect(trend(40, 50.25)).toEqual({ change: -10.25, trend: "DOWN" });
    expect(trend(50, 50)).toEqual({ change: 0, trend: "SAME" });
    expect(trend(50, null)).toEqual({ change: null, trend: null });
  });
});

describe("checkManualValue", () => {
  const ok = { month: "2026-02", numerator: 3, denominator: 4, source: "Báo cáo của Sở Nội vụ số 12/BC-SNV" };
  it("accepts a past or current month with a source", () => {
    expect(checkManualValue(ok, "2026-03")).toEqual({ ok: true });
    expect(checkManualValue({ ...ok, month: "2026-03", numerator: 4 }, "2026-03")).toEqual({ ok: true });
  });
  it.each([
    [{ month: "2026-3" }, "month", "Tháng phải có dạng YYYY-MM."],
    [{ month: "2026-04" }, "month", "Không nhập được số liệu cho tháng chưa đến (sau 2026-03)."],
    [{ denominator: 0 }, "denominator", "Mẫu số phải là số nguyên lớn hơn 0."],
    [{ numerator: -1 }, "numerator", "Tử số phải là số nguyên không âm."],
    [{ numerator: 5 }, "numerator", "Tử số không được lớn hơn mẫu số."],
    [{ source: "   " }, "source", "Hãy ghi nguồn của số liệu."],
  ])("refuses %o", (change, field, message) => {
    expect(checkManualValue({ ...ok, ...change }, "2026-03")).toEqual({ ok: false, field, message });
  });
});
