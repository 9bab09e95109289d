import { describe, expect, it } from "vitest";
import type { LocalDate } from "@tthc/calendar";
import { effectiveDeadline, isLateFiling } from "../../src/domain/index.ts";
import { calendar } from "../../src/domain/working-days.ts";

const d = (s: string) => s as LocalDate;

describe("unit plan deadline in working days", () => {
  it("a deadline on a working day is the last day on time", () => {
    expect(isLateFiling(d("2024-01-10"), d("2024-01-10"), calendar)).toBe(false);
    expect(isLateFiling(d("2024-01-11"), d("2024-01-10"), calendar)).toBe(true);
  });
  it("a deadline on a day off runs to the next working day", () => {
    // Saturday 13/01/2024 → Monday 15/01/2024.
    expect(effectiveDeadline(d("2024-01-13"), calendar)).toBe("2024-01-15");
    expect(isLateFiling(d("2024-01-15"), d("2024-01-13"), calendar)).toBe(false);
    expect(isLateFiling(d("2024-01-16"), d("2024-01-13"), calendar)).toBe(true);
  });
  it("no deadline: never late", () => {
    expect(isLateFiling(d("2030-01-01"), null, calendar)).toBe(false);
  });
});
