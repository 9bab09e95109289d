import { describe, expect, it } from "vitest";
import { addDays, dayOfWeek, endOfDayInstant, formatVi, localDate, parseLocalDate, toLocalDate } from "../src/index.ts";

describe("LocalDate", () => {
  it("parses valid ISO dates only", () => {
    expect(parseLocalDate("2024-02-29")).toBe("2024-02-29");
    expect(() => parseLocalDate("2023-02-29")).toThrow(RangeError);
    expect(() => parseLocalDate("2024-2-1")).toThrow(RangeError);
    expect(() => parseLocalDate("2024-13-01")).toThrow(RangeError);
    expect(() => localDate(999, 1, 1)).toThrow(RangeError);
  });

  it("formats as dd/MM/yyyy", () => {
    expect(formatVi(parseLocalDate("2024-05-04"))).toBe("04/05/2024");
  });

  it("adds days across month and year ends", () => {
    expect(addDays(parseLocalDate("2024-02-28"), 1)).toBe("2024-02-29");
    expect(addDays(parseLocalDate("2024-12-31"), 1)).toBe("2025-01-01");
    expect(addDays(parseLocalDate("2025-01-01"), -1)).toBe("2024-12-31");
  });

  it("knows the day of the week", () => {
    // 04/05/2024 is the make-up Saturday of 2024; 29/04/2024 the swapped Monday.
    expect(dayOfWeek(parseLocalDate("2024-05-04"))).toBe(6);
    expect(dayOfWeek(parseLocalDate("2024-04-29"))).toBe(1);
  });
});

describe("toLocalDate", () => {
  it("converts an instant to the date in Vietnam (UTC+7)", () => {
    // 17:00Z is 00:00 the next day in Hanoi; a millisecond earlier is still the 31st.
    expect(toLocalDate(new Date("2024-12-31T17:00:00Z"))).toBe("2025-01-01");
    expect(toLocalDate(new Date("2024-12-31T16:59:59.999Z"))).toBe("2024-12-31");
  });

  it("converts in another zone when asked", () => {
    expect(toLocalDate(new Date("2024-12-31T17:00:00Z"), "UTC")).toBe("2024-12-31");
  });

  it("rejects an invalid Date", () => {
    expect(() => toLocalDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("endOfDayInstant", () => {
  it("is 23:59:59.999 in Vietnam", () => {
    // 23:59:59.999 at UTC+7 = 16:59:59.999Z the same day.
    expect(endOfDayInstant(parseLocalDate("2024-03-18")).toISOString()).toBe("2024-03-18T16:59:59.999Z");
  });

  it("follows a zone's offset change on that day", () => {
    // Paris moves to UTC+2 on 31/03/2024, so the day ends at 21:59:59.999Z, not 22:59.
    expect(endOfDayInstant(parseLocalDate("2024-03-31"), "Europe/Paris").toISOString()).toBe("2024-03-31T21:59:59.999Z");
  });
});
