import { describe, expect, it } from "vitest";
import { addMonths, monthBounds, monthsApart, monthsBetween } from "../src/months.ts";

describe("calendar months", () => {
  it("counts the months between two months or days, across years, ignoring the days", () => {
    expect(monthsApart("2026-03", "2026-03")).toBe(0);
    expect(monthsApart("2026-01-31", "2026-02-01")).toBe(1);
    expect(monthsApart("2026-03-16", "2026-03-31")).toBe(0);
    expect(monthsApart("2025-11-30", "2026-02-01")).toBe(3);
    expect(monthsApart("2026-02", "2025-12-15")).toBe(-2);
    expect(monthsApart("2025-03-16", "2026-03-15")).toBe(12);
  });

  it("moves by months across years, and agrees with monthsApart", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 14)).toBe("2027-02");
    for (const n of [-25, -1, 0, 1, 11, 12, 13]) expect(monthsApart("2026-03", addMonths("2026-03", n))).toBe(n);
  });

  it("gives a month's first and last day, and the months of a span", () => {
    expect(monthBounds("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(monthBounds("2026-12")).toEqual({ start: "2026-12-01", end: "2026-12-31" });
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });
});
