import { describe, expect, it } from "vitest";
import { formatDate, parseDisplayDate } from "../src/i18n/dates.ts";

describe("dates (dd/MM/yyyy)", () => {
  it("formats a Date scalar without a time-zone shift", () => {
    expect(formatDate("2025-07-01")).toBe("01/07/2025");
    expect(formatDate("2024-12-31")).toBe("31/12/2024");
    expect(formatDate("not a date")).toBe("not a date");
  });

  it("parses what a user types into an ISO day", () => {
    expect(parseDisplayDate("01/07/2025")).toBe("2025-07-01");
    expect(parseDisplayDate(" 1/7/2025 ")).toBe("2025-07-01");
    expect(parseDisplayDate("29/02/2024")).toBe("2024-02-29");
  });

  it("refuses days that do not exist and other shapes", () => {
    expect(parseDisplayDate("29/02/2025")).toBeUndefined();
    expect(parseDisplayDate("31/04/2025")).toBeUndefined();
    expect(parseDisplayDate("00/01/2025")).toBeUndefined();
    expect(parseDisplayDate("12/13/2025")).toBeUndefined();
    expect(parseDisplayDate("2025-07-01")).toBeUndefined();
    expect(parseDisplayDate("")).toBeUndefined();
  });
});
