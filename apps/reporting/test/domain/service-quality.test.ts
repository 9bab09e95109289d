/**
 * The Decision 766 index's months, trend and manual-value checks (docs/domain.md §4). The scoring itself is
 * SQL (db/service-quality.ts), checked against hand-computed points in test/service/service-quality.test.ts.
 */
import { describe, expect, it } from "vitest";
import { addMonths, monthBounds, monthsBetween } from "@tthc/calendar";
import { checkManualValue, trend } from "../../src/domain/service-quality.ts";

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
